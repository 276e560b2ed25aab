import search from 'approx-string-match';
import { earliestPublished } from '../../../shared/publish-time';
import type {
  FidelityPart,
  QuoteCluster,
  QuoteFidelity,
  QuoteSource,
} from '../../../shared/crosscheck';
import type { StoredQuote } from '../../db/repositories/crosscheck.repo';
import type { PostPassage } from '../../db/repositories/telegram.repo';

/** The article must say where the words were written: Telegram, near the quotation. */
const NAMES_TELEGRAM = /telegram/i;
/** Shorter quotations ("nous tiendrons") are too common to pin on one post. */
const MIN_WORDS = 5;
/** A post carries the quotation when it matches with at most this share of characters edited. */
const MAX_EDITS = 0.2;

/**
 * A character-for-character fold (same length, so offsets carry over): lower case, accents,
 * typographic quotes and apostrophes, and punctuation made spaces.
 */
function fold(text: string): string {
  let folded = '';
  for (const character of text) {
    const base = character.normalize('NFD')[0]!.toLowerCase();
    const plain = /[\p{L}\p{N}]/u.test(base) ? base : ' ';
    // One code unit per code unit of the original, so offsets match.
    folded += plain.length === character.length ? plain : ' '.repeat(character.length);
  }
  return folded;
}

const words = (text: string) => fold(text).split(/\s+/).filter(Boolean);

/** Where a post carries a quotation: its passage and the span of its words. */
interface PostMatch {
  post: PostPassage;
  start: number;
  end: number;
  edits: number;
}

/**
 * Finds the post that carries a quotation: among the posts sharing its longest words, the
 * closest approximate match of the whole quotation, within a fifth of its characters edited.
 */
function carryingPost(quote: string, posts: readonly PostPassage[]): PostMatch | null {
  const pattern = fold(quote).replace(/\s+/g, ' ').trim();
  const telling = [...new Set(words(quote))].sort((a, b) => b.length - a.length).slice(0, 3);
  const maxEdits = Math.floor(pattern.length * MAX_EDITS);
  let best: PostMatch | null = null;
  for (const post of posts) {
    const text = fold(post.passageText);
    if (telling.filter((word) => text.includes(word)).length < Math.min(2, telling.length))
      continue;
    // Runs of spaces (punctuation folded) count as one, as in the pattern.
    const squeezed = squeeze(text);
    for (const match of search(squeezed.text, pattern, maxEdits)) {
      if (best && match.errors >= best.edits) continue;
      const start = squeezed.offsets[match.start]!;
      const end = squeezed.offsets[match.end - 1]! + 1;
      best = { post, ...wordBounds(post.passageText, start, end), edits: match.errors };
    }
  }
  return best;
}

function squeeze(text: string): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] === ' ' && out.endsWith(' ')) continue;
    out += text[index];
    offsets.push(index);
  }
  return { text: out, offsets };
}

function wordBounds(text: string, start: number, end: number): { start: number; end: number } {
  while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
  while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
  return { start, end };
}

/**
 * The article's quotation against the post's words, word by word (longest common
 * subsequence): words only the article has, words only the post has, and shared ones.
 */
export function compareWords(article: string, primary: string): QuoteFidelity {
  const a = article.split(/\s+/).filter(Boolean);
  const b = primary.split(/\s+/).filter(Boolean);
  const key = (word: string) => fold(word).trim();
  const lengths = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        key(a[i]!) === key(b[j]!)
          ? lengths[i + 1]![j + 1]! + 1
          : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const parts: FidelityPart[] = [];
  const push = (text: string, kind: FidelityPart['kind']) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += ` ${text}`;
    else parts.push({ text, kind });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && key(a[i]!) === key(b[j]!)) {
      push(b[j]!, 'same');
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      push(b[j++]!, 'primary');
    } else push(a[i++]!, 'article');
  }
  // Words that only differ by an empty fold (a dash, a quotation mark) are not differences.
  const differs = parts.some((part) => part.kind !== 'same' && key(part.text) !== '');
  return { faithful: !differs, parts };
}

/** The post a quotation (in a passage naming Telegram) comes from, and how faithfully. */
export function primaryFor(
  quote: { text: string; passageText: string },
  posts: readonly PostPassage[],
): { post: PostPassage; text: string; start: number; end: number; fidelity: QuoteFidelity } | null {
  if (!NAMES_TELEGRAM.test(quote.passageText) || words(quote.text).length < MIN_WORDS) return null;
  const match = carryingPost(quote.text, posts);
  if (!match) return null;
  const text = match.post.passageText.slice(match.start, match.end);
  const { start, end } = match;
  return { post: match.post, text, start, end, fidelity: compareWords(quote.text, text) };
}

/**
 * Pairs quotations that articles attribute to a Telegram post ("a écrit sur Telegram X",
 * "wrote on Telegram") with the stored post carrying those words: the post joins the
 * quotation's cluster (or makes one with the article) as its primary source, first published,
 * and each article's version is compared with the post's words.
 */
export function linkPrimarySources(
  clusters: readonly QuoteCluster[],
  quotes: readonly StoredQuote[],
  posts: readonly PostPassage[],
  sourceOf: (quote: StoredQuote) => QuoteSource,
): QuoteCluster[] {
  if (posts.length === 0) return [...clusters];
  const result = clusters.map((cluster) => ({ ...cluster, sources: [...cluster.sources] }));
  const postIds = new Set(posts.map((post) => post.documentId));
  for (const quote of quotes) {
    if (postIds.has(quote.documentId)) continue;
    const found = primaryFor(quote, posts);
    if (!found) continue;
    const match = found;
    const article = sourceOf(quote);
    const primaryWords = found.text;
    let cluster = result.find((candidate) =>
      candidate.sources.some(
        (source) => source.passageId === article.passageId && source.text === article.text,
      ),
    );
    if (!cluster) {
      cluster = {
        id: `primary-${quote.documentId}-${quote.start}-${match.post.documentId}`,
        text: quote.text,
        speakers: quote.speaker ? [quote.speaker] : [],
        sources: [article],
        documentCount: 1,
        independentSources: 1,
        firstPublished: null,
        firstPublishedBasis: null,
      };
      result.push(cluster);
    }
    if (!cluster.sources.some((source) => source.primary)) {
      cluster.sources.unshift({
        documentId: match.post.documentId,
        passageId: match.post.passageId,
        ordinal: match.post.ordinal,
        source: match.post.outlet ?? match.post.title ?? match.post.fileName,
        publishedAt: match.post.publishedAt,
        publishedBasis: match.post.publishedBasis,
        text: primaryWords,
        passageText: match.post.passageText,
        marks: [{ start: found.start, end: found.end }],
        syndicationGroup: null,
        speaker: match.post.author,
        primary: true,
      });
      cluster.primaryDocumentId = match.post.documentId;
    }
    const primary = cluster.sources.find((source) => source.primary)!;
    cluster.sources = cluster.sources.map((source) =>
      source.primary ? source : { ...source, fidelity: compareWords(source.text, primary.text) },
    );
    refreshCounts(cluster);
  }
  return result;
}

function refreshCounts(cluster: QuoteCluster): void {
  const { sources } = cluster;
  cluster.documentCount = new Set(sources.map((source) => source.documentId)).size;
  cluster.independentSources = new Set(
    sources.map((source) =>
      source.syndicationGroup === null ? `d${source.documentId}` : `g${source.syndicationGroup}`,
    ),
  ).size;
  const first = earliestPublished(sources, 'quoted-origin');
  cluster.firstPublished = first?.first ?? null;
  cluster.firstPublishedBasis = first?.basis ?? null;
}
