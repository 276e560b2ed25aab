import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryQuery, LibraryRow } from '../../../../shared/library';
import type { AppError } from '../../../../shared/result';
import { api } from '../../lib/api';

/** Documents fetched per `corpus:page` call. */
export const PAGE_SIZE = 100;

interface Pages {
  key: string;
  total: number | null;
  pages: ReadonlyMap<number, LibraryRow[]>;
  error: AppError | null;
}

/**
 * The library's rows, fetched page by page as they come into view. A new query or `version`
 * (an import, a deletion) starts afresh, but the rows on screen stay until the new first
 * pages arrive, so reloading does not flash an empty list. Answers to an older query are
 * dropped.
 */
export function useLibraryPages(query: LibraryQuery, version: number) {
  const key = `${version} ${JSON.stringify(query)}`;
  const [state, setState] = useState<Pages>({ key, total: null, pages: new Map(), error: null });
  const current = useRef(key);
  const requested = useRef(new Set<string>());

  const load = useCallback(
    (page: number) => {
      const request = `${key}#${page}`;
      if (requested.current.has(request)) return;
      requested.current.add(request);
      const input = { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE };
      void api.invoke('corpus:page', input).then((result) => {
        if (current.current !== key) return;
        if (!result.ok) requested.current.delete(request);
        setState((previous) => {
          if (!result.ok) return { ...previous, error: result.error };
          const pages = new Map(previous.key === key ? previous.pages : []);
          pages.set(page, result.value.documents);
          return { key, total: result.value.total, pages, error: null };
        });
      });
    },
    // `key` stands for `query` (its JSON), which may be a new object at every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  /** Fetches the pages holding rows `first` to `last` that are not loaded yet. */
  const ensure = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
        load(page);
      }
    },
    [load],
  );

  useEffect(() => {
    current.current = key;
    load(0);
    // Requests of older queries are forgotten so that coming back to one fetches it again.
    requested.current = new Set([...requested.current].filter((id) => id.startsWith(`${key}#`)));
  }, [key, load]);

  const rowAt = useCallback(
    (index: number) => state.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [state.pages],
  );
  /** Where a document is among the rows loaded for the current query, if it is. */
  const loadedIndex = useCallback(
    (id: number) => {
      if (state.key !== key) return undefined;
      for (const [page, rows] of state.pages) {
        const found = rows.findIndex((row) => row.id === id);
        if (found >= 0) return page * PAGE_SIZE + found;
      }
      return undefined;
    },
    [state, key],
  );
  const retry = useCallback(() => {
    requested.current = new Set();
    load(0);
  }, [load]);
  return {
    total: state.total,
    /** True once the rows shown answer the current query (not the previous one). */
    current: state.key === key,
    error: state.error,
    rowAt,
    loadedIndex,
    ensure,
    retry,
  };
}
