import type { PassageSource, SerializedNodeLike } from '../../src/shared/note-content';

/** Builders of serialized Lexical nodes, for tests of code that reads note JSON. */
export const n = {
  text: (text: string, format = 0): SerializedNodeLike => ({ type: 'text', text, format }),
  paragraph: (...children: SerializedNodeLike[]): SerializedNodeLike => ({
    type: 'paragraph',
    children,
  }),
  heading: (tag: string, ...children: SerializedNodeLike[]): SerializedNodeLike => ({
    type: 'heading',
    tag,
    children,
  }),
  quote: (...children: SerializedNodeLike[]): SerializedNodeLike => ({ type: 'quote', children }),
  list: (listType: string, ...children: SerializedNodeLike[]): SerializedNodeLike => ({
    type: 'list',
    listType,
    start: 1,
    children,
  }),
  item: (children: SerializedNodeLike[], checked?: boolean): SerializedNodeLike => ({
    type: 'listitem',
    checked,
    children,
  }),
  link: (url: string, ...children: SerializedNodeLike[]): SerializedNodeLike => ({
    type: 'link',
    url,
    children,
  }),
  code: (language: string, ...children: SerializedNodeLike[]): SerializedNodeLike => ({
    type: 'code',
    language,
    children,
  }),
  linebreak: (): SerializedNodeLike => ({ type: 'linebreak' }),
  quotePassage: (source: PassageSource): SerializedNodeLike => ({
    type: 'passage-quote',
    version: 1,
    source,
  }),
  citePassage: (source: PassageSource): SerializedNodeLike => ({
    type: 'passage-citation',
    version: 1,
    source,
  }),
};

/** A note's stored JSON around these root children. */
export function noteJson(...children: SerializedNodeLike[]): string {
  return JSON.stringify({ root: { type: 'root', children } });
}

/** A source snapshot with sensible defaults. */
export function source(overrides: Partial<PassageSource> = {}): PassageSource {
  return {
    passageId: 11,
    documentId: 3,
    ordinal: 2,
    text: 'Les pompiers ont évacué 1 200 habitants.',
    title: 'Crue à Valmont',
    outlet: 'Le Courrier de Valmont',
    author: 'Anne Martin',
    publishedAt: '2024-10-17',
    url: 'https://courrier.example/crue',
    ...overrides,
  };
}
