import { parseHTML } from 'linkedom';
import { hiddenAddress, type MediaKind } from './messages';
import type { ExportEvent } from './json-export';
import { localMinute, tidyText, type MessageReading, type TelegramPost } from './post';

/** One page of an HTML export, read when its turn comes. */
export interface HtmlPage {
  name: string;
  read(): Promise<string>;
}

/** The page number of messages.html (1), messages2.html (2)…; null for other names. */
export function pageNumber(name: string): number | null {
  const found = /^messages(\d*)\.html?$/i.exec(name);
  if (!found) return null;
  return found[1] ? Number(found[1]) : 1;
}

/** Whether an HTML page is a Telegram Desktop export page (its history of messages). */
export function isExportPage(html: string): boolean {
  return /class="page_header"/.test(html) && /class="history"/.test(html);
}

/** The page numbers missing between the first and the last page present. */
export function missingPages(names: readonly string[]): number[] {
  const present = new Set(names.map(pageNumber).filter((page) => page !== null));
  const last = Math.max(0, ...present);
  return Array.from({ length: last }, (_, index) => index + 1).filter((page) => !present.has(page));
}

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: Iterable<Node>;
  getAttribute?(name: string): string | null;
}

type Element = Node & {
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
  children: Iterable<Element>;
};

const hasClass = (element: Element, name: string) =>
  (element.getAttribute('class') ?? '').split(/\s+/).includes(name);

/**
 * Reads the pages of a Telegram Desktop HTML export in order, one page parsed at a time: the
 * chat from the first page's header, then each message as the same record result.json gives.
 * The HTML export does not say whether the chat is a channel: a chat whose every message is
 * signed with the chat's own name is one (in a group or personal chat, people write).
 */
export async function* readHtmlExport(pages: readonly HtmlPage[]): AsyncGenerator<ExportEvent> {
  const ordered = [...pages].sort((a, b) => (pageNumber(a.name) ?? 0) - (pageNumber(b.name) ?? 0));
  let chatName: string | null = null;
  let lastSender: string | null = null;
  for (const page of ordered) {
    const { document } = parseHTML(await page.read());
    const root = document as unknown as Element;
    const messages = [...root.querySelectorAll('.history > .message')];
    if (chatName === null) {
      chatName = tidyText(root.querySelector('.page_header .text')?.textContent ?? '') || page.name;
      const senders = messages
        .map((message) => message.querySelector('.body > .from_name')?.textContent ?? null)
        .filter((sender): sender is string => sender !== null)
        .map((sender) => tidyText(sender));
      const channel = senders.every((sender) => sender === chatName);
      yield { kind: 'chat', chat: { name: chatName, telegramId: null, channel } };
    }
    for (const message of messages) {
      const sender = message.querySelector('.body > .from_name');
      if (sender) lastSender = tidyText(sender.textContent ?? '');
      yield { kind: 'message', reading: readHtmlMessage(message, chatName, lastSender) };
    }
  }
}

function readHtmlMessage(message: Element, channel: string, sender: string | null): MessageReading {
  const id = /^message(\d+)$/.exec(message.getAttribute('id') ?? '')?.[1];
  if (hasClass(message, 'service') || !id) return { kind: 'service' };
  const body = [...message.children].find((child) => hasClass(child, 'body'));
  if (!body) return { kind: 'service' };
  const times = (body.querySelector('.date.details')?.getAttribute('title') ?? '').split('\n');
  const published = htmlTime(times[0] ?? '');
  const edited = times.find((line) => /^edited/i.test(line.trim()));
  const forwarded = body.querySelector('.forwarded.body');
  const textElement = (forwarded ?? body).querySelector('.text');
  const { text, links } = textElement ? inlineText(textElement) : { text: '', links: [] };
  const media = htmlMedia(body);
  if (!/[\p{L}\p{N}]/u.test(text) || !published) return { kind: 'no-text', media };
  const reply = body.querySelector('.reply_to a')?.getAttribute('href') ?? '';
  const signature = body.querySelector('.signature')?.textContent;
  const forwardedName = forwarded?.querySelector('.from_name');
  const post: TelegramPost = {
    channel,
    id: Number(id),
    published,
    author: tidyText(signature ?? '') || sender || null,
    text,
    links,
    forwardedFrom: forwardedName ? tidyText(ownText(forwardedName)) || null : null,
    edited: edited ? htmlTime(edited.replace(/^\s*edited:?\s*/i, '')) : null,
    replyTo: Number(/go_to_message(\d+)/.exec(reply)?.[1]) || null,
    media,
    link: null,
  };
  return { kind: 'post', post };
}

// "28.10.2024 07:52:13 UTC+01:00": the local time and the exporter's zone.
function htmlTime(title: string): string | null {
  const found =
    /(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})(?::\d{2})?(?: UTC([+-])(\d{2}):(\d{2}))?/.exec(
      title,
    );
  if (!found) return null;
  const [, day, month, year, hour, minute, sign, offsetHours, offsetMinutes] = found;
  const local = `${year}-${month}-${day}T${hour}:${minute}`;
  if (!sign) return local;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return localMinute(Date.parse(`${local}Z`) / 1000 - offset * 60, offset);
}

// The words of an element without its nested details (a forward's date).
function ownText(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (!(child.getAttribute?.('class') ?? '').includes('details'))
      text += child.textContent ?? '';
  }
  return text;
}

/** A message's text as plain text: line breaks kept, linked words with their address. */
function inlineText(element: Element): { text: string; links: string[] } {
  const links: string[] = [];
  const walk = (node: Node): string => {
    if (node.nodeType === 3) return (node.textContent ?? '').replace(/\s*\n\s*/g, ' ');
    if (node.nodeName === 'BR') return '\n';
    let text = '';
    for (const child of node.childNodes) text += walk(child);
    const href = node.nodeName === 'A' ? node.getAttribute?.('href') : null;
    if (href && hiddenAddress(text, href)) links.push(href);
    return text;
  };
  const text = tidyText(walk(element));
  return { text, links: [...new Set(links)] };
}

function htmlMedia(body: Element): MediaKind[] {
  const media: MediaKind[] = [];
  for (const wrap of body.querySelectorAll('.media_wrap > *')) {
    const kind =
      (wrap.getAttribute('class') ?? '') +
      ' ' +
      (wrap.querySelector('*')?.getAttribute('class') ?? '');
    if (/photo/.test(kind)) media.push('photo');
    else if (/video|animated/.test(kind)) media.push('video');
    else if (/voice|audio/.test(kind)) media.push('audio');
    else if (/sticker/.test(kind)) media.push('sticker');
    else if (/poll/.test(kind)) media.push('poll');
    else if (/location/.test(kind)) media.push('location');
    else if (/contact/.test(kind)) media.push('contact');
    else media.push('file');
  }
  return media;
}
