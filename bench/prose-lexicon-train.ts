import {
  blockOpenings,
  blockWords,
  type WordLexicon,
} from '../src/main/services/import/clean/prose-words';

/** One page's labelled blocks: their texts and whether each is article (1) or not (0). */
export interface LabelledPage {
  file: string;
  /** The page's stop-word language ("deu"), or "" when none fits. */
  language: string;
  texts: string[];
  labels: (0 | 1 | undefined)[];
}

/** Fewest pages a word must stand on (in either kind of block) to be weighed at all. */
export const LEXICON_MIN_PAGES = 2;

/** Per word: the files whose article blocks hold it, and those whose furniture does. */
interface Counts {
  article: Map<string, Set<string>>;
  furniture: Map<string, Set<string>>;
  files: { article: Set<string>; furniture: Set<string> };
}

function countPages(pages: readonly LabelledPage[], keysOf: (text: string) => string[]): Counts {
  const counts: Counts = {
    article: new Map(),
    furniture: new Map(),
    files: { article: new Set(), furniture: new Set() },
  };
  for (const page of pages)
    page.texts.forEach((text, index) => {
      const label = page.labels[index];
      if (label === undefined) return;
      const kind = label === 1 ? 'article' : 'furniture';
      counts.files[kind].add(page.file);
      for (const key of keysOf(text)) {
        let files = counts[kind].get(key);
        if (!files) counts[kind].set(key, (files = new Set()));
        files.add(page.file);
      }
    });
  return counts;
}

/**
 * A word's weight from page counts: the smoothed log ratio of the shares of pages whose article,
 * and whose furniture, holds it, shrunk by n / (n + minimum pages) so thinly backed words weigh
 * little; undefined when too few pages hold it or it is no furniture cue. Only furniture cues
 * are kept: the words that mark article text in this set are the prose vocabulary of its main
 * language (German "zwischen", "wurden"), which would make prose in any other language read as
 * less likely article (stop-word density already tells prose from furniture in thirty languages).
 */
function weightOf(counts: Counts, key: string, minPages: number): number | undefined {
  const inArticle = counts.article.get(key) ?? new Set<string>();
  const inFurniture = counts.furniture.get(key) ?? new Set<string>();
  const pagesWith = new Set([...inArticle, ...inFurniture]).size;
  if (pagesWith < minPages) return undefined;
  const alpha = 1;
  const ratio =
    Math.log((inArticle.size + alpha) / (counts.files.article.size + 2 * alpha)) -
    Math.log((inFurniture.size + alpha) / (counts.files.furniture.size + 2 * alpha));
  const weight = (ratio * pagesWith) / (pagesWith + minPages);
  return weight <= -0.1 ? Number(weight.toFixed(2)) : undefined;
}

/**
 * Furniture-cue weights from labelled pages, counted by page: a word on 300 pages' furniture
 * and 4 pages' articles is a cue; a word one page repeats twenty times is one page's word. A
 * page read twice (saved page and text scrape) counts once.
 *
 * Every cue is keyed by the language of the pages it was learnt on ("deu:infos") and weighed
 * among that language's pages only. Words cross languages with other meanings: German
 * "Weitere Infos" and "Hier klicken" are links, French "Les infos à retenir" opens an article's
 * summary and "Hier, le ministre…" a paragraph; a lexicon pooled over languages (with cues
 * seen in two languages counted in all) weighed "hier" and "sous" against French prose.
 */
export function learnLexicon(pages: readonly LabelledPage[], minPages = LEXICON_MIN_PAGES) {
  const languages = [...new Set(pages.map((page) => page.language))].filter(Boolean);
  const learn = (keysOf: (text: string) => string[]) => {
    const weights = new Map<string, number>();
    for (const language of languages) {
      const counts = countPages(
        pages.filter((page) => page.language === language),
        keysOf,
      );
      for (const key of counts.furniture.keys()) {
        const weight = weightOf(counts, key, minPages);
        if (weight !== undefined) weights.set(`${language}:${key}`, weight);
      }
    }
    return weights;
  };
  const lexicon: WordLexicon = { words: learn(blockWords), openings: learn(blockOpenings) };
  return lexicon;
}
