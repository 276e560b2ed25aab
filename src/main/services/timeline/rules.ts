import {
  dayNumber,
  monthNumber,
  partOf,
  pattern as p,
  countOf,
  countPattern,
  seasonOf,
  weekdayNumber,
  wordBoundary,
} from './lexicon';
import type { DateSpec, DayReference, Direction } from './spec';

/**
 * Hand-written rules for what chrono-node does not read, or reads wrongly for news: weekdays
 * leaning to the past ("mardi" in a Wednesday article is yesterday), nights and spans, months
 * and seasons without a day, vague parts ("mi-janvier", "fin 2023"), relative words ("la
 * veille", "le week-end dernier") and French clock times ("7 h 45").
 */
export interface Rule {
  name: string;
  source: string;
  build(groups: Record<string, string | undefined>, leaning: Direction): DateSpec | null;
}

const g = (name: string, source: string) => `(?<${name}>${source})`;

function directionOf(qualifier: string | undefined, leaning: Direction): Direction {
  if (!qualifier) return leaning;
  if (/dernier|dernière|passé|last|past/i.test(qualifier)) return 'last';
  if (/prochain|next|coming/i.test(qualifier)) return 'next';
  return leaning;
}

const dateOf = (day: string, month: string, year?: string): DayReference => ({
  kind: 'date',
  day: dayNumber(day),
  month: monthNumber(month),
  ...(year ? { year: Number(year) } : {}),
});

const weekday = (name: string, direction: Direction): DayReference => ({
  kind: 'weekday',
  weekday: weekdayNumber(name),
  direction,
});

const offset = (days: number, from: 'publication' | 'previous' = 'publication'): DateSpec => ({
  kind: 'day',
  day: { kind: 'offset', days, from },
});

/** Fixed phrases and the expression each stands for. */
const phrases: [string, DateSpec][] = [
  ["aujourd['’]hui|today|ce jour", offset(0)],
  [
    'cette nuit|la nuit dernière|last night|overnight(?! on| into)|tonight|ce matin|this morning|ce soir|this evening|cet après-midi|this afternoon|(?:plus tôt |plus tard )?dans la (?:journée|matinée|soirée|nuit)(?! d)|earlier today|later today',
    offset(0),
  ],
  ['avant-hier|the day before yesterday', offset(-2)],
  ['hier|yesterday', offset(-1)],
  ['après-demain|the day after tomorrow', offset(2)],
  ['demain|tomorrow', offset(1)],
  ['la veille|the day before|the previous day|the eve', offset(-1, 'previous')],
  ["l['’]avant-veille", offset(-2, 'previous')],
  ['le lendemain|the next day|the following day|the day after', offset(1, 'previous')],
  ['la semaine (?:dernière|passée)|last week', { kind: 'week', weeks: -1, part: 'whole' }],
  ['cette semaine|this week', { kind: 'week', weeks: 0, part: 'whole' }],
  ['la semaine prochaine|next week', { kind: 'week', weeks: 1, part: 'whole' }],
  [
    '(?:en|au) début de (?:la )?semaine|earlier this week|early this week',
    { kind: 'week', weeks: 0, part: 'start' },
  ],
  [
    'le week-end (?:dernier|passé)|le dernier week-end|last weekend|the past weekend',
    { kind: 'week', weeks: -1, part: 'weekend' },
  ],
  ['ce week-end|this weekend|over the weekend', { kind: 'week', weeks: 0, part: 'weekend' }],
  ['le mois (?:dernier|passé)|last month', { kind: 'relative-month', months: -1 }],
  ['ce mois-ci|this month', { kind: 'relative-month', months: 0 }],
  ['le mois prochain|next month', { kind: 'relative-month', months: 1 }],
  [
    "l['’]an (?:dernier|passé)|l['’]année (?:dernière|passée)|last year",
    { kind: 'relative-year', years: -1 },
  ],
  ['cette année|this year', { kind: 'relative-year', years: 0 }],
  ["l['’]an prochain|l['’]année prochaine|next year", { kind: 'relative-year', years: 1 }],
];

const monthLead =
  "en|depuis|dès|d['’]ici|courant|jusqu['’](?:en|à)|avant|après|au mois de|au début du mois de|à la fin du mois de|à la mi-|au début de|à la fin de|début|fin|mi-|in|since|by|until|from|through|early|late|mid-|mid|the end of|the beginning of|the middle of";
const yearLead =
  "en|depuis|dès|jusqu['’]en|avant|après|début|fin|mi-|courant|in|since|by|until|through|early|late|mid-|the end of|the beginning of";
const timeLead =
  "à|a|vers|dès|avant|après|jusqu['’]à|depuis|de|entre|et|at|around|about|by|until|from|before|after";

/** What "il y a trois jours" or "two weeks ago" means, counted back from the publish date. */
function ago(count: string, unit: string): DateSpec {
  const amount = countOf(count);
  if (/^(?:jour|day)/i.test(unit)) return offset(-amount);
  if (/^(?:semaine|week)/i.test(unit)) return { kind: 'week', weeks: -amount, part: 'whole' };
  if (/^(?:mois|month)/i.test(unit)) return { kind: 'relative-month', months: -amount };
  return { kind: 'relative-year', years: -amount };
}

