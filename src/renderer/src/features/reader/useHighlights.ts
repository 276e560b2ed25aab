import { useCallback, useEffect, useState } from 'react';
import type { Channel, Input } from '../../../../shared/contract';
import type { Highlight } from '../../../../shared/highlights';
import type { AppError } from '../../../../shared/result';
import { api } from '../../lib/api';
import { useCall } from '../../lib/useCall';

/** The event sent after any change to highlights, so other views of them reload. */
export const HIGHLIGHTS_CHANGED = 'recoupe:highlights-changed';

/**
 * A document's highlights, with calls that change them and reload the list. `textRevision`
 * names the document's text as drawn: when it changes (a block put back, a re-processing), the
 * service has re-anchored the highlights, and the list is read again rather than drawing the
 * old offsets over the new text.
 */
export function useHighlights(documentId: number, textRevision: string) {
  const [state, reload] = useCall('highlights:list', { documentId });
  // The answer in hand when the text changed holds the old offsets: until the list is read
  // again, nothing is drawn, rather than a highlight split over the wrong words.
  const [drawn, setDrawn] = useState({ documentId, textRevision, stale: null as typeof state });
  if (drawn.documentId !== documentId || drawn.textRevision !== textRevision) {
    setDrawn({ documentId, textRevision, stale: drawn.documentId === documentId ? state : null });
  }
  useEffect(() => {
    // Another document is read anew by useCall already.
    if (drawn.stale) reload();
  }, [drawn, reload]);
  const [error, setError] = useState<AppError | null>(null);
  const change = useCallback(
    async <C extends Channel>(channel: C, input: Input<C>) => {
      const result = await api.invoke(channel, input);
      setError(result.ok ? null : result.error);
      reload();
      window.dispatchEvent(new Event(HIGHLIGHTS_CHANGED));
      return result.ok ? result.value : null;
    },
    [reload],
  );
  const fresh = drawn.stale === null || state !== drawn.stale;
  const highlights: Highlight[] = fresh && state?.status === 'ready' ? state.value : [];
  return {
    highlights,
    loadError: state?.status === 'error' ? state.error : null,
    error,
    reload,
    create: (input: Input<'highlights:create'>) => change('highlights:create', input),
    update: (input: Input<'highlights:update'>) => change('highlights:update', input),
    remove: (id: number) => change('highlights:delete', { id }),
  };
}
