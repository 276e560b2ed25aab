import type { ExportLanguage } from '../../../shared/notes-domain';

/** The words and punctuation a Markdown export writes around the researcher's own text. */
export interface ExportWords {
  /** The heading of the list of cited articles. */
  sources: string;
  /** The label before a highlight's comment. */
  comment: string;
  /** What a citation says when its document is no longer in the corpus. */
  sourceGone: string;
  /** A quotation inside running text (footnotes). */
  quoted: (words: string) => string;
  /** A publish date: a day, a month or a year, as written in that language. */
  date: (iso: string) => string;
  /** After a publish date Recoupe estimated rather than read from the source. */
  estimated: string;
  /** An open-ended estimate's day: the article is not older than it (see isOpenEndedEstimate). */
  orLater: (date: string) => string;
  /** A closed-range estimate's first and last days (see isClosedRangeEstimate). */
  between: (from: string, to: string) => string;
}

// Non-breaking spaces: French puts one before a colon and inside « ».
const nbsp = '\u00a0';

function wordedDate(locale: string, iso: string): string {
  const [, year, month, day] = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) ?? [];
  if (!year) return iso;
  // The day as the source wrote it (its own zone), formatted at UTC so no zone shifts it.
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(date);
}

const words: Record<ExportLanguage, ExportWords> = {
  en: {
    sources: 'Sources',
    comment: 'Comment:',
    sourceGone: '(source deleted from the corpus; quoted as saved)',
    quoted: (text) => `“${text}”`,
    // "17 October 2024": day first, so the date reads the same to every English reader.
    date: (iso) => wordedDate('en-GB', iso),
    estimated: '(estimated)',
    orLater: (date) => `${date} or later`,
    between: (from, to) => `between ${from} and ${to}`,
  },
  fr: {
    sources: 'Sources',
    comment: `Commentaire${nbsp}:`,
    sourceGone: '(source supprimée du corpus ; citée telle qu’enregistrée)'.replace(
      ' ;',
      '\u202f;',
    ),
    quoted: (text) => `«${nbsp}${text}${nbsp}»`,
    date: (iso) => wordedDate('fr-FR', iso),
    estimated: '(estimée)',
    orLater: (date) => `le ${date} ou après`,
    between: (from, to) => `entre le ${from} et le ${to}`,
  },
};

/** The export words of a language (English when none is chosen, as the CLI writes). */
export function exportWords(language: ExportLanguage = 'en'): ExportWords {
  return words[language];
}