/** The rules, longest phrases first where they share words. */
export const rules: Rule[] = [
  {
    name: 'time ago',
    source: `il y a ${g('count', countPattern)} ${g('unit', 'jours?|semaines?|mois|ans|années?')}|${g('countEn', countPattern)} ${g('unitEn', 'days?|weeks?|months?|years?')} ago`,
    build: ({ count, unit, countEn, unitEn }) => ago((count ?? countEn)!, (unit ?? unitEn)!),
  },
  {
    name: 'night or span of days',
    source: `(?:(?:dans )?la nuit |the night )?(?:du|from|between|entre le) ${g('fromDay', p.day)}(?: ${g('fromMonth', p.month)})?(?: ${g('fromYear', p.year)})? (?:au|to|and|et le) ${g('toDay', p.day)} ${g('toMonth', p.month)}(?: ${g('year', p.year)})?`,
    build: ({ fromDay, fromMonth, fromYear, toDay, toMonth, year }) => ({
      kind: 'span',
      from: dateOf(fromDay!, fromMonth ?? toMonth!, fromYear ?? year),
      to: dateOf(toDay!, toMonth!, year),
    }),
  },
  {
    name: 'night between two weekdays',
    source: `(?:dans )?(?:la )?nuit de ${g('from', p.weekday)} (?:à|au) ${g('to', p.weekday)}|(?:overnight|the night) (?:from|of|between) ${g('fromEn', p.weekday)} (?:to|into|and) ${g('toEn', p.weekday)}`,
    build: ({ from, to, fromEn, toEn }, leaning) => ({
      kind: 'span',
      from: weekday((from ?? fromEn)!, 'past'),
      to: weekday((to ?? toEn)!, leaning),
    }),
  },
  {
    name: 'weekday',
    source: `(?:${g('lead', "overnight on|overnight into|ce|cette|this|last|next|on|dès|depuis|jusqu['’]à|until|since")} )?${g('weekday', p.weekday)}(?: ${g('qualifier', 'dernier|prochain|passé')})?(?: ${g('part', 'matin|soir|après-midi|midi|morning|afternoon|evening|night')})?(?! ${p.day})`,
    build: ({ lead, weekday: name, qualifier }, leaning) => {
      const until = lead && /jusqu|until/i.test(lead) ? 'future' : leaning;
      const direction = directionOf(
        qualifier ?? (lead && /last|next/i.test(lead) ? lead : undefined),
        until,
      );
      return { kind: 'day', day: weekday(name!, direction) };
    },
  },
  ...phrases.map(([source, spec]): Rule => ({
    name: `phrase ${source.slice(0, 20)}`,
    source,
    build: () => spec,
  })),
  {
    name: 'month',
    source: `(?:${g('lead', monthLead)}) ?${g('month', p.month)}(?: ${g('year', p.year)})?(?: ${g('qualifier', 'dernier|prochain')})?(?! ${p.day})|${g('bareMonth', p.month)} ${g('bareYear', p.year)}`,
    build: ({ lead, month, year, qualifier, bareMonth, bareYear }, leaning) => {
      const name = (month ?? bareMonth)!;
      // "may" is a verb far more often than a month; only the capitalised one counts.
      if (/^may$/i.test(name) && name !== 'May') return null;
      const stated = year ?? bareYear;
      return {
        kind: 'month',
        month: monthNumber(name),
        ...(stated ? { year: Number(stated) } : {}),
        ...(partOf(lead) ? { part: partOf(lead) } : {}),
        direction: directionOf(qualifier, leaning),
      };
    },
  },
  {
    name: 'year',
    source: `(?:${g('lead', yearLead)}) ?${g('year', p.year)}(?![\\d/.-]\\d)`,
    build: ({ lead, year }) => ({
      kind: 'year',
      year: Number(year),
      ...(partOf(lead) ? { part: partOf(lead) } : {}),
    }),
  },
  {
    name: 'season',
    source: `(?:au|ce|cet|cette|l['’]|en|le|du|de l['’]|pendant l['’]|in the|in|this|last|next|the|during the) ?${g('season', p.season)}(?: (?:of )?${g('year', p.year)})?(?: ${g('qualifier', 'dernier|prochain')})?`,
    build: ({ season, year, qualifier }, leaning) => ({
      kind: 'season',
      season: seasonOf(season!),
      ...(year ? { year: Number(year) } : {}),
      direction: directionOf(qualifier, leaning),
    }),
  },
  {
    name: 'clock time',
    source: `(?:${timeLead}) ${g('hour', '[01]?\\d|2[0-3]')} ?(?:h|heures?)(?: ?${g('minute', '[0-5]\\d')})?|(?:at|around|by|until|from) ${g('hourEn', '1[0-2]|0?[1-9]')}(?:[:.]${g('minuteEn', '[0-5]\\d')})? ?${g('meridiem', '[ap]m|[ap]\\.m\\.')}|(?:at|around) ${g('hour24', '[01]?\\d|2[0-3]')}:${g('minute24', '[0-5]\\d')}`,
    build: ({ hour, minute, hourEn, minuteEn, meridiem, hour24, minute24 }) => {
      if (hourEn) {
        const twelve = Number(hourEn) % 12;
        const pm = /^p/i.test(meridiem!);
        return {
          kind: 'time',
          time: { hour: pm ? twelve + 12 : twelve, minute: Number(minuteEn ?? 0) },
        };
      }
      return {
        kind: 'time',
        time: { hour: Number(hour ?? hour24), minute: Number(minute ?? minute24 ?? 0) },
      };
    },
  },
];

/** A rule's regular expression, anchored on word boundaries, case-insensitive. */
export function ruleExpression(rule: Rule): RegExp {
  let expression = expressions.get(rule);
  if (!expression) {
    expression = new RegExp(`${wordBoundary.before}(?:${rule.source})${wordBoundary.after}`, 'giu');
    expressions.set(rule, expression);
  }
  return expression;
}

// Compiled once a rule: every document runs every rule, and building the expressions again
// each time cost more than matching them. Callers use `matchAll`, which matches on a copy, so
// the shared expression's `lastIndex` never moves.
const expressions = new WeakMap<Rule, RegExp>();
