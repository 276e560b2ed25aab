import { JSONParser } from '@streamparser/json';
import { RecoupeError } from '../../../../shared/result';
import { readJsonMessage, type JsonMessage } from './messages';
import type { MessageReading, TelegramChat } from './post';

/** What a streamed result.json gives: its chat first, then each message in order. */
export type ExportEvent =
  { kind: 'chat'; chat: TelegramChat } | { kind: 'message'; reading: MessageReading };

/** The chat types Telegram Desktop writes for channels (their posts are public). */
const CHANNEL_TYPES = new Set(['public_channel', 'private_channel', 'channel']);

/** A result.json that stops being valid JSON: where, and how many messages came before. */
export class BrokenExportError extends RecoupeError {
  constructor(
    fileName: string,
    readonly position: number,
    readonly messagesBefore: number,
    reason: string,
  ) {
    super(
      'corrupt-file',
      `${fileName} is not valid JSON at byte ${position.toLocaleString('en')} (after ${messagesBefore} messages): ${reason}. The export may have been cut short; export the chat again, or import the messages read before this point.`,
    );
  }
}

/**
 * Streams a Telegram Desktop result.json: the chat's name, type and id, then one message at
 * a time, so an export of any size is read in bounded memory (the parser keeps no emitted
 * message, and each chunk's messages are handed on before the next chunk is read).
 */
export async function* readJsonExport(
  chunks: AsyncIterable<Uint8Array>,
  fileName: string,
): AsyncGenerator<ExportEvent> {
  const header: { name?: string; type?: string; id?: number | string } = {};
  let chat: TelegramChat | null = null;
  const ready: JsonMessage[] = [];
  let messages = 0;
  let consumed = 0;
  const parser = new JSONParser({
    paths: ['$.name', '$.type', '$.id', '$.messages.*'],
    keepStack: false,
  });
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1 && (key === 'name' || key === 'type' || key === 'id')) {
      header[key] = value as never;
    } else if (stack.length === 2 && typeof key === 'number') {
      ready.push(value as JsonMessage);
    }
  };
  const chatOf = (): TelegramChat => ({
    name: typeof header.name === 'string' && header.name.trim() ? header.name.trim() : fileName,
    telegramId: header.id === undefined ? null : String(header.id),
    channel: CHANNEL_TYPES.has(header.type ?? ''),
  });
  const broken = (error: unknown, position: number) =>
    new BrokenExportError(fileName, position, messages, reason(error));
  for await (const chunk of chunks) {
    try {
      parser.write(chunk);
    } catch (error) {
      throw broken(error, positionIn(error) ?? consumed);
    }
    consumed += chunk.byteLength;
    for (const message of ready.splice(0)) {
      if (!chat) {
        chat = chatOf();
        yield { kind: 'chat', chat };
      }
      messages++;
      yield { kind: 'message', reading: readJsonMessage(message, chat.name) };
    }
  }
  if (!parser.isEnded) {
    try {
      parser.end();
    } catch (error) {
      throw broken(error, consumed);
    }
  }
  if (header.name === undefined && header.type === undefined) {
    throw new RecoupeError(
      'corrupt-file',
      `${fileName} is JSON but not a Telegram chat export (it has no chat name or type).`,
    );
  }
  if (!chat) yield { kind: 'chat', chat: chatOf() };
}

function positionIn(error: unknown): number | undefined {
  const found = /absolute position "(\d+)"/.exec(error instanceof Error ? error.message : '');
  return found ? Number(found[1]) : undefined;
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/ended in the middle|ended in mid-parsing/i.test(message)) return 'the file ends early';
  const unexpected = /Unexpected "(.)"/.exec(message);
  return unexpected ? `unexpected "${unexpected[1]}"` : message;
}

/** A buffer as chunks, as a file would be read (bytes sent by the browser). */
export async function* chunksOf(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.byteLength; start += size) {
    yield bytes.subarray(start, start + size);
  }
}
