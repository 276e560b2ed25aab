import type { DatabaseSync } from 'node:sqlite';
import {
  EMPTY_NOTE_CONTENT,
  parseNoteContent,
  type PassageSource,
} from '../../../shared/note-content';
import type { ExportOptions, ExportedFile, Note, NoteSummary } from '../../../shared/notes-domain';
import { RecoupeError } from '../../../shared/result';
import { transaction } from '../../db/connection';
import { NotesRepository } from '../../db/repositories/notes.repo';
import { safeFileName, uniqueFileNames } from '../export/file-names';
import { noteToMarkdown } from '../export/note-to-markdown';
import { toFtsQuery } from '../search/fts-query';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { withCurrentSources, type CurrentSource } from './current-sources';
import { noteLinks, noteTags, noteText } from './note-text';
import { publishedRangeOf } from '../../../shared/published-range';

/** Notes: writing them, indexing their text and citations, and exporting them. */
export class NotesService {
  private readonly notes: NotesRepository;

  constructor(private readonly db: DatabaseSync) {
    this.notes = new NotesRepository(db);
  }

  /** Notes, optionally only those whose title or text match a query. */
  list(query: string): NoteSummary[] {
    if (!query.trim()) return this.notes.list(null);
    const fts = toFtsQuery(query, { prefixLastWord: true });
    return fts ? this.notes.list(fts) : [];
  }

  /** A note with its content and the passages whose source is gone. */
  get(id: number): Note {
    const note = this.notes.get(id);
    if (!note || note.deletedAt) throw new RecoupeError('not-found', `Note ${id} does not exist.`);
    const { deletedAt: _deletedAt, content, ...rest } = note;
    return {
      ...rest,
      content: withCurrentSources(content, this.currentSource()),
      missingPassageIds: this.notes.missingPassageIds(id),
    };
  }

  /** Creates a note (untitled and empty unless told otherwise). */
  create(title = 'Untitled note', content = EMPTY_NOTE_CONTENT): Note {
    const id = transaction(this.db, () => {
      const root = parseNoteContent(content);
      const newId = this.notes.insert(title, content, noteText(root));
      this.notes.replaceLinks(newId, noteLinks(root));
      return newId;
    });
    return this.get(id);
  }

  /** Saves a note's content, re-indexing its text and citations in the same transaction. */
  save(id: number, content: string): NoteSummary {
    const root = parseNoteContent(content);
    transaction(this.db, () => {
      this.require(id);
      this.notes.updateContent(id, content, noteText(root));
      this.notes.replaceLinks(id, noteLinks(root));
    });
    return this.summary(id);
  }

  /** Gives a note a new title. */
  rename(id: number, title: string): NoteSummary {
    this.require(id);
    this.notes.rename(id, title);
    return this.summary(id);
  }

  /** A copy of a note, titled as a copy. */
  duplicate(id: number): Note {
    const note = this.get(id);
    return this.create(`${note.title} (copy)`, note.content);
  }

  /** Moves a note to the bin or back (undo). */
  setDeleted(id: number, deleted: boolean): NoteSummary {
    if (!this.notes.setDeleted(id, deleted))
      throw new RecoupeError('not-found', `Note ${id} does not exist.`);
    return this.summary(id);
  }

  /** Notes citing a passage. */
  citing(passageId: number) {
    return this.notes.citing(passageId);
  }

  /** What a new citation of this passage copies from its document. */
  passageSource(passageId: number): PassageSource {
    const source = this.notes.passageSource(passageId);
    if (!source) throw new RecoupeError('not-found', `Passage ${passageId} does not exist.`);
    return source;
  }

  /** One note as a Markdown file. */
  export(id: number, options: ExportOptions): ExportedFile {
    const note = this.get(id);
    return {
      noteId: id,
      fileName: safeFileName(note.title, `note-${id}`),
      markdown: noteToMarkdown(
        { ...note, tags: noteTags(noteText(parseNoteContent(note.content))) },
        {
          ...options,
          missingPassageIds: new Set(note.missingPassageIds),
        },
      ),
    };
  }

  /** Every note as Markdown files with distinct names. */
  exportAll(options: ExportOptions): ExportedFile[] {
    const files = this.notes.list(null).map((note) => this.export(note.id, options));
    const names = uniqueFileNames(files.map((file) => file.fileName));
    return files.map((file, index) => ({ ...file, fileName: names[index]! }));
  }

  /** Looks up each cited document's fields as they stand now, once per document. */
  private currentSource(): (documentId: number) => CurrentSource | undefined {
    const documents = new DocumentsRepository(this.db);
    const seen = new Map<number, CurrentSource | undefined>();
    return (documentId) => {
      if (!seen.has(documentId)) {
        const document = documents.get(documentId);
        seen.set(
          documentId,
          document && {
            title: document.title,
            outlet: document.outlet,
            author: document.author,
            publishedAt: document.publishedAt,
            publishedBasis: document.publishedBasis,
            ...publishedRangeOf(document),
            url: document.url,
          },
        );
      }
      return seen.get(documentId);
    };
  }

  private require(id: number): void {
    const note = this.notes.get(id);
    if (!note || note.deletedAt) throw new RecoupeError('not-found', `Note ${id} does not exist.`);
  }

  private summary(id: number): NoteSummary {
    const { content: _content, deletedAt: _deletedAt, ...summary } = this.notes.get(id)!;
    return summary;
  }
}
