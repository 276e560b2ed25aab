import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A run of a post's text: plain words, or an entity as result.json writes it. */
export type Part =
  | string
  | { type: 'bold' | 'italic' | 'mention' | 'hashtag' | 'link'; text: string }
  | { type: 'text_link'; text: string; href: string };

/** A message of a test export, written in both forms by the functions below. */
export interface TestMessage {
  id: number;
  /** Seconds since 1970 (UTC). */
  unix: number;
  service?: string;
  from?: string;
  signature?: string;
  parts?: Part[];
  forwardedFrom?: string;
  editedUnix?: number;
  replyTo?: number;
  photo?: boolean;
}

/** A chat of a test export. */
export interface TestChat {
  name: string;
  type: 'public_channel' | 'private_channel' | 'personal_chat' | 'private_group';
  id: number;
  messages: TestMessage[];
}

/** The exporter's zone in minutes east of UTC. */
const pad = (value: number) => String(value).padStart(2, '0');
function local(unix: number, offset: number): Date {
  return new Date((unix + offset * 60) * 1000);
}
function jsonDate(unix: number, offset: number): string {
  return local(unix, offset).toISOString().slice(0, 19);
}
function htmlDate(unix: number, offset: number): string {
  const date = local(unix, offset);
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC${zone}`;
}

/** result.json as Telegram Desktop writes it for one chat. */
export function jsonExport(chat: TestChat, offset: number): string {
  const messages = chat.messages.map((message) => {
    const base = {
      id: message.id,
      type: message.service ? 'service' : 'message',
      date: jsonDate(message.unix, offset),
      date_unixtime: String(message.unix),
    };
    if (message.service) {
      return { ...base, actor: chat.name, action: message.service, text: '', text_entities: [] };
    }
    const parts = message.parts ?? [];
    const plain = parts.every((part) => typeof part === 'string');
    return {
      ...base,
      ...(message.editedUnix
        ? {
            edited: jsonDate(message.editedUnix, offset),
            edited_unixtime: String(message.editedUnix),
          }
        : {}),
      from: message.from ?? chat.name,
      from_id: `channel${chat.id}`,
      ...(message.signature ? { author: message.signature } : {}),
      ...(message.forwardedFrom ? { forwarded_from: message.forwardedFrom } : {}),
      ...(message.replyTo ? { reply_to_message_id: message.replyTo } : {}),
      ...(message.photo
        ? { photo: `photos/photo_${message.id}.jpg`, width: 800, height: 600 }
        : {}),
      text: plain ? parts.join('') : parts,
      text_entities: parts.map((part) =>
        typeof part === 'string' ? { type: 'plain', text: part } : part,
      ),
    };
  });
  return JSON.stringify({ name: chat.name, type: chat.type, id: chat.id, messages }, null, 1);
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lines = (text: string) => escape(text).replace(/\n/g, '<br>');

function partHtml(part: Part): string {
  if (typeof part === 'string') return lines(part);
  if (part.type === 'bold') return `<strong>${lines(part.text)}</strong>`;
  if (part.type === 'italic') return `<em>${lines(part.text)}</em>`;
  if (part.type === 'text_link') return `<a href="${escape(part.href)}">${lines(part.text)}</a>`;
  if (part.type === 'link') return `<a href="${escape(part.text)}">${lines(part.text)}</a>`;
  if (part.type === 'mention') {
    return `<a href="https://t.me/${escape(part.text.slice(1))}">${escape(part.text)}</a>`;
  }
  return `<a href="" onclick="return ShowHashtag(&quot;${escape(part.text.slice(1))}&quot;)">${escape(part.text)}</a>`;
}

function messageHtml(
  chat: TestChat,
  message: TestMessage,
  offset: number,
  joined: boolean,
): string {
  if (message.service) {
    return `<div class="message service" id="message${message.id}">\n <div class="body details">\n${escape(chat.name)} ${escape(message.service)}\n </div>\n</div>`;
  }
  const title =
    htmlDate(message.unix, offset) +
    (message.editedUnix ? `\nEdited: ${htmlDate(message.editedUnix, offset)}` : '');
  const text = `<div class="text">\n${(message.parts ?? []).map(partHtml).join('')}\n</div>`;
  const inner = [
    `<div class="pull_right date details" title="${title}">${htmlDate(message.unix, offset).slice(11, 16)}</div>`,
    joined ? '' : `<div class="from_name">\n${escape(message.from ?? chat.name)}\n</div>`,
    message.replyTo
      ? `<div class="reply_to details">\nIn reply to <a href="#go_to_message${message.replyTo}" onclick="return GoToMessage(${message.replyTo})">this message</a>\n</div>`
      : '',
    message.photo
      ? `<div class="media_wrap clearfix">\n<a class="photo_wrap clearfix pull_left" href="photos/photo_${message.id}.jpg"><img class="photo" src="photos/photo_${message.id}_thumb.jpg" style="width: 260px; height: 195px"/></a>\n</div>`
      : '',
    message.forwardedFrom
      ? `<div class="forwarded body">\n<div class="from_name">\n${escape(message.forwardedFrom)}<span class="date details" title="${htmlDate(message.unix, offset)}"> ${htmlDate(message.unix, offset).slice(0, 10)}</span>\n</div>\n${message.parts?.length ? text : ''}\n</div>`
      : message.parts?.length
        ? text
        : '',
    message.signature
      ? `<div class="signature details">\n${escape(message.signature)}\n</div>`
      : '',
  ].join('\n');
  const classes = `message default clearfix${joined ? ' joined' : ''}`;
  return `<div class="${classes}" id="message${message.id}">\n<div class="pull_left userpic_wrap"><div class="userpic" style="width: 42px; height: 42px"><div class="initials">A</div></div></div>\n<div class="body">\n${inner}\n</div>\n</div>`;
}

/** messages.html, messages2.html… as Telegram Desktop writes them, `perPage` messages a page. */
export function htmlExport(chat: TestChat, offset: number, perPage = 1000): Map<string, string> {
  const pages = new Map<string, string>();
  for (let start = 0, page = 1; start < chat.messages.length; start += perPage, page++) {
    let joined = false;
    const body = chat.messages
      .slice(start, start + perPage)
      .map((message) => {
        const html = messageHtml(chat, message, offset, joined && !message.service);
        joined = !message.service;
        return html;
      })
      .join('\n');
    const name = page === 1 ? 'messages.html' : `messages${page}.html`;
    pages.set(
      name,
      `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8"/>\n<title>Exported Data</title>\n<link href="css/style.css" rel="stylesheet"/>\n</head>\n<body onload="CheckLocation();">\n<div class="page_wrap">\n<div class="page_header">\n<div class="content">\n<div class="text bold">\n${escape(chat.name)}\n</div>\n</div>\n</div>\n<div class="page_body chat_page">\n<div class="history">\n${body}\n</div>\n</div>\n</div>\n</body>\n</html>\n`,
    );
  }
  return pages;
}

/** Writes a chat's export folder in the given form; returns the folder. */
export function writeExport(
  parent: string,
  chat: TestChat,
  form: 'json' | 'html',
  offset: number,
  perPage = 1000,
): string {
  const folder = join(parent, `ChatExport_${chat.id}_${form}`);
  mkdirSync(join(folder, 'photos'), { recursive: true });
  if (form === 'json') writeFileSync(join(folder, 'result.json'), jsonExport(chat, offset));
  else
    for (const [name, html] of htmlExport(chat, offset, perPage))
      writeFileSync(join(folder, name), html);
  return folder;
}
