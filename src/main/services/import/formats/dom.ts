import { parseHTML } from 'linkedom';

/** The part of a DOM element the readers use; linkedom's elements have it (main has no DOM lib). */
export interface DomElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  remove(): void;
}

/** A parsed page: its root and body elements and the same queries. */
export interface DomDocument extends Pick<DomElement, 'querySelector' | 'querySelectorAll'> {
  documentElement: DomElement | null;
  body: DomElement | null;
}

/** Parses HTML into an inert DOM: linkedom has no script engine, so nothing on the page runs. */
export function parseDocument(html: string): DomDocument {
  const { document } = parseHTML(html);
  // linkedom leaves no root element for a page that is only text (found by fuzzing): the text
  // is read as the body of an empty page, as a browser shows it, so every reader of the tree
  // (and Readability in bench/metadata-eval.ts) sees an ordinary document.
  if (document.documentElement) return document as unknown as DomDocument;
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`)
    .document as unknown as DomDocument;
}
