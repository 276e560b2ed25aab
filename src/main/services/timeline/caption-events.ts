import type { PassageSpan } from '../../../shared/document-content';
import type { DocumentBlock } from '../../../shared/domain';
import {
  extractEvents,
  resolveAll,
  sentenceAround,
  type DatableDocument,
  type ExtractedEvent,
} from './extract';
import { findMentions } from './mentions';

/** Set-aside blocks whose dates are events: photo captions ("… à Pyongyang le 19 juin 2024"). */
const DATED_BLOCK_KINDS = new Set(['caption']);

/** An event read from a set-aside block; its mention offsets count in the block's text. */
export type BlockEvent = ExtractedEvent & { block: { kind: string; ordinal: number } };

/** Roughly where a set-aside block stood in the clean text: after the included blocks before it. */
function passageNear(
  blocks: readonly DocumentBlock[],
  index: number,
  passages: readonly PassageSpan[],
) {
  let offset = 0;
  for (const block of blocks.slice(0, index)) if (block.included) offset += block.text.length + 2;
  return passages.find((passage) => passage.end > offset) ?? passages.at(-1);
}

/**
 * The events dated in a document's set-aside captions, resolved against its publish date,
 * each tied to the passage next to where its caption stood. A caption the user put back into
 * the article is article text and dated there instead.
 */
export function extractBlockEvents(document: {
  language: string | null;
  publishedAt: string | null;
  blocks: readonly DocumentBlock[];
  passages: readonly PassageSpan[];
}): BlockEvent[] {
  return document.blocks.flatMap((block, index) => {
    if (block.included || !DATED_BLOCK_KINDS.has(block.kind)) return [];
    const passage = passageNear(document.blocks, index, document.passages);
    if (!passage) return [];
    const mentions = findMentions(block.text, document.language);
    const seen = new Set<string>();
    return resolveAll(
      mentions.map((mention) => ({
        passageOrdinal: passage.ordinal,
        mentionStart: mention.start,
        mentionEnd: mention.end,
        mention: mention.text,
        summary: sentenceAround(block.text, mention.start),
        spec: mention.spec,
        start: mention.start,
        block: { kind: block.kind, ordinal: block.ordinal },
      })),
      document.publishedAt,
      block.text,
    ).filter((event) => {
      const key = event.date ?? JSON.stringify(event.spec);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
}

/** An event a document dates, in its text or in a set-aside caption. */
export type DocumentEvent = ExtractedEvent | BlockEvent;

/**
 * Every event a document dates, its captions' included: a pure function of the prepared
 * document, so the import computes it on its worker and the transaction only inserts the rows.
 */
export function documentEvents(
  document: DatableDocument & { blocks: readonly DocumentBlock[] },
): DocumentEvent[] {
  return [...extractEvents(document), ...extractBlockEvents(document)];
}
