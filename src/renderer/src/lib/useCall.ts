import { useCallback, useEffect, useState } from 'react';
import type { Channel, Input, Output } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import { api } from './api';

/** The state of one call: loading, its value, or its error. */
export type CallState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: AppError };

/**
 * Calls a channel whenever its input changes (compared as JSON) or `reload` is called; `input`
 * null skips the call. Answers to an older input are dropped. With `keepPrevious`, the last
 * answer stays on screen while the next one loads (search as you type does not flicker).
 */
export function useCall<C extends Channel>(
  channel: C,
  input: Input<C> | null,
  { keepPrevious = false } = {},
) {
  const [answer, setAnswer] = useState<{ key: string; state: CallState<Output<C>> } | null>(null);
  const [version, setVersion] = useState(0);
  const key = input === null ? null : `${channel} ${JSON.stringify(input)}`;
  useEffect(() => {
    if (key === null) return;
    let current = true;
    void api
      .invoke(channel, JSON.parse(key.slice(channel.length + 1)) as Input<C>)
      .then((result) => {
        if (!current) return;
        setAnswer({
          key,
          state: result.ok
            ? { status: 'ready', value: result.value }
            : { status: 'error', error: result.error },
        });
      });
    return () => {
      current = false;
    };
  }, [channel, key, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  let state: CallState<Output<C>> | null = null;
  if (key !== null) {
    state = answer && (answer.key === key || keepPrevious) ? answer.state : { status: 'loading' };
  }
  return [state, reload] as const;
}
