import type { Channel, Input, Output } from '../../../shared/contract';

/** What a command needs to run: a typed call into the services. */
export type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

/** The options a command may read (each command ignores the ones it does not use). */
export interface CommandOptions {
  limit?: number;
  offset?: number;
  out?: string;
  all?: boolean;
  force?: boolean;
  links?: string;
  repair?: boolean;
  from?: string;
  /** set: the document fields given on the command line. */
  fields?: Partial<Record<'title' | 'outlet' | 'author' | 'publishedAt' | 'url', string>>;
  /** import -: the fields of the document read from standard input. */
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  /** import: a Telegram personal or group chat is imported only with this. */
  privateChat?: boolean;
  /** import: a broken result.json's posts before the break are kept only with this. */
  keepPartial?: boolean;
}

/** One CLI command: how it calls the services and how it prints for people. */
export interface Command {
  usage: string;
  summary: string;
  /**
   * The most words the command takes after its name; left out for commands that take any
   * number (paths, search words). A stray word is refused rather than
   * ignored: `list 5` would otherwise print the first page as if the 5 had been read.
   */
  arguments?: number;
  run(call: Call, positionals: string[], options: CommandOptions): Promise<unknown>;
  print(value: unknown): string;
  /**
   * For commands that must not open the corpus (restore replaces its file): runs instead of
   * `run`, with the data folder.
   */
  runClosed?(dataDir: string, positionals: string[], options: CommandOptions): Promise<unknown>;
  /** Exit code 1 for a value that reports a failure (a check that found problems). */
  failed?(value: unknown): boolean;
}

/** A mistake in how the command was typed; printed with the usage. */
export class UsageError extends Error {}

/** Parses a positive whole number argument or explains what is wrong. */
export function positiveInteger(text: string | undefined, what: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new UsageError(`${what} must be a positive whole number.`);
  return value;
}
