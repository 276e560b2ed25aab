import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryCorpus } from '../../../tests/support/temp-corpus';
import { dispatch } from './dispatch';

describe('dispatch (contract validation at main’s door)', () => {
  let corpus: ReturnType<typeof temporaryCorpus>;
  beforeEach(() => {
    corpus = temporaryCorpus();
  });
  afterEach(() => corpus.dispose());

  it('refuses an unknown channel', async () => {
    expect(await dispatch(corpus.handlers, 'fs:readFile', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it.each([
    ['documents:get', { id: -1 }],
    ['documents:get', { id: '1' }],
    ['search:query', { query: 42 }],
    ['search:query', { query: 'x', limit: 10_000 }],
    ['corpus:import', { sources: [] }],
    ['corpus:import', { sources: [{ kind: 'path', path: '' }] }],
    ['corpus:import', { sources: [{ kind: 'url', url: 'https://example.org' }] }],
  ])('refuses invalid input for %s: %j', async (channel, input) => {
    const result = await dispatch(corpus.handlers, channel, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('fills defaults and answers with a result', async () => {
    expect(await dispatch(corpus.handlers, 'search:query', { query: 'rien' })).toEqual({
      ok: true,
      value: [],
    });
  });

  it('turns a service error into data with its code', async () => {
    expect(await dispatch(corpus.handlers, 'documents:get', { id: 99 })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Document 99 does not exist.' },
    });
  });
});
