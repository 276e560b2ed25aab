import { localMinute, tidyText, type MessageReading, type TelegramPost } from './post';

/** A message of result.json as Telegram Desktop writes it (the fields read here). */
export interface JsonMessage {
  id?: number;
  type?: string;
  date?: string;
  date_unixtime?: string;
  edited?: string;
  edited_unixtime?: string;
  from?: string | null;
  author?: string;
  forwarded_from?: string | null;
  reply_to_message_id?: number;
  text?: string | JsonTextPart[];
  text_entities?: JsonTextPart[];
  photo?: string;
  file?: string;
  media_type?: string;
  poll?: unknown;
  location_information?: unknown;
  contact_information?: unknown;
}

/** A run of a message's text: plain, or an entity (bold, link, mention…). */
export type JsonTextPart = string | { type?: string; text?: string; href?: string };

/**
 * The words of a message: the array of strings and entities flattened into plain text, and
 * the addresses behind linked words (a link whose words are its address, a @mention or a
 * #hashtag already shows itself).
 */
export function flattenText(parts: string | readonly JsonTextPart[] | undefined): {
  text: string;
  links: string[];
} {
  if (parts === undefined) return { text: '', links: [] };
  if (typeof parts === 'string') return { text: tidyText(parts), links: [] };
  let text = '';
  const links: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    const words = part.text ?? '';
    text += words;
    if (part.href && hiddenAddress(words, part.href)) links.push(part.href);
  }
  return { text: tidyText(text), links: [...new Set(links)] };
}

/** Whether a link's words hide its address (so the address must be kept beside them). */
export function hiddenAddress(words: string, href: string): boolean {
  const shown = words.trim();
  if (/^[@#]/.test(shown) || !/^https?:\/\//i.test(href)) return false;
  const bare = (url: string) => url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  return bare(shown) !== bare(href);
}

/** Media named by kind, the same words from both export forms. */
export type MediaKind =
  'photo' | 'video' | 'audio' | 'sticker' | 'file' | 'poll' | 'location' | 'contact';

function jsonMedia(message: JsonMessage): MediaKind[] {
  const media: MediaKind[] = [];
  if (message.photo) media.push('photo');
  if (message.file || message.media_type) {
    const type = message.media_type ?? '';
    if (/video|animation/.test(type)) media.push('video');
    else if (/voice|audio/.test(type)) media.push('audio');
    else if (type === 'sticker') media.push('sticker');
    else media.push('file');
  }
  if (message.poll) media.push('poll');
  if (message.location_information) media.push('location');
  if (message.contact_information) media.push('contact');
  return media;
}

// `date` is the exporter's local time, `date_unixtime` the instant: their difference is the
// exporter's zone, which the post's time keeps.
function jsonTime(local: string | undefined, unix: string | undefined): string | null {
  if (!local) return null;
  const epoch = Number(unix);
  if (!unix || !Number.isFinite(epoch)) return local.slice(0, 16);
  const offset = Math.round((Date.parse(`${local}Z`) / 1000 - epoch) / 60);
  return localMinute(epoch, offset);
}

/** Reads one message of result.json as a post, a service message, or a post without text. */
export function readJsonMessage(message: JsonMessage, channel: string): MessageReading {
  if (message.type !== 'message' || typeof message.id !== 'number') return { kind: 'service' };
  const { text, links } = flattenText(message.text_entities ?? message.text);
  const media = jsonMedia(message);
  const published = jsonTime(message.date, message.date_unixtime);
  if (!/[\p{L}\p{N}]/u.test(text) || !published) return { kind: 'no-text', media };
  const post: TelegramPost = {
    channel,
    id: message.id,
    published,
    author: message.author?.trim() || message.from?.trim() || null,
    text,
    links,
    forwardedFrom: message.forwarded_from?.trim() || null,
    edited: jsonTime(message.edited, message.edited_unixtime),
    replyTo: message.reply_to_message_id ?? null,
    media,
    link: null,
  };
  return { kind: 'post', post };
}
