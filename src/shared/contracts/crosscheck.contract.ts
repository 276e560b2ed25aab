import { z } from 'zod';
import type { Corroboration } from '../crosscheck';
import { channel } from './channel';

/** Calls that cross-check sources: shared quotes, figures and syndicated copies. */
export const crosscheckContract = {
  'corroboration:list': channel<Corroboration>()(z.object({})),
};
