import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels } from '../../shared/contract';
import { FUZZ_HANG_TIMEOUT, fuzzRuns } from '../../../tests/support/fuzz/inputs';
import { temporaryCorpus } from '../../../tests/support/temp-corpus';
import { createBrowserServer, TOKEN_HEADER } from './server';

interface RequestInput {
  method: string;
  path: string;
  host: string;
  origin?: string;
  token?: string;
  fetchSite?: string;
  contentType?: string;
  body: string;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

describe('fuzzing the browser-mode server', () => {
  const corpus = temporaryCorpus();
  const staticDir = mkdtempSync(join(tmpdir(), 'recoupe-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Recoupe</title>');
  const { server, token } = createBrowserServer({ handlers: corpus.handlers, staticDir });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
    corpus.dispose();
    rmSync(staticDir, { recursive: true, force: true });
  });

  // corpus:backup is left out: its input names a file to write, anywhere on this machine.
  const channel = fc.constantFrom(...channels.filter((name) => name !== 'corpus:backup'));
  const path = fc.oneof(
    channel.map((name) => `/api/${name}`),
    fc.constantFrom(
      '/',
      '/index.html',
      '/api/',
      '/api/%ZZ',
      '/%E0%A4%A',
      '/../../etc/passwd',
      '/document/3',
      '/api/..%2F..%2Fetc',
    ),
    fc.stringMatching(/^\/[!-~]{0,40}$/),
  );
  const body = fc.oneof(
    fc.json().map(String),
    fc.string({ maxLength: 200 }),
    fc.constant('{"sources":[{"kind":"path","path":"/etc/passwd"}]}'),
  );
  const requestArbitrary = fc.record({
    method: fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
    path,
    host: fc.constantFrom('right', 'localhost', 'evil.example', 'missing'),
    origin: fc.constantFrom(undefined, 'same', 'https://evil.example', 'null'),
    token: fc.constantFrom(undefined, 'right', 'wrong', ''),
    fetchSite: fc.constantFrom(undefined, 'same-origin', 'cross-site', 'none', 'same-site'),
    contentType: fc.constantFrom(undefined, 'application/json', 'text/plain'),
    body,
  });

  function send(input: RequestInput): Promise<Reply> {
    const { method, path: target, headers, body: payload } = describeRequest(input);
    return new Promise((resolve, reject) => {
      const call = request(
        {
          host: '127.0.0.1',
          port,
          method,
          path: target,
          headers,
          agent: false,
          // Node adds a Host header unless told not to: 'missing' must really be missing.
          setHost: input.host !== 'missing',
        },
        (response) => {
          response.resume();
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers }),
          );
        },
      );
      call.on('error', reject);
      call.end(method === 'GET' || method === 'HEAD' ? undefined : payload);
    });
  }

  function describeRequest(input: RequestInput) {
    const headers: Record<string, string> = {};
    if (input.host !== 'missing') {
      headers.host =
        input.host === 'right'
          ? `127.0.0.1:${port}`
          : input.host === 'localhost'
            ? `localhost:${port}`
            : input.host;
    }
    if (input.origin)
      headers.origin = input.origin === 'same' ? `http://127.0.0.1:${port}` : input.origin;
    if (input.token !== undefined)
      headers[TOKEN_HEADER] = input.token === 'right' ? token : input.token;
    if (input.fetchSite) headers['sec-fetch-site'] = input.fetchSite;
    if (input.contentType) headers['content-type'] = input.contentType;
    return { method: input.method, path: input.path, headers, body: input.body };
  }

  it(
    'answers every request without an internal error, and only the token opens the API',
    async () => {
      await fc.assert(
        fc.asyncProperty(requestArbitrary, async (input) => {
          const reply = await send(input);
          expect(reply.status).not.toBe(500);
          if (input.host === 'missing') {
            // Node's HTTP parser answers 400 itself before the handler runs (Host is required).
            expect(reply.status).toBe(400);
            return;
          }
          expect(reply.headers['x-frame-options']).toBe('DENY');
          const api = decodeURIComponentSafe(input.path).startsWith('/api/');
          if (reply.status === 200 && api) {
            expect(input.token).toBe('right');
            expect(input.method).toBe('POST');
          }
          if (reply.status === 200) {
            // No request carries the page token or cookie: only the API may answer 200.
            expect(api).toBe(true);
            expect(['right', 'localhost']).toContain(input.host);
            expect([undefined, 'same-origin', 'none']).toContain(input.fetchSite);
            expect([undefined, 'same']).toContain(input.origin);
          }
        }),
        { numRuns: fuzzRuns(300) },
      );
      // Whatever got through wrote whole documents or nothing.
      expect((await corpus.handlers['corpus:check']({ repair: false })).ok).toBe(true);
    },
    FUZZ_HANG_TIMEOUT,
  );
});

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
