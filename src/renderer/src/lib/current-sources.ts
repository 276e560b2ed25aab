import { useSyncExternalStore } from 'react';
import type { CitedDocument } from '../../../shared/domain';
import { api } from './api';

// Documents' current fields, fetched in batches for the citations on screen and dropped when a
// correction changes them, so every citation draws what the document says now.
const cache = new Map<number, CitedDocument | null>();
const wanted = new Set<number>();
const listeners = new Set<() => void>();
let scheduled = false;

const notify = () => listeners.forEach((listener) => listener());

async function fetchWanted(): Promise<void> {
  scheduled = false;
  const ids = [...wanted];
  wanted.clear();
  const result = await api.invoke('documents:sources', { ids });
  if (!result.ok) return;
  const found = new Map(result.value.map((document) => [document.documentId, document]));
  for (const id of ids) cache.set(id, found.get(id) ?? null);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A document's current fields (undefined while loading, null when it is gone). */
export function useCurrentSource(documentId: number): CitedDocument | null | undefined {
  return useSyncExternalStore(subscribe, () => {
    if (!cache.has(documentId) && !wanted.has(documentId)) {
      wanted.add(documentId);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(() => void fetchWanted());
      }
    }
    return cache.get(documentId);
  });
}

/** Says documents changed (a correction): their citations fetch and draw them again. */
export function documentsChanged(ids?: readonly number[]): void {
  if (ids) ids.forEach((id) => cache.delete(id));
  else cache.clear();
  notify();
}
