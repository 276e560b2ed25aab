import { z } from 'zod';
import type { PassageHit } from '../domain';
import { channel } from './channel';

const id = z.number().int().positive();
/** How many results a search call answers with. */
export const resultLimit = z.number().int().min(1).max(200).default(20);

/** Filters on the document a passage belongs to. */
export const searchFiltersSchema = z
  .object({
    outlet: z.string().max(500).optional(),
    language: z.string().max(20).optional(),
    documentId: id.optional(),
    from: z.string().max(40).optional(),
    to: z.string().max(40).optional(),
  })
  .default({});

/** Calls that find passages. */
export const searchContract = {
  'search:query': channel<PassageHit[]>()(
    z.object({
      query: z.string().max(1000),
      limit: resultLimit,
      mode: z.enum(['hybrid', 'text', 'vector']).default('hybrid'),
      filters: searchFiltersSchema,
    }),
  ),
};
