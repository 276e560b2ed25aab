import type { DatabaseSync } from 'node:sqlite';
import type {
  Corroboration,
  FigureCluster,
  QuoteCluster,
  SourceRef,
  SyndicationGroup,
} from '../../../shared/crosscheck';
import {
  CrosscheckRepository,
  type Located,
  type StoredFigure,
  type StoredQuote,
} from '../../db/repositories/crosscheck.repo';
import { DocumentsRepository } from '../../db/repositories/documents.repo';
import { EventsRepository, type StoredEvent } from '../../db/repositories/events.repo';
import { figureClaims, figureClusters } from './figure-clusters';
import { quoteEntries } from './quote-clusters';
import { PassagesRepository } from '../../db/repositories/passages.repo';
import { TelegramRepository } from '../../db/repositories/telegram.repo';
import { linkPrimarySources } from './primary-sources';
import { earliestPublished } from '../../../shared/publish-time';
import { publishedRangeOf } from '../../../shared/published-range';
import { Clusters, pairsSharingKeys } from './clusters';
import { signatureSimilarity } from './fingerprint';
import { foldAccents } from '../text/words';
import { containment, stemSet } from './overlap';

/** Two quotes are one when this share of the shorter one's stems is in the longer one. */
const QUOTE_OVERLAP = 0.6;
/**
 * Shorter quotes ("escalade significative") group only when one is word for word inside the
 * other, not by overlap: loose matching of short set phrases would chain unrelated quotes.
 */
const QUOTE_MIN_STEMS = 4;
/** Documents whose MinHash signatures agree this much are copies of one another. */
const SYNDICATION_SIMILARITY = 0.5;

/** Quotes, figures and copies shared across sources, for the cross-check view and CLI. */
export class CorroborationService {
  private readonly crosscheck: CrosscheckRepository;
  private readonly documents: DocumentsRepository;
  private readonly events: EventsRepository;
  private readonly passages: PassagesRepository;
  private readonly telegram: TelegramRepository;

  constructor(db: DatabaseSync) {
    this.crosscheck = new CrosscheckRepository(db);
    this.documents = new DocumentsRepository(db);
    this.events = new EventsRepository(db);
    this.passages = new PassagesRepository(db);
    this.telegram = new TelegramRepository(db);
  }

  /** Every cluster carried by at least two documents, the most widely carried first. */
  list(): Corroboration {
    const syndication = this.syndication();
    const groupOf = new Map<number, number>();
    for (const group of syndication) {
      for (const document of group.documents) groupOf.set(document.documentId, group.id);
    }
    const source = (item: Located & { text: string; start: number; end: number }): SourceRef => ({
      documentId: item.documentId,
      passageId: item.passageId,
      ordinal: item.ordinal,
      source: item.outlet ?? item.title ?? item.fileName,
      publishedAt: item.publishedAt,
      publishedBasis: item.publishedBasis,
      ...publishedRangeOf(item),
      text: item.text,
      passageText: item.passageText,
      marks: [
        {
          start: Math.max(0, item.start - item.passageStart),
          end: Math.min(item.passageText.length, item.end - item.passageStart),
        },
      ],
      syndicationGroup: groupOf.get(item.documentId) ?? null,
    });
    const quoteSource = (quote: StoredQuote) => ({ ...source(quote), speaker: quote.speaker });
    return {
      // Quotations that articles attribute to a Telegram post are paired with the post.
      quotes: linkPrimarySources(
        this.quoteClusters(source),
        this.crosscheck.quotes(),
        this.telegram.postPassages(),
        quoteSource,
      ),
      figures: this.figureClusters(source),
      syndication,
    };
  }

  private quoteClusters(source: (item: StoredQuote) => SourceRef): QuoteCluster[] {
    const quotes = this.crosscheck.quotes();
    const stems = quotes.map((quote) => stemSet(quote.stems));
    const clusters = new Clusters(quotes.length);
    // Two people may say alike things ("je peux confirmer…"): named speakers must agree.
    const oneSpeaker = (members: number[]) =>
      new Set(members.flatMap((member) => surname(quotes[member]!.speaker) ?? [])).size <= 1;
    for (const [a, b] of pairsSharingKeys(stems)) {
      const shortest = Math.min(stems[a]!.size, stems[b]!.size);
      const exact = phraseWithin(quotes[a]!.stems, quotes[b]!.stems);
      if (
        exact ||
        (shortest >= QUOTE_MIN_STEMS && containment(stems[a]!, stems[b]!) >= QUOTE_OVERLAP)
      ) {
        clusters.joinIf(a, b, oneSpeaker);
      }
    }
    return crossDocumentGroups(clusters, quotes).map((members) => {
      const sources = quoteEntries(members, source, (id) => this.passages.byDocument(id));
      const longest = members.reduce((a, b) => (b.text.length > a.text.length ? b : a));
      const speakers = fullestNames(members.flatMap((quote) => quote.speaker ?? []));
      return {
        id: `quote-${members[0]!.start}-${members[0]!.documentId}`,
        text: longest.text,
        speakers,
        sources,
        ...counts(sources),
        ...firstPublished(sources),
      };
    });
  }

