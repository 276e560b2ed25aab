import { z } from 'zod';
import type { Corroboration, SimilarPassage } from '../crosscheck';
import { channel } from './channel';
import { resultLimit } from './search.contract';

/** Calls that cross-check sources: shared quotes, figures, syndicated copies, similar passages. */
export const crosscheckContract = {
  'corroboration:list': channel<Corroboration>()(z.object({})),
  /** Passages of other documents that say the same thing, closest first. */
  'crosscheck:similar': channel<SimilarPassage[]>()(
    z.object({ passageId: z.number().int().positive(), limit: resultLimit }),
  ),
};
