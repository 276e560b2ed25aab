/** A stretch of quoted speech found in a text, with its speaker when the text names one. */
export interface FoundQuote {
  /** The words between the quotation marks. */
  text: string;
  /** Offsets of the quoted words (marks excluded) in the text searched. */
  start: number;
  end: number;
  speaker: string | null;
}

const GUILLEMETS = /«\s*([^«»]{3,1500}?)\s*»/gu;
const CURLY_OR_STRAIGHT = /[“”„"]/gu;
/** Longest quote accepted: past this an unpaired mark has swallowed a paragraph. */
const MAX_QUOTE_CHARS = 1500;

// A capitalised name of one to four words: "Mark Rutte", "Hélène Garnier", "Zelensky".
const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+(?:de\s+|von\s+|van\s+)?\p{Lu}[\p{L}’'-]+){0,3}`;
const SPEECH_VERBS_FR = String.raw`(?:a|avait|ont|aurait)\s+(?:déclaré|dit|affirmé|indiqué|estimé|ajouté|assuré|expliqué|souligné|répété|martelé|précisé|confirmé|écrit|annoncé|lancé|prévenu|poursuivi)`;
// Lowercase words (titles, days, "d’Etat") that may stand between a verb and the name.
const LOWER_WORDS = String.raw`(?:\s+\p{Ll}(?:[\p{L}’'-]*\p{L})?,?)*?\s*,?\s*`;
const SPEECH_VERBS_EN = String.raw`(?:said|told|says|added|declared|stated|wrote|warned|explained)`;

// After the closing mark: `», a déclaré le maire, Hélène Garnier` / `," mayor Hélène Garnier told`
// / `", said Mark Rutte` / `, according to Vedant Patel` / `, selon Volodymyr Zelensky`.
const SPEAKER_AFTER = [
  new RegExp(String.raw`^\s*[,.]?\s*${SPEECH_VERBS_FR}${LOWER_WORDS}(${NAME})`, 'u'),
  new RegExp(String.raw`^\s*[,.]?\s*${SPEECH_VERBS_EN}${LOWER_WORDS}(${NAME})`, 'u'),
  new RegExp(String.raw`^\s*[,.]?\s*(?:\p{Ll}[\p{L}’'-]*\s+)*?(${NAME})\s+${SPEECH_VERBS_EN}`, 'u'),
  new RegExp(
    String.raw`^\s*[,.]?\s*(?:selon|d’après|d'après|according to)\s+(?:\p{Ll}[\p{L}’'-]*\s+)*?(${NAME})`,
    'u',
  ),
];

// Before the opening mark: `Hélène Garnier a déclaré : «` / `Mark Rutte said: "`.
const SPEAKER_BEFORE = [
  new RegExp(String.raw`(${NAME})(?:,[^,]{0,60},)?\s+${SPEECH_VERBS_FR}\s*:?\s*$`, 'u'),
  new RegExp(String.raw`(${NAME})(?:,[^,]{0,60},)?\s+${SPEECH_VERBS_EN}\s*:?\s*$`, 'u'),
  new RegExp(String.raw`(?:selon|d’après|d'après|according to)\s+(${NAME})\s*[,:]?\s*$`, 'u'),
];

// Capitalised words that open a clause rather than name a person.
const NOT_NAMES = new Set(['Le', 'La', 'Les', 'Un', 'Une', 'Il', 'Elle', 'The', 'He', 'She', 'It']);

function cleanName(name: string | undefined): string | null {
  if (!name) return null;
  const words = name.trim().split(/\s+/);
  while (words.length > 0 && NOT_NAMES.has(words[0]!)) words.shift();
  return words.length > 0 ? words.join(' ') : null;
}

// Later in the quote's own sentence: `” de Vladimir Poutine, selon Mark Rutte.` /
// `", the minister told reporters, according to Ana Lind.`
const SPEAKER_LATER_IN_SENTENCE = new RegExp(
  String.raw`^[^.!?«»“”"]{0,90}?,\s*(?:selon|d’après|d'après|according to)\s+(?:\p{Ll}[\p{L}’'-]*\s+)*?(${NAME})\s*(?:[.!?;]|$)`,
  'u',
);

/** Finds the speaker named around a quote, or null. */
export function findSpeaker(text: string, quoteStart: number, quoteEnd: number): string | null {
  const after = text.slice(quoteEnd, quoteEnd + 160).replace(/^[\s»”“"]+/u, ' ');
  for (const pattern of SPEAKER_AFTER) {
    const name = cleanName(pattern.exec(after)?.[1]);
    if (name) return name;
  }
  const later = cleanName(SPEAKER_LATER_IN_SENTENCE.exec(after)?.[1]);
  if (later) return later;
  const before = text.slice(Math.max(0, quoteStart - 160), quoteStart).replace(/[\s«“”"]+$/u, ' ');
  for (const pattern of SPEAKER_BEFORE) {
    const name = cleanName(pattern.exec(before)?.[1]);
    if (name) return name;
  }
  return null;
}

/**
 * Whether a curly or straight mark opens or closes a quote, judged by its neighbours first
 * (scraped French copy often opens with ” or closes with “), by its glyph when they are unclear.
 */
function markRole(text: string, index: number, inQuote: boolean): 'open' | 'close' {
  const before = index === 0 ? ' ' : text[index - 1]!;
  const after = text[index + 1] ?? ' ';
  const spaceBefore = /[\s([—–.-]/u.test(before);
  const spaceAfter = /[\s,.;:!?)\]…]/u.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  // Spaced on both sides: a mark followed by a capital outside a quote opens one, whatever
  // its glyph ("Rutte.” Je peux confirmer…” once a cleaner has un-glued the sentences).
  if (!inQuote && spaceBefore && /^\s*\p{Lu}/u.test(text.slice(index + 1, index + 4)))
    return 'open';
  if (text[index] === '”') return 'close';
  return inQuote ? 'close' : 'open';
}

/** Quoted spans as [start, end) of the words inside the marks. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(GUILLEMETS)) {
    const start = match.index + match[0].indexOf(match[1]!);
    spans.push([start, start + match[1]!.length]);
  }
  let opened: number | null = null;
  for (const match of text.matchAll(CURLY_OR_STRAIGHT)) {
    const role = markRole(text, match.index, opened !== null);
    if (role === 'open') opened = match.index + 1;
    else if (opened !== null) {
      if (match.index - opened <= MAX_QUOTE_CHARS) spans.push([opened, match.index]);
      opened = null;
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * Finds quoted speech in French and English text: « guillemets », “curly” and "straight"
 * quotes. Single words in quotes (scare quotes such as “record”) are left out: they say
 * nothing about who said what.
 */
export function extractQuotes(text: string): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  for (const [rawStart, rawEnd] of quotedSpans(text)) {
    const raw = text.slice(rawStart, rawEnd);
    // English puts the comma inside the marks: "…since 1982," mayor X said.
    const inner = raw.trim().replace(/[\s,;:]+$/u, '');
    if ((inner.match(/[\p{L}\p{N}]+/gu) ?? []).length < 2) continue;
    const start = rawStart + raw.indexOf(inner);
    const end = start + inner.length;
    const speaker = findSpeaker(text, rawStart, rawEnd);
    quotes.push({ text: inner, start, end, speaker });
  }
  return quotes;
}
