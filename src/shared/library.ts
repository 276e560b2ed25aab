import { z } from 'zod';
import type { DocumentSummary } from './domain';

/** How the library is sorted. */
export const librarySorts = ['newest', 'oldest', 'title', 'outlet', 'highlights'] as const;
export type LibrarySort = (typeof librarySorts)[number];

/** The library's sort and filters, as `corpus:page` and `corpus:position` take them. */
export const libraryQuerySchema = z.object({
  sort: z.enum(librarySorts).default('newest'),
  outlet: z.string().min(1).max(1000).optional(),
  language: z.string().min(1).max(35).optional(),
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  /** A tag of one of the document's highlights. */
  tag: z.string().min(1).max(200).optional(),
  /**
   * Words the title or the outlet contains, case and accents aside (`etat` finds « État »):
   * the command palette's "open a document".
   */
  text: z.string().trim().min(1).max(200).optional(),
  /** A document left out (one waiting out its undo window after a deletion). */
  excludeId: z.number().int().positive().optional(),
});
export type LibraryQuery = z.infer<typeof libraryQuerySchema>;

/** One row of the library: a document's summary and its highlight count. */
export interface LibraryRow extends DocumentSummary {
  highlights: number;
}

/** One page of the library and how many documents pass the filters in all. */
export interface LibraryPage {
  total: number;
  offset: number;
  documents: LibraryRow[];
}

/** The values the library's and search's filters offer, read from indexes. */
export interface LibraryFacets {
  documents: number;
  outlets: string[];
  /** True when some document's outlet is unknown. */
  unknownOutlet: boolean;
  languages: string[];
  /** Years of publication, newest first. */
  years: string[];
  tags: string[];
  /** The newest documents whose outlet is unknown (search offers them as sources), at most 200. */
  withoutOutlet: { id: number; title: string }[];
}
