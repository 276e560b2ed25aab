import type {
  AttributionEvidence,
  DateEvidence,
  FieldEvidence,
  PublishDate,
} from '../../../shared/attribution';
import type { ArticleFields } from '../import/clean/clean';
import { readCredits } from './credit-lines';
import { hostOf, knownOutlet } from './outlets';
import { estimatePublishDate } from './publish-date';
import { madeUpTitle } from './titles';

/** What attribution reads besides the fields the import found. */
export interface AttributionInputs {
  /** Every block of the file with the cleaning rules' call. */
  blocks: readonly { kind: string; text: string }[];
  /** The article's clean text. */
  text: string;
  fileName: string;
  /** Dates from a PDF's info dictionary or a DOCX's core properties. */
  formatDates?: DateEvidence[];
  fileTime?: string | null;
}

/**
 * Settles a document's outlet, title and publish date from the evidence in its file, keeping
 * the evidence: values the user set are kept as they are, and an estimate never replaces a
 * date the file states. Fills `fields` in place and returns the evidence.
 */
export function attribute(fields: ArticleFields, inputs: AttributionInputs): AttributionEvidence {
  const evidence: AttributionEvidence = {};
  settleOutlet(fields, inputs, evidence);
  settleTitle(fields, inputs, evidence);
  if (fields.author) {
    const kind = { user: 'user', metadata: 'metadata' }[fields.author.source as string] ?? 'byline';
    evidence.author = [{ kind: kind as FieldEvidence['kind'], words: fields.author.value }];
  }
  const date = estimatePublishDate({
    stated: fields.publishedAt ?? null,
    url: fields.url?.value ?? null,
    // A caption's date is a day the article shows, so a lower bound as good as the body's.
    text: [
      inputs.text,
      ...inputs.blocks.filter((block) => block.kind === 'caption').map((block) => block.text),
    ].join('\n\n'),
    language: fields.language?.value ?? null,
    formatDates: inputs.formatDates,
    fileTime: inputs.fileTime,
  });
  evidence.date = date;
  // A date from the URL or a file's properties, or an estimate, becomes the field's value; a
  // stated or user-set one is already there.
  if (date.date && (date.basis === 'estimated' || date.basis === 'metadata')) {
    fields.publishedAt = { value: date.date, source: date.basis };
  }
  return evidence;
}

/** Where a field value came from, as a publish date's basis. */
export function basisOf(date: PublishDate | undefined) {
  return {
    publishedBasis: date?.basis ?? null,
    publishedPrecision: date?.precision ?? null,
    publishedEarliest: date?.earliest ?? null,
    publishedLatest: date?.latest ?? null,
  };
}

function settleOutlet(
  fields: ArticleFields,
  inputs: AttributionInputs,
  evidence: AttributionEvidence,
): void {
  const found: FieldEvidence[] = [];
  const host = fields.url ? hostOf(fields.url.value) : null;
  const named = host ? knownOutlet(host) : null;
  const current = fields.outlet;
  // The cleaner names the outlet after the URL's host when it knows nothing better.
  const fromHost = current && host && current.value === host;
  const { credits, ignored } = readCredits(inputs.blocks);
  if (current?.source === 'user') {
    evidence.outlet = [{ kind: 'user', words: current.value }];
    return;
  }
  let chosen: { value: string; source: 'metadata' | 'text' } | null = null;
  const take = (value: string, source: 'metadata' | 'text') => (chosen ??= { value, source });
  if (current && !fromHost && current.source === 'metadata') {
    found.push({ kind: 'metadata', words: current.value });
    take(current.value, 'metadata');
  }
  if (named) {
    found.push({
      kind: 'url-host',
      words: host!,
      notes: [{ code: 'host-is-outlet', host: host!, outlet: named }],
    });
    take(named, fields.url!.source === 'metadata' ? 'metadata' : 'text');
  }
  if (current && !fromHost && current.source === 'text') {
    found.push({ kind: 'masthead', words: current.value });
    take(current.value, 'text');
  }
  for (const credit of [...credits.filter((c) => !c.wire), ...credits.filter((c) => c.wire)]) {
    found.push({
      kind: 'credit-line',
      words: credit.words,
      ...(credit.wire ? { notes: [{ code: 'wire-credited', agency: credit.outlet }] } : {}),
    });
    take(credit.outlet, 'text');
  }
  if (host && !named) {
    found.push({ kind: 'url-host', words: host, notes: [{ code: 'host-not-known' }] });
    take(host, fields.url!.source === 'metadata' ? 'metadata' : 'text');
  }
  evidence.outlet = [...found, ...ignored];
  if (chosen) fields.outlet = chosen;
  else {
    delete fields.outlet;
    evidence.outletUnknown = ignored.length > 0 ? 'photo-credits-only' : 'nothing-found';
  }
}

function settleTitle(
  fields: ArticleFields,
  inputs: AttributionInputs,
  evidence: AttributionEvidence,
): void {
  const title = fields.title;
  if (title?.source === 'user') {
    evidence.title = [{ kind: 'user', words: title.value }];
    return;
  }
  if (title?.source === 'metadata') {
    evidence.title = [{ kind: 'metadata', words: title.value }];
    return;
  }
  const headline = inputs.blocks.find((block) => block.kind === 'title');
  if (title && headline) {
    evidence.title = [{ kind: 'headline', words: headline.text }];
    return;
  }
  const made = madeUpTitle(inputs.text);
  if (made) {
    fields.title = { value: made.title, source: 'text' };
    evidence.title = [
      { kind: 'first-sentence', words: made.sentence, notes: [{ code: 'no-headline' }] },
    ];
  } else {
    evidence.title = [
      { kind: 'file-name', words: inputs.fileName, notes: [{ code: 'no-headline-no-text' }] },
    ];
  }
  evidence.titleMadeUp = true;
}
