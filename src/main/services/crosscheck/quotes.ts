/** A stretch of quoted speech found in a text, with its speaker when the text names one. */
export interface FoundQuote {
  /** The words between the quotation marks. */
  text: string;
  /** Offsets of the quoted words (marks excluded) in the text searched. */
  start: number;
  end: number;
  speaker: string | null;
}

// Opening mark → the closing marks accepted for it. Scraped French text often closes “ with ”
// or even opens with ” (seen in the wild), and straight quotes pair with themselves.
const QUOTE_PATTERN =
  /«\s*([^«»]{3,1500}?)\s*»|[“”„]([^“”„"\n]{3,1500}?)[”“]|"([^"\n]{3,1500}?)"/gu;

// A capitalised name of one to four words: "Mark Rutte", "Hélène Garnier", "Zelensky".
const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+(?:de\s+|von\s+|van\s+)?\p{Lu}[\p{L}’'-]+){0,3}`;
const SPEECH_VERBS_FR = String.raw`(?:a|avait|ont|aurait)\s+(?:déclaré|dit|affirmé|indiqué|estimé|ajouté|assuré|expliqué|souligné|répété|martelé|précisé|confirmé|écrit|annoncé|lancé|prévenu|poursuivi)`;
const SPEECH_VERBS_EN = String.raw`(?:said|told|says|added|declared|stated|wrote|warned|explained)`;

// After the closing mark: `», a déclaré le maire, Hélène Garnier` / `," mayor Hélène Garnier told`
// / `", said Mark Rutte` / `, according to Vedant Patel` / `, selon Volodymyr Zelensky`.
const SPEAKER_AFTER = [
  new RegExp(
    String.raw`^\s*[,.]?\s*${SPEECH_VERBS_FR}(?:\s+(?:\p{Ll}[\p{L}’'-]*|[,:]))*?\s*(${NAME})`,
    'u',
  ),
  new RegExp(
    String.raw`^\s*[,.]?\s*${SPEECH_VERBS_EN}(?:\s+(?:\p{Ll}[\p{L}’'-]*|[,:]))*?\s*(${NAME})`,
    'u',
  ),
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

/** Finds the speaker named around a quote, or null. */
export function findSpeaker(text: string, quoteStart: number, quoteEnd: number): string | null {
  const after = text.slice(quoteEnd, quoteEnd + 160);
  for (const pattern of SPEAKER_AFTER) {
    const name = cleanName(pattern.exec(after)?.[1]);
    if (name) return name;
  }
  const before = text.slice(Math.max(0, quoteStart - 160), quoteStart);
  for (const pattern of SPEAKER_BEFORE) {
    const name = cleanName(pattern.exec(before)?.[1]);
    if (name) return name;
  }
  return null;
}

/**
 * Finds quoted speech in French and English text: « guillemets », “curly” and "straight"
 * quotes. Single words in quotes (scare quotes such as “record”) are left out: they say
 * nothing about who said what.
 */
export function extractQuotes(text: string): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  for (const match of text.matchAll(QUOTE_PATTERN)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? '';
    const words = inner.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < 2) continue;
    const offset = match[0].indexOf(inner);
    const start = match.index + offset;
    const end = start + inner.length;
    const markEnd = match.index + match[0].length;
    quotes.push({ text: inner, start, end, speaker: findSpeaker(text, match.index, markEnd) });
  }
  return quotes;
}
