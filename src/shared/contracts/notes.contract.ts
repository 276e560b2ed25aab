import { z } from 'zod';
import type { PassageSource } from '../note-content';
import type { CitingNote, ExportedFile, Note, NoteSummary } from '../notes-domain';
import { channel } from './channel';

const id = z.number().int().positive();
const title = z.string().trim().min(1).max(300);
/** Lexical JSON; a generous cap keeps one runaway note from filling the disk. */
const content = z.string().max(20 * 1024 * 1024);
const exportOptions = {
  linkStyle: z.enum(['plain', 'wiki']).default('plain'),
  includeComments: z.boolean().default(true),
  language: z.enum(['en', 'fr']).optional(),
};

/** Calls that write, find, cite and export notes. */
export const notesContract = {
  'notes:list': channel<NoteSummary[]>()(z.object({ query: z.string().max(500).default('') })),
  'notes:get': channel<Note>()(z.object({ id })),
  'notes:create': channel<Note>()(
    z.object({ title: title.optional(), content: content.optional() }),
  ),
  'notes:rename': channel<NoteSummary>()(z.object({ id, title })),
  'notes:duplicate': channel<Note>()(z.object({ id })),
  /** Moves a note to the bin; `notes:restore` undoes it. */
  'notes:delete': channel<NoteSummary>()(z.object({ id })),
  'notes:restore': channel<NoteSummary>()(z.object({ id })),
  'notes:save': channel<NoteSummary>()(z.object({ id, content })),
  'notes:citing': channel<CitingNote[]>()(z.object({ passageId: id })),
  'notes:passageSource': channel<PassageSource>()(z.object({ passageId: id })),
  'notes:export': channel<ExportedFile>()(z.object({ id, ...exportOptions })),
  'notes:exportAll': channel<ExportedFile[]>()(z.object(exportOptions)),
};
