import type { ArticleFields } from '../clean/clean';
import type { ExtractedDocument } from '../extract';
import type { RawBlock } from '../formats/raw-block';

/** The name a stored post's part carries, so re-processing reads it as a post. */
export const TELEGRAM_POST_SUFFIX = '.telegram-post';

/** A chat as an export describes it. */
export interface TelegramChat {
  name: string;
  /** Telegram's id (result.json only; the HTML export does not give it). */
  telegramId: string | null;
  /** Whether it is a channel (public posts) rather than a personal or group chat. */
  channel: boolean;
}

/**
 * One post, as both export forms give it: the part of the export a document keeps as its
 * original bytes. The same post read from result.json or from messages.html is the same
 * record, so both forms make the same document.
 */
export interface TelegramPost {
  channel: string;
  id: number;
  /** The post's time to the minute with the exporter's zone, e.g. 2024-10-28T07:52+01:00. */
  published: string;
  author: string | null;
  text: string;
  /** Addresses behind linked words (a "text link" shows other words than its address). */
  links: string[];
  forwardedFrom: string | null;
  edited: string | null;
  replyTo: number | null;
  /** Media the post carried, by kind: named, never imported. */
  media: string[];
  /** https://t.me/<public name>/<id>, once the channel's public name is known. */
  link: string | null;
}

/** What a message of an export is: a post with text, or why it is not imported. */
export type MessageReading =
  { kind: 'post'; post: TelegramPost } | { kind: 'service' } | { kind: 'no-text'; media: string[] };

/** The post's link from the channel's public name. */
export function postLink(publicName: string | null, id: number): string | null {
  return publicName ? `https://t.me/${publicName}/${id}` : null;
}

/**
 * An instant as a local time to the minute with its UTC offset: the zone the exporter's
 * machine was in, which both forms of the export record (result.json as the difference between
 * `date` and `date_unixtime`, messages.html as "UTC+01:00").
 */
export function localMinute(epochSeconds: number, offsetMinutes: number): string {
  const local = new Date((epochSeconds + offsetMinutes * 60) * 1000).toISOString().slice(0, 16);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

/** The post's text with its readable words, trimmed line by line. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC');
}

/** The stored part of a post: its record as JSON, one field per line for readers. */
export function postBytes(post: TelegramPost): Uint8Array {
  return Buffer.from(JSON.stringify(post, null, 1), 'utf8');
}

/** The document a stored post makes: its text as the body, its fields from the export. */
export function readPost(bytes: Uint8Array): ExtractedDocument {
  const post = JSON.parse(Buffer.from(bytes).toString('utf8')) as TelegramPost;
  // A post's line breaks are its paragraphs.
  const blocks: RawBlock[] = post.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((text) => ({ text, kind: 'body' }));
  // What the export says about the post is kept beside it, set aside from the quoted words.
  const about = (text: string) => blocks.push({ text, kind: 'metadata' });
  if (post.forwardedFrom) about(`Forwarded from ${post.forwardedFrom}`);
  if (post.replyTo !== null) about(`In reply to post ${post.replyTo}`);
  if (post.edited) about(`Edited ${post.edited}`);
  for (const media of post.media) about(`${media} (not imported)`);
  for (const link of post.links) about(link);
  const metadata = (value: string) => ({ value, source: 'metadata' as const });
  const known: ArticleFields = {
    title: metadata(postTitle(post)),
    outlet: metadata(post.channel),
    publishedAt: metadata(post.published),
  };
  if (post.author) known.author = metadata(post.author);
  if (post.link) known.url = metadata(post.link);
  return { format: 'telegram', blocks, known, verbatim: true };
}

// A post has no headline: its first sentence names it, shortened at a word boundary.
function postTitle(post: TelegramPost): string {
  const first = post.text.split('\n').find((line) => line.trim()) ?? '';
  const sentence = first.match(/^.+?[.!?…](?=\s|$)/u)?.[0] ?? first;
  if (sentence.length <= 120) return sentence;
  return `${sentence.slice(0, 120).replace(/\s+\S*$/u, '')}…`;
}
