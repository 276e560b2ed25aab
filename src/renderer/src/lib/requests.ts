import { useEffect, useEffectEvent } from 'react';

/**
 * What the command palette asks of the component that owns an action (the search box, the
 * Import menu, the notes panel, a dialog), so the palette runs the very code that component's
 * own buttons run instead of a copy of it.
 */
export type AppRequest =
  | { kind: 'palette' }
  | { kind: 'search'; query: string }
  | { kind: 'import'; source: 'files' | 'folder' | 'clipboard' }
  | { kind: 'new-note' }
  | { kind: 'export-note' }
  | { kind: 'report-problem' };

const REQUEST_EVENT = 'recoupe:request';

/** Asks the owner of an action to run it (see `useRequest`). */
export function request(detail: AppRequest): void {
  window.dispatchEvent(new CustomEvent<AppRequest>(REQUEST_EVENT, { detail }));
}

/** Runs `handler` for each request of this kind; one owner per kind is mounted at a time. */
export function useRequest<K extends AppRequest['kind']>(
  kind: K,
  handler: (detail: Extract<AppRequest, { kind: K }>) => void,
): void {
  const run = useEffectEvent(handler);
  useEffect(() => {
    const onRequest = (event: Event) => {
      const detail = (event as CustomEvent<AppRequest>).detail;
      if (detail.kind === kind) run(detail as Extract<AppRequest, { kind: K }>);
    };
    window.addEventListener(REQUEST_EVENT, onRequest);
    return () => window.removeEventListener(REQUEST_EVENT, onRequest);
  }, [kind]);
}
