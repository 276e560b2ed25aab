import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/result';
import { api } from '../../lib/api';

/** How long "Undo" stays offered before the deletion is carried out. */
export const UNDO_MILLISECONDS = 10_000;

/** A document waiting out its undo window. */
export interface PendingDeletion {
  id: number;
  title: string;
}

/**
 * Deletes documents with an undo window: the document disappears from view at once and is
 * deleted in main only when the window ends (or another deletion starts). If the app closes
 * meanwhile nothing is deleted, the safe way to fail. `onDeleted` learns the deleted id (null
 * when the deletion failed) and the documents main dated again without it.
 */
export function useDocumentDeletion(
  onDeleted: (deleted: number | null, redated: readonly number[]) => void,
) {
  const [pending, setPending] = useState<PendingDeletion | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingRef = useRef<PendingDeletion | null>(null);

  const commit = useCallback(async () => {
    const target = pendingRef.current;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pendingRef.current = null;
    setPending(null);
    if (!target) return;
    const result = await api.invoke('documents:delete', { id: target.id });
    setError(result.ok ? null : result.error);
    onDeleted(result.ok ? target.id : null, result.ok ? (result.value.redated ?? []) : []);
  }, [onDeleted]);

  const request = useCallback(
    (document: PendingDeletion) => {
      void commit();
      const next = { id: document.id, title: document.title };
      pendingRef.current = next;
      setPending(next);
      timer.current = setTimeout(() => void commit(), UNDO_MILLISECONDS);
    },
    [commit],
  );

  const undo = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pendingRef.current = null;
    setPending(null);
  }, []);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return { pending, error, request, undo, commitNow: commit };
}
