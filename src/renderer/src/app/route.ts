import { useCallback, useEffect, useState } from 'react';

/** The main views; each owns the first segment of the path (`/timeline`, `/document/3`). */
export type ViewId = 'reader' | 'timeline' | 'cross-check';

/** Where the app is: a view, and in the reader a document and optionally one of its passages. */
export interface Route {
  view: ViewId;
  documentId: number | null;
  passageOrdinal: number | null;
}

const otherViews: ViewId[] = ['timeline', 'cross-check'];

/**
 * Reads the route from the address. Passage links look like `/document/ID#passage-N` in the
 * browser and `recoupe://document/ID#passage-N` in Electron, so the pattern ignores the scheme.
 */
export function parseRoute(href: string): Route {
  const document = /document\/(\d+)/.exec(href);
  const passage = /#passage-(\d+)$/.exec(href);
  const segment = /^[a-z]+:\/\/[^/]*\/([a-z-]+)/.exec(href)?.[1];
  const view = otherViews.find((candidate) => candidate === segment) ?? 'reader';
  return {
    view,
    documentId: document ? Number(document[1]) : null,
    passageOrdinal: document && passage ? Number(passage[1]) : null,
  };
}

/** The link to a document, or to one of its passages. */
export function routeHref(documentId: number, passageOrdinal?: number | null): string {
  return `/document/${documentId}${passageOrdinal == null ? '' : `#passage-${passageOrdinal}`}`;
}

/** The current route, following back/forward and in-app navigation. */
export function useRoute() {
  const [route, setRoute] = useState(() => parseRoute(window.location.href));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.href));
    window.addEventListener('popstate', update);
    window.addEventListener('hashchange', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('hashchange', update);
    };
  }, []);
  const go = useCallback((href: string) => {
    window.history.pushState(null, '', href);
    setRoute(parseRoute(window.location.href));
  }, []);
  /** Opens a document in the reader, at a passage when given. */
  const navigate = useCallback(
    (documentId: number, passageOrdinal?: number | null) =>
      go(routeHref(documentId, passageOrdinal)),
    [go],
  );
  /** Switches the main view (the reader keeps the last document open). */
  const showView = useCallback((view: ViewId) => go(view === 'reader' ? '/' : `/${view}`), [go]);
  return { route, navigate, showView };
}
