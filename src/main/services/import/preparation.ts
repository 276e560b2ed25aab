import { createHash } from 'node:crypto';
import type { DateProvenance, EditableField, FieldSource } from '../../../shared/domain';
import { RecoupeError } from '../../../shared/result';
import type {
  DocumentContent,
  DocumentCorrections,
  NewBlock,
  NewPassage,
} from '../../../shared/document-content';
import { attribute, basisOf } from '../attribution/attribute';
import type { Embedder } from '../embedding/embedder';
import { detectLanguage } from '../text/words';
import { cleanArticle, type ArticleFields } from './clean/clean';
import { findDate } from './clean/dates';
import type { ProseSource } from './clean/prose';
import { extract } from './extract';
import { segment } from './segment';

// The import's preparation step: everything done to a file before the database sees it, pure
// work on its bytes, run on the worker thread (worker/) or, without one, on the caller's.

/** A file made into a document: its content and every block, before it is stored. */
export interface PreparedDocument {
  content: DocumentContent;
  blocks: NewBlock[];
}

/** A file made into a document and its passages, ready to store (vectors may come later). */
export interface Preparation {
  prepared: PreparedDocument;
  passages: Omit<NewPassage, 'vector'>[];
  /** One vector a passage, when the preparer embedded them. */
  vectors: Float32Array[] | null;
}

/**
 * Everything an import does before it touches the database: extract, clean, split into
 * passages and, given an embedder, embed them.
 */
export async function prepareFile(
  bytes: Uint8Array,
  fileName: string,
  corrections: DocumentCorrections,
  embedder: Embedder | null,
  fileTime: string | null = null,
): Promise<Preparation> {
  const prepared = await prepareDocument(bytes, fileName, corrections, fileTime);
  const { text, language } = prepared.content;
  const passages = segment(text, language ?? 'fr').map((part, ordinal) => ({ ...part, ordinal }));
  const vectors = embedder
    ? await embedder.embed(
        passages.map((passage) => passage.text),
        language,
      )
    : null;
  return { prepared, passages, vectors };
}

/** The formats whose files are whole pages, with page text around the article to set aside. */
const PROSE_SOURCES: Record<string, ProseSource> = { txt: 'text', html: 'html' };

/** The key a block's correction is kept under: its text, so it survives new rules. */
export function blockKey(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/**
 * Reads, cleans and fills the fields of one file, then applies the user's corrections (blocks
 * put back or set aside, field values), which always win over what the file says.
 */
export async function prepareDocument(
  bytes: Uint8Array,
  fileName: string,
  corrections: DocumentCorrections = {},
  fileTime: string | null = null,
): Promise<PreparedDocument> {
  const extracted = await extract(bytes, fileName);
  const prose = PROSE_SOURCES[extracted.format] ?? null;
  const { blocks: classified, fields } = extracted.verbatim
    ? {
        blocks: extracted.blocks.map((block) => ({ ...block, kind: block.kind ?? 'body' })),
        fields: { ...extracted.known },
      }
    : cleanArticle(extracted.blocks, extracted.known, prose);
  const blocks: NewBlock[] = classified.map((block) => {
    const override = corrections.blocks?.[blockKey(block.text)];
    return {
      kind: block.kind,
      included: override ?? block.kind === 'body',
      overridden: override !== undefined,
      page: block.page ?? null,
      text: block.text,
    };
  });
  const text = keepShortText(blocks);
  if (!text.trim()) {
    throw new RecoupeError(
      'empty-file',
      `${fileName} holds no article text once menus, captions and other page furniture are set aside.`,
    );
  }
  const detected = detectLanguage(text) ?? extracted.hintLanguage;
  if (detected) fields.language = { value: detected, source: 'text' };
  applyCorrections(fields, corrections);
  const attribution = attribute(fields, {
    blocks,
    text,
    fileName,
    formatDates: extracted.formatDates,
    fileTime,
  });
  fields.title ??= { value: fileName.replace(/\.[^.]+$/, ''), source: 'file' };
  const value = (field: EditableField) => fields[field]?.value ?? null;
  const fieldSources: DocumentContent['fieldSources'] = {};
  for (const [field, found] of Object.entries(fields)) {
    fieldSources[field as EditableField] = found.source;
  }
  return {
    blocks,
    content: {
      format: extracted.format,
      title: fields.title.value,
      outlet: value('outlet'),
      author: value('author'),
      url: value('url'),
      language: value('language'),
      publishedAt: value('publishedAt'),
      publishedAtSource: provenance(fields.publishedAt?.source),
      ...basisOf(attribution.date),
      attribution,
      fieldSources,
      text,
      textHash: blockKey(text),
    },
  };
}

// An estimate has no provenance in the file: its basis says what it is.
function provenance(source: FieldSource | undefined): DateProvenance | null {
  return source && source !== 'estimated' ? source : null;
}

/**
 * The clean text of the included blocks. Cleaning never empties a document that has words: a
 * post, a headline or a quotation saved alone looks like page furniture to the rules, so when
 * they would set every block aside, the blocks the user did not set aside are all kept
 * ("short text: nothing set aside"). Only a file with no words at all stays empty.
 */
function keepShortText(blocks: NewBlock[]): string {
  const joined = () =>
    blocks
      .filter((block) => block.included)
      .map((block) => block.text)
      .join('\n\n');
  const text = joined();
  if (text.trim() || !blocks.some((block) => HAS_WORDS.test(block.text))) return text;
  for (const block of blocks) if (!block.overridden) block.included = true;
  return joined();
}

const HAS_WORDS = /[\p{L}\p{N}]/u;

/** Whether the rules kept every block because they would have set them all aside. */
export function isShortText(blocks: readonly Omit<NewBlock, 'page'>[]): boolean {
  return (
    blocks.length > 0 &&
    blocks.every((block) => block.included || block.overridden) &&
    blocks.some((block) => block.kind !== 'body' && block.included && !block.overridden)
  );
}

function applyCorrections(fields: ArticleFields, corrections: DocumentCorrections): void {
  for (const [field, value] of Object.entries(corrections.fields ?? {})) {
    const key = field as EditableField;
    if (value === null || value === '') delete fields[key];
    // A date typed as people write it ("28 octobre 2024") is stored as ISO like the others.
    else if (key === 'publishedAt')
      fields[key] = { value: findDate(value)?.iso ?? value, source: 'user' };
    else fields[key] = { value, source: 'user' };
  }
}
