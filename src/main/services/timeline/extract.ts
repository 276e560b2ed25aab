import type { PassageSpan } from '../../../shared/document-content';
import type { EventPrecision, EventResolution } from '../../../shared/timeline';
import { findMentions } from './mentions';
import { dayOf, resolve, type ResolveContext } from './resolve';
import type { DateSpec } from './spec';

/** What extraction needs of a document. */
export interface DatableDocument {
  text: string;
  language: string | null;
  publishedAt: string | null;
  passages: readonly PassageSpan[];
}

/** An event as extraction finds it, its passage named by ordinal (the id comes with storing). */
export interface ExtractedEvent {
  passageOrdinal: number;
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

/** Whether an offset sits inside brackets opened earlier in its sentence: an aside. */
function inAside(text: string, sentenceStart: number, offset: number): boolean {
  const before = text.slice(sentenceStart, offset);
  return (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
}

/**
 * Resolves expressions in text order against the publish date; each resolved day becomes the
 * "previous" date the next "la veille" leans on, unless it sits in brackets (an aside such as
 * "(à partir de 19 h le 27 octobre)" does not move the story's day). Given the text and each
 * item's offset in it, a bare time ("À 10 h 30") takes the day its own sentence names first.
 */
export function resolveAll<T extends { spec: DateSpec; start?: number }>(
  items: readonly T[],
  publishedAt: string | null,
  text?: string,
): (T & Pick<ExtractedEvent, 'date' | 'start' | 'end' | 'precision' | 'resolution'>)[] {
  const context: ResolveContext = {
    published: dayOf(publishedAt),
    previous: null,
    documentYear: mostCommonYear(items.map((item) => item.spec)),
  };
  const place = (item: T) => {
    if (text === undefined || item.start === undefined) return null;
    const [sentence] = sentenceBounds(text, item.start);
    return { sentence, aside: inAside(text, sentence, item.start) };
  };
  const sentenceDays = new Map<number, Date>();
  const resolved = items.map((item) => {
    const where = place(item);
    const found = resolve(item.spec, context);
    if (found?.day && item.spec.kind !== 'time' && !where?.aside) {
      context.previous = found.day;
      if (where && !sentenceDays.has(where.sentence)) sentenceDays.set(where.sentence, found.day);
    }
    return { item, where, found };
  });
  return resolved.map(({ item, where, found }) => {
    const sentenceDay =
      where && item.spec.kind === 'time' ? sentenceDays.get(where.sentence) : undefined;
    const date = sentenceDay
      ? resolve(item.spec, { ...context, published: null, previous: sentenceDay })
      : found;
    return {
      ...item,
      date: date?.date ?? null,
      start: date?.start ?? null,
      end: date?.end ?? null,
      precision: date?.precision ?? null,
      resolution: date?.resolution ?? 'unresolved',
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
        passageOrdinal: passage.ordinal,
        mentionStart,
        mentionEnd: Math.min(mention.end - passage.start, passage.text.length),
        mention: mention.text,
        summary: sentenceAround(passage.text, mentionStart),
        spec: mention.spec,
        start: mention.start,
      },
    ];
  });
  const seen = new Set<string>();
  return resolveAll(located, document.publishedAt, document.text).filter((event) => {
    const key = `${event.passageOrdinal} ${event.date ?? JSON.stringify(event.spec)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
