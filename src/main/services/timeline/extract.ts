import type { Passage } from '../../../shared/domain';
import type { EventPrecision, EventResolution } from '../../../shared/timeline';
import { findMentions } from './mentions';
import { dayOf, resolve, type ResolveContext } from './resolve';
import type { DateSpec } from './spec';

/** What extraction needs of a document. */
export interface DatableDocument {
  text: string;
  language: string | null;
  publishedAt: string | null;
  passages: readonly Passage[];
}

/** An event as extraction finds it, ready to store. */
export interface ExtractedEvent {
  passageId: number;
  /** Offsets of the dating words inside the passage's text. */
  mentionStart: number;
  mentionEnd: number;
  mention: string;
  summary: string;
  spec: DateSpec;
  date: string | null;
  start: string | null;
  end: string | null;
  precision: EventPrecision | null;
  resolution: EventResolution;
}

// Scraped text often glues sentences ("…l’Ukraine.Volodymyr"): a capital after the stop ends one too.
const sentenceEnd = /[.!?…](?=[\s»”"’)]|[\p{Lu}«“]|$)|\n/gu;

/** Start and end offsets of the sentence of `text` holding `offset`. */
export function sentenceBounds(text: string, offset: number): [number, number] {
  let from = 0;
  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    if (end > offset) return [from, end];
    from = end;
  }
  return [from, text.length];
}

/**
 * The sentence of a passage around an offset; a sentence longer than `limit` is cut to a
 * window around the offset so the dating words stay in it.
 */
export function sentenceAround(text: string, offset: number, limit = 280): string {
  const [from, to] = sentenceBounds(text, offset);
  const raw = text.slice(from, to);
  const sentence = raw.trim();
  if (sentence.length <= limit) return sentence;
  const at = offset - from - (raw.length - raw.trimStart().length);
  const start = Math.max(0, Math.min(at - limit / 3, sentence.length - limit));
  const end = start + limit - 2;
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end)}${end < sentence.length ? '…' : ''}`;
}

function mostCommonYear(specs: DateSpec[]): number | null {
  const counts = new Map<number, number>();
  for (const spec of specs) {
    // Only full dates count: a bare year is as often a comparison ("depuis 1982").
    const year = spec.kind === 'day' && spec.day.kind === 'date' ? spec.day.year : undefined;
    if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  return ranked[0]?.[0] ?? null;
}

/**
 * Resolves expressions in text order against the publish date; each resolved day becomes the
 * "previous" date the next "la veille" leans on.
 */
export function resolveAll<T extends { spec: DateSpec }>(
  items: readonly T[],
  publishedAt: string | null,
): (T & Pick<ExtractedEvent, 'date' | 'start' | 'end' | 'precision' | 'resolution'>)[] {
  const context: ResolveContext = {
    published: dayOf(publishedAt),
    previous: null,
    documentYear: mostCommonYear(items.map((item) => item.spec)),
  };
  return items.map((item) => {
    const resolved = resolve(item.spec, context);
    if (resolved?.day && item.spec.kind !== 'time') context.previous = resolved.day;
    return {
      ...item,
      date: resolved?.date ?? null,
      start: resolved?.start ?? null,
      end: resolved?.end ?? null,
      precision: resolved?.precision ?? null,
      resolution: resolved?.resolution ?? 'unresolved',
    };
  });
}

/**
 * Finds the events a document's text dates, with the passage each sits in; a passage that
 * names the same date twice gives one event.
 */
export function extractEvents(document: DatableDocument): ExtractedEvent[] {
  const located = findMentions(document.text, document.language).flatMap((mention) => {
    const passage = document.passages.find(
      (candidate) => mention.start >= candidate.start && mention.start < candidate.end,
    );
    if (!passage) return [];
    const mentionStart = mention.start - passage.start;
    return [
      {
        passageId: passage.id,
        mentionStart,
        mentionEnd: Math.min(mention.end - passage.start, passage.text.length),
        mention: mention.text,
        summary: sentenceAround(passage.text, mentionStart),
        spec: mention.spec,
      },
    ];
  });
  const seen = new Set<string>();
  return resolveAll(located, document.publishedAt).filter((event) => {
    const key = `${event.passageId} ${event.date ?? JSON.stringify(event.spec)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
