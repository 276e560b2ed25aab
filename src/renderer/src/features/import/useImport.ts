import { useCallback, useRef, useState } from 'react';
import type { ImportSource } from '../../../../shared/contract';
import { api } from '../../lib/api';

/** Where one dropped file stands. */
export type ImportStatus =
  'queued' | 'importing' | 'imported' | 'duplicate' | 'failed' | 'cancelled';

/** One file in the import panel. */
export interface ImportItem {
  key: string;
  name: string;
  status: ImportStatus;
  documentId?: number;
  error?: string;
}

/** Browser mode sends bytes; base64 keeps them inside the JSON contract. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

async function toSource(file: File): Promise<ImportSource> {
  const path = api.pathForFile?.(file);
  if (path) return { kind: 'path', path };
  return { kind: 'bytes', name: file.name, base64: await toBase64(file) };
}

/**
 * The import queue: files are imported one call at a time so each gets its own status and
 * error, a failing file never stops the others, and Cancel stops before the next file.
 */
export function useImport(onImported: (documentId: number) => void) {
  const [items, setItems] = useState<ImportItem[]>([]);
  const queue = useRef<{ key: string; file: File }[]>([]);
  const running = useRef(false);
  const counter = useRef(0);

  const update = (key: string, patch: Partial<ImportItem>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    let next;
    while ((next = queue.current.shift())) {
      const { key, file } = next;
      update(key, { status: 'importing' });
      try {
        const result = await api.invoke('corpus:import', { sources: [await toSource(file)] });
        const outcome = result.ok ? result.value[0] : undefined;
        if (!result.ok) update(key, { status: 'failed', error: result.error.message });
        else if (outcome) {
          update(key, {
            status: outcome.status,
            documentId: outcome.documentId,
            error: outcome.error,
          });
          if (outcome.status === 'imported' && outcome.documentId) onImported(outcome.documentId);
        }
      } catch (error) {
        update(key, {
          status: 'failed',
          error: `Could not read the file: ${(error as Error).message}`,
        });
      }
    }
    running.current = false;
  }, [onImported]);

  const add = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file) => ({ key: `${++counter.current}`, file }));
      queue.current.push(...added);
      setItems((all) => [
        ...all,
        ...added.map(({ key, file }) => ({ key, name: file.name, status: 'queued' as const })),
      ]);
      void drain();
    },
    [drain],
  );

  const cancel = useCallback(() => {
    const cancelled = new Set(queue.current.map((entry) => entry.key));
    queue.current = [];
    setItems((all) =>
      all.map((item) => (cancelled.has(item.key) ? { ...item, status: 'cancelled' } : item)),
    );
  }, []);

  const clear = useCallback(
    () =>
      setItems((all) =>
        all.filter((item) => item.status === 'queued' || item.status === 'importing'),
      ),
    [],
  );

  return { items, add, cancel, clear };
}
