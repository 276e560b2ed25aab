/**
 * Whether a passage reads as a subheading of the one after it: a short line that starts with a
 * capital and does not end a sentence ("Un accord de défense mutuelle") followed by a longer
 * passage that does, or a line ending in ":" over bullets ("Les infos à retenir :"). Text
 * scrapes keep no markup, so the reader tells a subheading by its shape; a line that ends a
 * sentence, a bullet or a list of short lines (two short lines in a row, neither introducing
 * prose or bullets) stays an ordinary paragraph.
 */
export function isSubheading(text: string, next: string | undefined): boolean {
  const line = text.trim();
  if (!next || line.length > MAX_HEADING_CHARS || line.length >= next.trim().length) return false;
  if ((line.match(/\S+/g)?.length ?? 0) > MAX_HEADING_WORDS) return false;
  if (!/^["“«]?\s?\p{Lu}/u.test(line)) return false;
  if (SENTENCE_DONE.test(line)) return false;
  // "Les infos à retenir :" heads the bullets under it. Followed by anything else, a line ending
  // in ":" opens a quotation ("Le préfet a ajouté :") or announces a list the import set aside,
  // so that a heading would stand over a paragraph it does not name: it stays a paragraph.
  if (line.endsWith(':')) return BULLET.test(next.trim());
  return SENTENCE_END.test(next.trim()) && next.trim().length >= MIN_PROSE_CHARS;
}

const MAX_HEADING_CHARS = 140;
const MAX_HEADING_WORDS = 20;
/** The passage a subheading introduces is prose: a sentence of some length. */
const MIN_PROSE_CHARS = 80;
const BULLET = /^[⇒►▶•–—-]\s/u;
// French sets a space (often a no-break one) before a closing »: "« Nous resterons. »" ends a
// sentence as "“We will stay.”" does.
const CLOSING = String.raw`(?:\s*["”»')\]])?$`;
const SENTENCE_DONE = new RegExp(`[.!?…,;]${CLOSING}`, 'u');
const SENTENCE_END = new RegExp(`[.!?…:]${CLOSING}`, 'u');
