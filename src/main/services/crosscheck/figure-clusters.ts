import type { FigureCluster, FigureUndated, SourceRef } from '../../../shared/crosscheck';
import type { StoredFigure } from '../../db/repositories/crosscheck.repo';
import type { StoredEvent } from '../../db/repositories/events.repo';
import { sentenceBounds } from '../timeline/extract';
import { Clusters, pairsSharingKeys } from './clusters';
import {
  comparable,
  outcomesAround,
  placesIn,
  verdictOn,
  type ClaimTime,
  type FigureClaim,
} from './figure-claims';
import { extractNames } from './names';
import { containment, stemSet } from './overlap';
import { quantityOf } from './quantity';

/** Two figures count the same thing when their contexts share this much… */
const CONTEXT_OVERLAP = 0.3;
/** …and at least this many stems besides the figure itself. */
const CONTEXT_MIN_SHARED = 3;

// Words that outlets use interchangeably when counting people or troops.
const SYNONYMS: Record<string, string[]> = {
  personne: ['personne', 'habitant', 'resident', 'people', 'person', 'gen', 'individu'],
  soldat: ['soldat', 'militaire', 'troupe', 'troop', 'soldier', 'combattant'],
};
const CANONICAL = new Map(
  Object.entries(SYNONYMS).flatMap(([canonical, words]) => words.map((word) => [word, canonical])),
);

/** What a figure counts, with the usual synonyms for people and troops folded into one. */
export function countedThing(unit: string): string {
  return CANONICAL.get(unit) ?? unit;
}

/**
 * When a figure holds: the dates the timeline engine read in its own sentence (the user's
 * corrections and dismissals included), else its document's publish date as stored.
 */
function timeOf(
  figure: StoredFigure,
  sentence: [number, number],
  events: readonly StoredEvent[],
): { when: ClaimTime | null; undated?: FigureUndated } {
  const inSentence = events.filter(
    (event) => event.mentionStart >= sentence[0] && event.mentionStart < sentence[1],
  );
  const resolved = inSentence.filter((event) => event.start !== null && event.end !== null);
  const estimatedPublishDate = figure.publishedBasis === 'estimated';
  if (resolved.length > 0) {
    // "mardi" or "12 novembre" are counted from the publish date; "12 novembre 2024" is not.
    const fromPublishDate = resolved.some(
      (event) => event.resolution === 'relative' || event.resolution === 'inferred',
    );
    return {
      when: {
        start: resolved.map((event) => event.start!.slice(0, 10)).sort()[0]!,
        end: resolved
          .map((event) => event.end!.slice(0, 10))
          .sort()
          .at(-1)!,
        basis: 'sentence',
        words: resolved.map((event) => event.mention).join(', '),
        ...(estimatedPublishDate && fromPublishDate ? { estimated: true } : {}),
      },
    };
  }
  if (inSentence.length > 0) {
    return {
      when: null,
      undated: { code: 'unresolved', words: inSentence[0]!.mention },
    };
  }
  if (figure.publishedAt) {
    const day = figure.publishedAt.slice(0, 10);
    return {
      when: {
        start: day,
        end: day,
        basis: 'published',
        words: figure.publishedAt,
        ...(estimatedPublishDate ? { estimated: true } : {}),
      },
    };
  }
  return { when: null, undated: { code: 'no-date' } };
}

/** Reads each stored figure as a claim: range, what is counted and its state, where, when. */
export function figureClaims(
  figures: readonly StoredFigure[],
  eventsByPassage: ReadonlyMap<number, StoredEvent[]>,
  sourceName: (figure: StoredFigure) => string,
): FigureClaim[] {
  return figures.map((figure) => {
    const start = figure.start - figure.passageStart;
    const end = figure.end - figure.passageStart;
    const bounds = sentenceBounds(figure.passageText, start);
    const sentence = figure.passageText.slice(bounds[0], bounds[1]);
    return {
      documentId: figure.documentId,
      source: sourceName(figure),
      text: figure.text,
      quantity: quantityOf(figure.text, figure.value, figure.approximate),
      approximate: figure.approximate,
      counted: countedThing(figure.unit),
      outcomes: outcomesAround(sentence, start - bounds[0], end - bounds[0]),
      places: placesIn(sentence),
      names: [...extractNames(sentence).keys()],
      ...timeOf(figure, bounds, eventsByPassage.get(figure.passageId) ?? []),
    };
  });
}

/**
 * Groups figures that make one claim across documents: the same thing counted (shared unit,
 * alike contexts, same state), never two different numbers from one document, never two
 * events that sentences date apart. Each group carries its verdict and the reason for it.
 */
export function figureClusters(
  figures: readonly StoredFigure[],
  claims: readonly FigureClaim[],
  source: (figure: StoredFigure) => SourceRef,
): Omit<FigureCluster, 'documentCount' | 'independentSources'>[] {
  const contexts = figures.map((figure) => stemSet(figure.context));
  const units = claims.map((claim) => new Set([claim.counted]));
  const clusters = new Clusters(figures.length);
  const links = pairsSharingKeys(units, 5000)
    .filter(([a, b]) => figures[a]!.documentId !== figures[b]!.documentId)
    .filter(([a, b]) => comparable(claims[a]!, claims[b]!))
    .map(([a, b]) => {
      const shared = [...contexts[a]!].filter((stem) => contexts[b]!.has(stem)).length;
      return { a, b, shared, overlap: containment(contexts[a]!, contexts[b]!) };
    })
    .filter((link) => link.shared >= CONTEXT_MIN_SHARED && link.overlap >= CONTEXT_OVERLAP)
    .sort((x, y) => y.overlap - x.overlap);
  // Closest contexts first; a document never brings two different numbers into one claim
  // ("100 drones … 66 destroyed" stays two claims), and every pair in a group stays comparable.
  const coherent = (members: number[]) => {
    const values = new Map<number, number>();
    return members.every((member, index) => {
      const { documentId, value } = figures[member]!;
      if (values.has(documentId) && values.get(documentId) !== value) return false;
      values.set(documentId, value);
      return members.slice(index + 1).every((other) => comparable(claims[member]!, claims[other]!));
    });
  };
  for (const { a, b } of links) clusters.joinIf(a, b, coherent);
  return clusters
    .groups()
    .filter((group) => new Set(group.map((index) => figures[index]!.documentId)).size >= 2)
    .sort((a, b) => b.length - a.length)
    .map((group) => {
      const first = figures[group[0]!]!;
      return {
        id: `figure-${first.start}-${first.documentId}`,
        unit: claims[group[0]!]!.counted,
        outcomes: claims[group[0]!]!.outcomes,
        label: first.text,
        verdict: verdictOn(group.map((index) => claims[index]!)),
        sources: group.map((index) => {
          const { quantity, when } = claims[index]!;
          return {
            ...source(figures[index]!),
            value: figures[index]!.value,
            approximate: figures[index]!.approximate,
            range: { low: quantity.low, high: quantity.high === Infinity ? null : quantity.high },
            when,
          };
        }),
      };
    });
}
