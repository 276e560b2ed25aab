/** What a paste carries: HTML when the source gave it (a web page), and its plain text. */
export interface Pasted {
  html: string | null;
  text: string;
}

/** The fields a pasted document may be given (all optional). */
export interface PastedFields {
  title: string;
  url: string;
  outlet: string;
  author: string;
  publishedAt: string;
}

/** A paste's content from a clipboard event. */
export function fromClipboard(data: DataTransfer | null): Pasted | null {
  if (!data) return null;
  const html = data.getData('text/html') || null;
  const text = data.getData('text/plain');
  if (!text.trim() && !html) return null;
  return { html, text };
}

/**
 * The fields the paste itself carries: a web address alone on the first or last line (how
 * people copy a post with its link), and the page's canonical address in pasted HTML.
 */
export function fieldsFromPaste(pasted: Pasted): Partial<PastedFields> {
  const lines = pasted.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const address = [lines[0], lines.at(-1)].find((line) => line && /^https?:\/\/\S+$/.test(line));
  const canonical = pasted.html?.match(/<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)/i);
  const url = address ?? canonical?.[1];
  return url ? { url } : {};
}

/** The bytes to import and the file name telling the import how to read them. */
export function pastedFile(pasted: Pasted, title: string): { name: string; base64: string } {
  const html = pasted.html && /<(p|div|article|h[1-6]|br|li)[\s>]/i.test(pasted.html);
  const body = html ? wrapFragment(pasted.html!) : pasted.text;
  const base = (title.trim() || 'clipboard').replace(/[\\/:*?"<>|]+/g, ' ').slice(0, 80);
  return { name: `${base}.${html ? 'html' : 'txt'}`, base64: toBase64(body) };
}

// The clipboard holds a fragment; the saved-page extraction expects a page.
function wrapFragment(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
}

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}
