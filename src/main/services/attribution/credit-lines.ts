import type { FieldEvidence } from '../../../shared/attribution';

/** Wire agencies, as credit lines name them. */
const AGENCIES =
  /^(AFP|Reuters|AP|Associated Press|Belga|ATS|Keystone-ATS|DPA|ANSA|EFE|Xinhua|Bloomberg|PA|UPI|Agence France-Presse)$/i;

// Lines about pictures: their credits name a photographer or a picture agency, not the outlet.
const PICTURE_LINE =
  /^(photo|photos|crédits?|credits?|image|images|illustration|vidéo|video|picture|photograph|infographie)\b/iu;
const PICTURE_AGENCIES =
  /getty|afp via|shutterstock|istock|sipa|abaca|maxppp|hans lucas|alamy|imago|epa\b|reuters\/|ap photo/i;

const clean = (name: string) =>
  name
    .replace(/\s+/g, ' ')
    .replace(/^(the|le|la|les)\s+(?=rédaction|redaction|newsroom)/i, '')
    .replace(/[\s.,;:–—-]+$/u, '')
    .replace(/\s+(?:19|20)\d{2}$/u, '')
    .trim();

/** One outlet a credit line names, with its words. */
export interface Credit {
  outlet: string;
  words: string;
  /** A wire agency credited for the story ("(AFP)", "avec AFP"), weaker than a copyright line. */
  wire: boolean;
}

/**
 * Reads the credit lines of an article's blocks: "© L'Express", "Copyright 2024 The Guardian",
 * "Source : AFP", "Le Figaro avec AFP", "PARIS (AFP) -". Photo credits ("Photo : Getty Images",
 * captions ending "REUTERS/Name") are skipped and returned as ignored evidence.
 */
export function readCredits(blocks: readonly { kind: string; text: string }[]): {
  credits: Credit[];
  ignored: FieldEvidence[];
} {
  const credits: Credit[] = [];
  const ignored: FieldEvidence[] = [];
  for (const block of blocks) {
    const text = block.text.trim();
    if (text.length > 600) {
      wireDateline(text, credits);
      continue;
    }
    if (block.kind === 'caption' || PICTURE_LINE.test(text) || PICTURE_AGENCIES.test(text)) {
      if ((PICTURE_LINE.test(text) || text.includes('©')) && text.length <= 160)
        ignored.push({
          kind: 'ignored',
          words: text,
          notes: [{ code: 'photo-credit' }],
        });
      continue;
    }
    const copyright =
      /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:[,.]\s*)?([^|\n©]{2,50}?)(?:[.,|]|\s+-|\s+tous droits|\s+all rights|$)/iu.exec(
        text,
      );
    if (copyright?.[1] && /\p{L}/u.test(copyright[1])) {
      const outlet = clean(copyright[1]);
      if (outlet && outlet.split(' ').length <= 6)
        credits.push({ outlet, words: text.slice(0, 120), wire: AGENCIES.test(outlet) });
      continue;
    }
    const source = /^sources?\s*:\s*([^\n]{2,40})$/iu.exec(text);
    if (source && source[1]!.split(/\s+/).length <= 4 && !/^https?:/i.test(source[1]!)) {
      const outlet = clean(source[1]!);
      credits.push({ outlet, words: text, wire: AGENCIES.test(outlet) });
      continue;
    }
    const withAgency = /^(?:(.{2,40}?)\s+)?avec\s+(AFP|Reuters|AP|Belga|ATS)$/iu.exec(text);
    if (withAgency) {
      const outlet =
        withAgency[1] && !/^(la )?r[ée]daction$/i.test(withAgency[1])
          ? clean(withAgency[1])
          : withAgency[2]!;
      credits.push({ outlet, words: text, wire: !withAgency[1] });
      continue;
    }
    wireDateline(text, credits);
  }
  return { credits, ignored };
}

// "PARIS (AFP) -", "(Reuters) -" at a paragraph's start, or "(AFP)" closing a short one.
function wireDateline(text: string, credits: Credit[]): void {
  const start = /^(?:[\p{Lu}][\p{Lu}\s'’-]{1,30}\s)?\((AFP|Reuters|AP|Belga|ATS)\)\s*[-–—]/u.exec(
    text,
  );
  const end = text.length <= 200 ? /\((AFP|Reuters|AP|Belga)\)\s*$/u.exec(text) : null;
  const found = start ?? end;
  if (found) credits.push({ outlet: found[1]!, words: found[0].trim(), wire: true });
}
