import * as chrono from 'chrono-node';
import { pattern, wordBoundary } from './lexicon';
import { ruleExpression, rules } from './rules';
import type { DateSpec, Direction } from './spec';

/** A temporal expression found in a text: where it is, its words, what it says. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  spec: DateSpec;
}

/**
 * Lines that date the page rather than an event: photo credits, bylines, "Publish date" and
 * "Publié le" lines, update stamps.
 */
const metadataLine =
  /^[\s_*>-]*(?:photo|photos|crédits?|credits?|©|\(c\)|source|publish(?:ed)?|publié|mis à jour|mise à jour|updated|date de publication|author|auteur|tags?|copyright)(?![\p{L}])|^[\s_*>-]*(?:par|by) \p{Lu}/iu;

/** Words before an expression that make it point forward ("doit rencontrer ce mercredi"). */
const futureBefore =
  /(?<![\p{L}])(?:doit|doivent|devra|devront|devrait|devraient|va|vont|sera|seront|aura|auront|prévue?s?|will|shall|is due|are due|is expected|are expected|is scheduled|are scheduled|plans to|\p{L}{2,}(?:eront|iront|dront|era|ira|dra))(?![\p{L}])[^.!?]{0,60}$/iu;

/** Whether the words before an offset point forward ("doit rencontrer ce mercredi") or back. */
export function leaningAt(text: string, start: number): Direction {
  return futureBefore.test(text.slice(Math.max(0, start - 80), start)) ? 'future' : 'past';
}

/** The character ranges of lines that only carry page metadata. */
function metadataRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (metadataLine.test(line)) ranges.push([offset, offset + line.length]);
    offset += line.length + 1;
  }
  return ranges;
}

function ruleMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const rule of rules) {
    for (const match of text.matchAll(ruleExpression(rule))) {
      const spec = rule.build(match.groups ?? {}, leaningAt(text, match.index));
      if (spec) {
        found.push({
          start: match.index,
          end: match.index + match[0].length,
          text: match[0],
          spec,
        });
      }
    }
  }
  return found;
}

// chrono-node reads full dates well in both languages, but also turns ages ("de 45 ans") and
// durations ("en trois semaines") into dates: only results that name a month or write a
// numeric date are kept, and only their day, month and year (its clock times misread "7 h 45").
const namesADate = new RegExp(
  `${wordBoundary.before}(?:${pattern.month}|\\d{1,2}[/.]\\d{1,2})${wordBoundary.after}`,
  'iu',
);

function chronoMentions(text: string, language: string | null): Mention[] {
  const parsers =
    language === 'en' ? [chrono.en] : language === 'fr' ? [chrono.fr] : [chrono.fr, chrono.en];
  const found: Mention[] = [];
  for (const parser of parsers) {
    for (const result of parser.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
      const { start, end } = result;
      if (!start.isCertain('day') || !start.isCertain('month') || !namesADate.test(result.text))
        continue;
      const day = (component: typeof start) => ({
        kind: 'date' as const,
        day: component.get('day')!,
        month: component.get('month')!,
        ...(component.isCertain('year') ? { year: component.get('year')! } : {}),
        ...(component.isCertain('weekday') ? { weekday: component.get('weekday')! } : {}),
      });
      const spec: DateSpec =
        end && end.isCertain('day') && end.get('day') !== start.get('day')
          ? { kind: 'span', from: day(start), to: day(end) }
          : { kind: 'day', day: day(start) };
      found.push({
        start: result.index,
        end: result.index + result.text.length,
        text: result.text,
        spec,
      });
    }
  }
  return found;
}

/** Drops the punctuation and spaces chrono-node sometimes keeps around a date. */
function trimmed(mention: Mention): Mention {
  const lead = /^[\s,;:(]*/u.exec(mention.text)![0].length;
  const text = mention.text.slice(lead).replace(/[\s,;:)]+$/u, '');
  return { ...mention, start: mention.start + lead, end: mention.start + lead + text.length, text };
}

/** Keeps the longest of overlapping mentions, in text order. */
function longestFirst(candidates: Mention[]): Mention[] {
  const kept: Mention[] = [];
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  for (const candidate of sorted) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) {
      kept.push(candidate);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Joins a clock time to the day written beside it: the day right after ("à partir de 19 h le
 * 27 octobre") first, else the day just before in the same sentence ("jeudi à 7 h 45").
 */
function attachTimes(text: string, mentions: Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    const next = mentions[index + 1];
    const last = joined.at(-1);
    const gapAfter = next ? text.slice(mention.end, next.start) : '';
    const gapBefore = last ? text.slice(last.end, mention.start) : '';
    const withNext = next && /^[\s,]*(?:le|on)?\s*$/iu.test(gapAfter) && timeWithDay(mention, next);
    const withLast =
      last && gapBefore.length <= 12 && !/[.!?;()\n]/.test(gapBefore) && timeWithDay(mention, last);
    if (withNext) {
      joined.push(join(text, mention, next!, withNext));
      index++;
    } else if (withLast) joined[joined.length - 1] = join(text, last!, mention, withLast);
    else joined.push(mention);
  }
  return joined;
}

function join(text: string, first: Mention, second: Mention, spec: DateSpec): Mention {
  return { start: first.start, end: second.end, text: text.slice(first.start, second.end), spec };
}

function timeWithDay(time: Mention, day: Mention): DateSpec | null {
  if (time.spec.kind !== 'time' || day.spec.kind !== 'day' || day.spec.time) return null;
  return { kind: 'day', day: day.spec.day, time: time.spec.time };
}

/**
 * The last text read and its mentions: preparing a document reads its text twice, for the
 * publish date's evidence and for the timeline's events, and this is the costliest part of both.
 */
let lastRead: { text: string; language: string | null; mentions: readonly Mention[] } | null = null;

/** Finds the temporal expressions of a text that date events, in text order. */
export function findMentions(text: string, language: string | null): Mention[] {
  if (lastRead?.text !== text || lastRead.language !== language) {
    lastRead = { text, language, mentions: readMentions(text, language) };
  }
  // Callers get their own list (they may sort or splice it); the mentions are not changed.
  return [...lastRead.mentions];
}

function readMentions(text: string, language: string | null): Mention[] {
  const excluded = metadataRanges(text);
  const candidates = [...ruleMentions(text), ...chronoMentions(text, language)].filter(
    (mention) => !excluded.some(([from, to]) => mention.start >= from && mention.start < to),
  );
  return attachTimes(text, longestFirst(candidates.map(trimmed)));
}
