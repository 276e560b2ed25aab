import { z } from 'zod';
import { HIGHLIGHT_COLORS, type Highlight, type ReanchorReport } from '../highlights';
import { channel } from './channel';

const id = z.number().int().positive();
const color = z.enum(HIGHLIGHT_COLORS);
const comment = z.string().max(20_000);
const tags = z.array(z.string().trim().min(1).max(80)).max(50);

/** Highlights, their comments and tags, and re-anchoring. */
export const readerContract = {
  'highlights:list': channel<Highlight[]>()(z.object({ documentId: id })),
  'highlights:create': channel<Highlight>()(
    z.object({
      documentId: id,
      start: z.number().int().min(0),
      end: z.number().int().positive(),
      color: color.default('yellow'),
      comment: comment.default(''),
      tags: tags.default([]),
    }),
  ),
  'highlights:update': channel<Highlight>()(
    z.object({ id, color: color.optional(), comment: comment.optional(), tags: tags.optional() }),
  ),
  'highlights:delete': channel<{ id: number }>()(z.object({ id })),
  /** Re-resolves every highlight of a document against its current clean text. */
  'highlights:reanchor': channel<ReanchorReport>()(z.object({ documentId: id })),
  /** Highlights whose document was deleted, kept with their quotes. */
  'highlights:orphaned': channel<Highlight[]>()(z.object({})),
};
