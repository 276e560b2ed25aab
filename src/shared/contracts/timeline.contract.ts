import { z } from 'zod';
import type { TimelineEvent } from '../timeline';
import { channel } from './channel';

const id = z.number().int().positive();

/** An ISO date as the timeline stores it: year, month, day, minute, or a range of days. */
export const timelineDateSchema = z
  .string()
  .max(21)
  .regex(
    /^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?|\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2})$/,
    'use 2024, 2024-10, 2024-10-28, 2024-10-28T07:45 or 2024-10-27/2024-10-28',
  );

/** Calls that list, correct, add and recompute timeline events. */
export const timelineContract = {
  'timeline:list': channel<TimelineEvent[]>()(
    z.object({
      documentIds: z.array(id).max(1000).optional(),
      outlets: z.array(z.string().max(500)).max(200).optional(),
      query: z.string().max(500).optional(),
      includeDismissed: z.boolean().default(false),
      /** Events dated by photo captions, marked as such; shown unless hidden. */
      includeCaptions: z.boolean().default(true),
    }),
  ),
  'timeline:update': channel<TimelineEvent>()(
    z.object({ id, date: timelineDateSchema.optional(), dismissed: z.boolean().optional() }),
  ),
  'timeline:add': channel<TimelineEvent>()(
    z.object({
      passageId: id,
      date: timelineDateSchema,
      /** The selected words inside the passage; the whole passage when absent. */
      mentionStart: z.number().int().min(0).optional(),
      mentionEnd: z.number().int().min(0).optional(),
    }),
  ),
  /** Re-reads a document's dates, e.g. after its publish date changed; keeps the user's work. */
  'timeline:reindex': channel<{ events: number }>()(z.object({ documentId: id })),
};
