import { useCallback, useEffect, useState } from 'react';
import type { Channel, Input, Output } from '../../../shared/contract';
import type { AppError } from '../../../shared/result';
import { api } from './api';

/** The state of one call: loading, its value, or its error. */
export type CallState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: AppError };

/**
 * Calls a channel whenever its input changes (compared as JSON) or `reload` is called; `input`
 * null skips the call. Stale answers from an earlier input are ignored.
 */
export function useCall<C extends Channel>(channel: C, input: Input<C> | null) {
  const [state, setState] = useState<CallState<Output<C>> | null>(null);
  const [version, setVersion] = useState(0);
  const key = input === null ? null : JSON.stringify(input);
  useEffect(() => {
    if (key === null) return setState(null);
    let current = true;
    setState((previous) => (previous?.status === 'ready' ? previous : { status: 'loading' }));
    void api.invoke(channel, JSON.parse(key) as Input<C>).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [channel, key, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return [state, reload] as const;
}
