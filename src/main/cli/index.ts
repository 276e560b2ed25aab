import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Channel, Input, Output } from '../../shared/contract';
import { RecoupeError } from '../../shared/result';
import { openCorpus, resolveDataDir } from '../app/corpus';
import { storageError } from '../db/storage-errors';
import { dispatch, unexpected } from '../app/dispatch';
import { logError, useErrorLog } from '../services/support/error-log';
import { doorRefusal } from '../app/door-policy';
import { commands, UsageError, type Call } from './commands/index';

const usage = `Usage: recoupe [--data DIR] <command> [--json]

Commands:
${Object.values(commands)
  .map((command) =>
    command.usage.length > 32
      ? `  ${command.usage}\n${' '.repeat(36)}${command.summary}`
      : `  ${command.usage.padEnd(34)}${command.summary}`,
  )
  .join('\n')}

Options:
  --data DIR    the data folder (default: $RECOUPE_DATA, else the app's data folder)
  --json        print exactly one JSON value on stdout
  --limit N     how many results search and similar return (default 20), list shows (default all)
  --offset N    list: how many documents to skip, newest first
  --out PATH    export: a file, or a folder with --all; backup: the file to write
  --all         export every note; reprocess every document
  --links STYLE export links as plain Markdown (default) or wiki ([[…]], Obsidian/Zettlr)
  --repair      check: apply the safe repairs
  --from FILE   restore: the backup to restore
  --force       export: replace existing files; restore: replace the corpus (kept aside)
  --title T, --outlet O, --author A, --published DATE, --url U
                set: the corrected fields ("" clears one, "auto" gives it back to the import);
                import -: the fields of the document read from standard input
  --private-chat  import: import a Telegram personal or group chat (private messages)
  --keep-partial  import: keep the posts read before the point where a result.json breaks`;

/** Runs the CLI with the given arguments and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        offset: { type: 'string' },
        out: { type: 'string' },
        all: { type: 'boolean', default: false },
        links: { type: 'string' },
        repair: { type: 'boolean', default: false },
        from: { type: 'string' },
        force: { type: 'boolean', default: false },
        title: { type: 'string' },
        outlet: { type: 'string' },
        author: { type: 'string' },
        published: { type: 'string' },
        url: { type: 'string' },
        'private-chat': { type: 'boolean', default: false },
        'keep-partial': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const [name, ...positionals] = parsed.positionals;
  const command = name ? commands[name] : undefined;
  if (parsed.values.help || !command) {
    if (!parsed.values.help) process.stderr.write(name ? `Unknown command: ${name}\n\n` : '');
    (parsed.values.help ? process.stdout : process.stderr).write(`${usage}\n`);
    return parsed.values.help ? 0 : 2;
  }
  const most = command.arguments;
  if (most !== undefined && positionals.length > most) {
    const stray = positionals
      .slice(most)
      .map((word) => `"${word}"`)
      .join(' ');
    const takes =
      most === 0
        ? 'takes no arguments'
        : `takes ${most === 1 ? 'one argument' : `${most} arguments`}`;
    process.stderr.write(
      `${name} ${takes}; ${stray} was not expected.\n\nUsage: ${command.usage}\n`,
    );
    return 2;
  }
  const limit = parsed.values.limit === undefined ? undefined : Number(parsed.values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0 && limit <= 200)) {
    process.stderr.write('--limit must be a whole number from 1 to 200.\n');
    return 2;
  }

  const offset = parsed.values.offset === undefined ? undefined : Number(parsed.values.offset);
  if (offset !== undefined && !(Number.isInteger(offset) && offset >= 0)) {
    process.stderr.write('--offset must be a whole number, 0 or more.\n');
    return 2;
  }

  const { repair, out, from, force, all, links } = parsed.values;
  const { title, outlet, author, published, url } = parsed.values;
  const fields = { title, outlet, author, publishedAt: published, url };
  const options = {
    ...{ limit, offset, repair, out, from, force, all, links, fields },
    ...{ title, url, outlet, published },
    privateChat: parsed.values['private-chat'],
    keepPartial: parsed.values['keep-partial'],
  };
  const print = (value: unknown) =>
    process.stdout.write(
      parsed.values.json ? `${JSON.stringify(value, null, 2)}\n` : `${command.print(value)}\n`,
    );
  useErrorLog(resolveDataDir(parsed.values.data));
  if (command.runClosed) {
    try {
      const value = await command.runClosed(
        resolveDataDir(parsed.values.data),
        positionals,
        options,
      );
      print(value);
      return 0;
    } catch (error) {
      return reportError(error);
    }
  }

  let corpus;
  try {
    corpus = openCorpus(resolveDataDir(parsed.values.data), { buildVectorIndex: false });
  } catch (error) {
    return reportError(error);
  }
  const call: Call = async <C extends Channel>(channel: C, input: Input<C>) => {
    const refusal = doorRefusal('cli', channel, input);
    if (refusal) throw new RecoupeError('invalid-input', refusal);
    const result = await dispatch(corpus.handlers, channel, input);
    if (!result.ok) throw new RecoupeError(result.error.code, result.error.message);
    return result.value as Output<C>;
  };
  try {
    const value = await command.run(call, positionals, options);
    print(value);
    // A batch import with failures still printed its table, but the exit code says so.
    const failed =
      command.failed?.(value) ??
      (Array.isArray(value) && value.some((item) => item?.status === 'failed'));
    return failed ? 1 : 0;
  } catch (error) {
    return reportError(error);
  } finally {
    corpus.close();
  }
}

/** Prints a failure as its code and a sentence; an unforeseen one's stack goes to the log. */
function reportError(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${usage}\n`);
    return 2;
  }
  const known = storageError(error);
  if (known && known !== error) logError('recoupe (command line)', error);
  const { code, message } = known ?? {
    code: 'internal',
    message: unexpected('this command', logError('recoupe (command line)', error)),
  };
  process.stderr.write(`recoupe: ${code}: ${message}\n`);
  return 1;
}

// Runs only as the entry point, so tests can import `main`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
