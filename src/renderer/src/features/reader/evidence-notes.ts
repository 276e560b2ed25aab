import type {
  AttributionEvidence,
  DateEvidence,
  EvidenceNote,
  FieldEvidence,
  PublishDate,
} from '../../../../shared/attribution';
import { formatDate, formatWeekday } from '../../lib/format';
import { strings } from '../../lib/strings';

const day = (iso: string) => formatDate(iso) ?? iso;
const source = (kind: string) =>
  strings.attribution.dateSources[kind] ?? strings.attribution.kinds[kind] ?? kind;

/**
 * What a piece of evidence says of the publish date, with its day or month: "not published
 * before Oct 28, 2024", « pas publié avant le 28 oct. 2024 », « pas publié avant octobre 2024 ».
 */
export function roleWords(piece: Pick<DateEvidence, 'role' | 'date'>): string {
  const month = /^\d{4}-\d{2}$/.test(piece.date);
  const words = (month ? strings.attribution.monthRoles : strings.attribution.roles)[piece.role];
  const date = day(piece.date);
  return words ? words(date) : date;
}

/** One note on a piece of evidence, in the interface language. */
export function noteWords(note: EvidenceNote): string {
  const words = strings.attribution.notes;
  switch (note.code) {
    case 'host-is-outlet':
      return words.hostIsOutlet(note.host, note.outlet);
    case 'wire-credited':
      return words.wireCredited(note.agency);
    case 'host-not-known':
      return words.hostNotKnown;
    case 'photo-credit':
      return words.photoCredit;
    case 'no-headline':
      return words.noHeadline;
    case 'no-headline-no-text':
      return words.noHeadlineNoText;
    case 'weekday-mismatch':
      return words.weekdayMismatch(
        day(note.date),
        formatWeekday(note.weekday),
        formatWeekday(note.stated),
      );
    case 'no-year-for-weekday':
      return words.noYearForWeekday(String(note.around), formatWeekday(note.weekday));
    case 'weekday-gives-year':
      return words.weekdayGivesYear(day(note.date), formatWeekday(note.weekday));
    case 'year-from-evidence':
      return words.yearFromEvidence(String(note.year));
    case 'looks-forward':
      return words.looksForward;
    case 'after-file-time':
      return words.afterFileTime;
    case 'implausible-file-time':
      return words.implausibleFileTime;
    case 'file-time-of-copy':
      return words.fileTimeOfCopy;
    case 'disagrees':
      return words.disagrees(source(note.kind), day(note.date));
    case 'older-than-text':
      return words.olderThanText(day(note.date));
    case 'later-than-basis':
      return words.laterThan(source(note.basis));
    case 'related-article':
      return words.related(note.shared, note.title, note.outlet ?? '');
  }
}

/**
 * A piece of evidence's notes in the interface language; a note stored as English words by
 * an earlier version is shown as it is.
 */
export function evidenceNote(piece: DateEvidence | FieldEvidence): string | null {
  if (piece.notes?.length)
    return piece.notes.map(noteWords).join(strings.attribution.noteSeparator);
  return piece.note ?? null;
}

/** Why no publish date is known, or null when one is (an earlier version's words as they are). */
export function dateWhy(date: PublishDate | undefined): string | null {
  if (date?.whyUnknown) return strings.attribution.whyUnknown[date.whyUnknown] ?? null;
  return date?.why ?? null;
}

/** Why the outlet is unknown, or null when it is known. */
export function outletWhy(attribution: AttributionEvidence): string | null {
  if (attribution.outletUnknown)
    return strings.attribution.outletUnknown[attribution.outletUnknown] ?? null;
  return attribution.outletWhy ?? null;
}
