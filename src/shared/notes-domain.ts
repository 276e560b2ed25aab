/** Note types shared by main, preload and renderer. */

/** One row of the notes list. */
export interface NoteSummary {
  id: number;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** How many quotations and citations the note holds. */
  citationCount: number;
}

/** A note with its Lexical JSON, for the editor. */
export interface Note extends NoteSummary {
  /** The serialized Lexical editor state. */
  content: string;
  /** Passages the note cites whose source document is gone (the note keeps its quotes). */
  missingPassageIds: number[];
}

/** A note that cites a passage: the reader's backlinks. */
export interface CitingNote {
  noteId: number;
  title: string;
  updatedAt: string;
  /** The words the note quotes from the passage. */
  quotedText: string;
}

/** How a note is written to Markdown. */
export interface ExportOptions {
  /** `plain`: CommonMark links; `wiki`: Obsidian/Zettlr `[[…]]` links to sources. */
  linkStyle: 'plain' | 'wiki';
  /** Whether highlight comments follow their quotations. */
  includeComments: boolean;
  /** The language of the words the export adds (headings, labels, dates); English if unset. */
  language?: ExportLanguage;
}

/** The languages a Markdown export can word its labels and dates in. */
export type ExportLanguage = 'en' | 'fr';

/** A Markdown file ready to write: a safe file name and its text. */
export interface ExportedFile {
  noteId: number;
  fileName: string;
  markdown: string;
}
