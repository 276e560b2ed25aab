import type {
  AttributionEvidence,
  DateEvidence,
  EvidenceNote,
  FieldEvidence,
  PublishDate,
} from '../../shared/attribution';
import type { FigureMention, FigureReason, FigureTime } from '../../shared/crosscheck';

// The CLI's English for the reasons and notes the services give as codes and values (the
// interface words them in its own language from its catalogs).

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const describe = (figure: FigureMention) => `“${figure.text}” (${figure.source})`;

function dateWords(time: FigureTime): string {
  const span = time.start === time.end ? time.start : `${time.start} – ${time.end}`;
  return time.basis === 'sentence' ? `dated “${time.words}”, ${span}` : `published ${span}`;
}

/** A figure verdict's reason as an English sentence. */
export function figureReasonInEnglish(reason: FigureReason): string {
  switch (reason.code) {
    case 'compatible':
      return `The numbers are compatible: ${reason.figures.map(describe).join(', ')}${reason.ranges ? ' (approximate figures read as ranges that overlap)' : ''}.`;
    case 'same-time':
      return `${describe(reason.first)} and ${describe(reason.second)} count the same thing at the same time (${dateWords(reason.first.when)}; ${dateWords(reason.second.when)}) and their numbers cannot both be right.`;
    case 'changed':
      return `Estimate changed over time: ${describe(reason.earlier)}, ${dateWords(reason.earlier.when)}; then ${describe(reason.later)}, ${dateWords(reason.later.when)}.`;
    case 'estimated-date':
      return `${describe(reason.first)} and ${describe(reason.second)} give different numbers, but ${reason.guessed}’s date is estimated (its document states none), so which came first, or whether they describe the same moment, is not known.`;
    case 'undated': {
      const why =
        reason.why === null
          ? 'no date'
          : reason.why.code === 'unresolved'
            ? `its sentence dates it “${reason.why.words}”, a date that could not be worked out`
            : 'neither its sentence nor its document gives a date';
      return `${describe(reason.first)} and ${describe(reason.second)} give different numbers, but ${reason.missing}’s figure has no date (${why}), so they may not describe the same moment.`;
    }
  }
}

/** A piece of evidence's note as English words. */
export function noteInEnglish(note: EvidenceNote): string {
  switch (note.code) {
    case 'host-is-outlet':
      return `${note.host} is ${note.outlet}`;
    case 'wire-credited':
      return `a wire agency (${note.agency}) is credited`;
    case 'host-not-known':
      return 'not in the table of known outlets';
    case 'photo-credit':
      return 'a photo credit names who took the picture, not the outlet';
    case 'no-headline':
      return 'no headline';
    case 'no-headline-no-text':
      return 'no headline, no text';
    case 'weekday-mismatch':
      return `${note.date} is a ${WEEKDAYS[note.weekday]}, not a ${WEEKDAYS[note.stated]}`;
    case 'no-year-for-weekday':
      return `no year near ${note.around} has this day on a ${WEEKDAYS[note.weekday]}`;
    case 'weekday-gives-year':
      return `${note.date} is a ${WEEKDAYS[note.weekday]}`;
    case 'year-from-evidence':
      return `year taken from the other evidence (${note.year})`;
    case 'looks-forward':
      return 'the text looks forward to it';
    case 'after-file-time':
      return 'after the file’s own time';
    case 'implausible-file-time':
      return 'not a plausible time for a news page: a time lost in a copy or an archive';
    case 'file-time-of-copy':
      return 'older than days the text reports: the time of a copy';
    case 'disagrees':
      return `disagrees with the ${note.kind === 'dateline' ? 'stated date' : note.kind} (${note.date})`;
    case 'older-than-text':
      return `older than ${note.date}, which the text reports`;
    case 'later-than-basis':
      return `later than the ${note.basis} date`;
    case 'related-article': {
      const shared =
        note.shared === 'copy'
          ? 'a near-identical copy'
          : note.shared === 'quote'
            ? 'shares this quotation'
            : 'counts the same thing';
      return `${shared}: “${note.title}”${note.outlet ? ` (${note.outlet})` : ''}`;
    }
  }
}

function worded<Piece extends DateEvidence | FieldEvidence>(piece: Piece): Piece {
  return piece.notes ? { ...piece, note: piece.notes.map(noteInEnglish).join('; ') } : piece;
}

const DATE_WHY: Record<NonNullable<PublishDate['whyUnknown']>, string> = {
  'nothing-found': 'No date in the metadata, the URL or the text.',
  'file-time-only':
    'No date in the metadata, the URL or the text; the file’s time only says it is older than that.',
};

const OUTLET_WHY: Record<NonNullable<AttributionEvidence['outletUnknown']>, string> = {
  'nothing-found': 'No site name in the page’s metadata, no web address, masthead or credit line.',
  'photo-credits-only':
    'No site name in the page’s metadata, no web address, masthead or credit line; the photo credits name who took the pictures, not the outlet.',
};

/** A document's evidence with each code also in English words (`note`, `why`, `outletWhy`). */
export function evidenceInEnglish(attribution: AttributionEvidence): AttributionEvidence {
  const { date, outlet, author, title } = attribution;
  return {
    ...attribution,
    ...(date && {
      date: {
        ...date,
        evidence: date.evidence.map(worded),
        ...(date.whyUnknown && { why: DATE_WHY[date.whyUnknown] }),
      },
    }),
    ...(outlet && { outlet: outlet.map(worded) }),
    ...(author && { author: author.map(worded) }),
    ...(title && { title: title.map(worded) }),
    ...(attribution.outletUnknown && { outletWhy: OUTLET_WHY[attribution.outletUnknown] }),
  };
}
