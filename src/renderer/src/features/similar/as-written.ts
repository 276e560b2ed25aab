/**
 * "Why it matched" shows the words as the passage writes them: the matcher compares folded
 * stems ("coreens") and single names ("Mark", "Rutte"), which a reader should not have to
 * decode. Pure, so it is tested without a browser.
 */

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

interface Word {
  text: string;
  folded: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((match) => ({
    text: match[0],
    folded: fold(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Each stem as the first word of `text` that starts with it, in the stems' order, once each. */
export function termsAsWritten(terms: readonly string[], text: string): string[] {
  const words = wordsOf(text);
  const found = terms.flatMap((term) => {
    const stem = fold(term);
    const word = words.find((candidate) => candidate.folded.startsWith(stem));
    return word ? [word.text] : [];
  });
  return [...new Set(found)];
}

/** Small words that sit inside a name: "Corée du Nord", "Ursula von der Leyen". */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'al', 'el', 'of']);

/**
 * The names as written in `text`, joined where they follow each other there ("Mark Rutte",
 * "Corée du Nord"), in the order the text gives them.
 */
export function namesAsWritten(names: readonly string[], text: string): string[] {
  const wanted = new Set(names.map(fold));
  const words = wordsOf(text);
  const phrases: string[] = [];
  let index = 0;
  while (index < words.length) {
    if (!wanted.has(words[index]!.folded)) {
      index++;
      continue;
    }
    let last = index;
    let next = index + 1;
    while (next < words.length) {
      const gap = text.slice(words[next - 1]!.end, words[next]!.start);
      if (!/^[\s-]*$/u.test(gap)) break;
      if (wanted.has(words[next]!.folded)) {
        last = next;
        next++;
      } else if (PARTICLES.has(words[next]!.folded) && next + 1 < words.length) {
        next++;
      } else break;
    }
    phrases.push(text.slice(words[index]!.start, words[last]!.end));
    index = last + 1;
  }
  return [...new Set(phrases)];
}
