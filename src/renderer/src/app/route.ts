import { useEffect, useState } from 'react';

/** Where the app is: a document and optionally one of its passages (by ordinal). */
export interface Route {
  documentId: number | null;
  passageOrdinal: number | null;
}

/**
 * Reads the route from the address. Passage links look like `/document/ID#passage-N` in the
 * browser and `recoupe://document/ID#passage-N` in Electron, so the pattern ignores the scheme.
 */
export function parseRoute(href: string): Route {
  const document = /document\/(\d+)/.exec(href);
  const passage = /#passage-(\d+)$/.exec(href);
  return {
    documentId: document ? Number(document[1]) : null,
    passageOrdinal: document && passage ? Number(passage[1]) : null,
  };
}

/** The link to a document, or to one of its passages. */
export function routeHref(documentId: number, passageOrdinal?: number | null): string {
  return `/document/${documentId}${passageOrdinal == null ? '' : `#passage-${passageOrdinal}`}`;
}

/** The current route, following back/forward and in-app navigation. */
export function useRoute(): [Route, (documentId: number, passageOrdinal?: number | null) => void] {
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
  const navigate = (documentId: number, passageOrdinal?: number | null) => {
    const href = routeHref(documentId, passageOrdinal);
    window.history.pushState(null, '', href);
    setRoute(parseRoute(window.location.href));
  };
  return [route, navigate];
}
