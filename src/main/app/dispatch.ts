import { contract, isChannel, type Channel, type Output } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/result';
import { storageError } from '../db/storage-errors';
import type { Handlers } from './handlers';
import { logError } from '../services/support/error-log';

/** The sentence for a failure nobody foresaw: its stack went to the log, under `reference`. */
export function unexpected(what: string, reference: string): string {
  return `Recoupe could not finish ${what} because of an unexpected error (logged as ${reference}). Try again; if it keeps failing, use Report a problem to find the log.`;
}

/**
 * The one door every front door goes through: checks the channel, zod-parses the input,
 * calls the handler, and turns any exception into a result the caller can show.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  input: unknown,
): Promise<Result<Output<Channel>>> {
  if (!isChannel(channel)) return fail('invalid-input', `Unknown call: ${String(channel)}.`);
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    return fail(
      'invalid-input',
      `Invalid input for ${channel}: ${issue?.message ?? 'rejected'}${where}.`,
    );
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    return ok((await handler(parsed.data)) as Output<Channel>);
  } catch (error) {
    const known = storageError(error);
    if (known && known !== error) logError(channel, error);
    if (known) return fail(known.code, known.message, known.params);
    return fail('internal', unexpected(channel, logError(channel, error)));
  }
}