  private figureClusters(source: (item: StoredFigure) => SourceRef): FigureCluster[] {
    const figures = this.crosscheck.figures();
    const eventsByPassage = new Map<number, StoredEvent[]>();
    // A caption's date is its photo's, not the date of the article's sentences.
    for (const event of this.events.list({ includeDismissed: false, includeCaptions: false })) {
      const list = eventsByPassage.get(event.passageId);
      if (list) list.push(event);
      else eventsByPassage.set(event.passageId, [event]);
    }
    const claims = figureClaims(figures, eventsByPassage, (figure) => source(figure).source);
    return figureClusters(figures, claims, source).map((cluster) => ({
      ...cluster,
      ...counts(cluster.sources),
    }));
  }

  private syndication(): SyndicationGroup[] {
    const pairs = this.crosscheck.fingerprintPairs();
    const ids = [...new Set(pairs.flatMap((pair) => [pair.first, pair.second]))];
    if (ids.length === 0) return [];
    const signatures = this.crosscheck.signatures(ids);
    const clusters = new Clusters(ids.length);
    const similarities: number[] = [];
    for (const { first, second } of pairs) {
      const similarity = signatureSimilarity(signatures.get(first)!, signatures.get(second)!);
      if (similarity < SYNDICATION_SIMILARITY) continue;
      clusters.join(ids.indexOf(first), ids.indexOf(second));
      similarities.push(similarity);
    }
    return clusters.groups().map((members, index) => ({
      id: index + 1,
      documents: members.map((member) => {
        const document = this.documents.get(ids[member]!)!;
        return {
          documentId: document.id,
          source: document.outlet ?? document.title ?? document.fileName,
          publishedAt: document.publishedAt,
          publishedBasis: document.publishedBasis,
          ...publishedRangeOf(document),
        };
      }),
      similarity: Math.min(...similarities),
    }));
  }
}

/** Whether one stem sequence appears, in order and contiguous, inside the other. */
function phraseWithin(first: string, second: string): boolean {
  const [short, long] = first.length <= second.length ? [first, second] : [second, first];
  return short.length > 0 && ` ${long} `.includes(` ${short} `);
}

/** One name per person, the fullest way it was written ("Rutte" and "Mark Rutte" → "Mark Rutte"). */
function fullestNames(names: readonly string[]): string[] {
  const bySurname = new Map<string, string>();
  for (const name of names) {
    const key = surname(name)!;
    if ((bySurname.get(key)?.length ?? 0) < name.length) bySurname.set(key, name);
  }
  return [...bySurname.values()];
}

/** The last word of a speaker's name, folded: "Mark Rutte" and "Rutte" are one person. */
function surname(speaker: string | null): string | null {
  return speaker ? foldAccents(speaker.split(/\s+/).at(-1)!) : null;
}

/** The groups that span two documents or more, largest first, members in reading order. */
function crossDocumentGroups<T extends Located>(clusters: Clusters, items: readonly T[]): T[][] {
  return clusters
    .groups()
    .map((group) => group.map((index) => items[index]!))
    .filter((members) => new Set(members.map((member) => member.documentId)).size >= 2)
    .sort((a, b) => b.length - a.length);
}

/** Documents carrying a cluster, and how many independent sources they are once copies merge. */
function counts(sources: readonly SourceRef[]): {
  documentCount: number;
  independentSources: number;
} {
  const documents = new Set(sources.map((source) => source.documentId));
  const independent = new Set(
    sources.map((source) =>
      source.syndicationGroup === null ? `d${source.documentId}` : `g${source.syndicationGroup}`,
    ),
  );
  return { documentCount: documents.size, independentSources: independent.size };
}

/** The earliest dated source, to the minute where the sources give times. */
function firstPublished<T extends SourceRef>(sources: readonly T[]) {
  const found = earliestPublished(sources);
  return { firstPublished: found?.first ?? null, firstPublishedBasis: found?.basis ?? null };
}
