import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Handlers } from '../../src/main/app/handlers';
import { createBrowserServer, TOKEN_HEADER } from '../../src/main/server/server';

/** The browser-mode front door a test file talks to over real HTTP. */
export interface BrowserDoor {
  /** `http://127.0.0.1:<port>`, set once the server listens (in beforeAll). */
  base: string;
  token: string;
  /** POSTs one call with the token; `headers` add to or replace the defaults, a string body goes as is. */
  api(channel: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** POSTs one call with the token and reads the result. */
  call(channel: string, body: unknown): Promise<unknown>;
}

/**
 * Serves `handlers` in browser mode on a free local port for the enclosing describe block,
 * from a fresh static folder (holding a bare index.html when `page` is set); the server is
 * closed and the folder removed after its tests. The caller disposes of its own corpus.
 */
export function browserDoor(
  handlers: Handlers,
  options: { dataDir?: string; page?: boolean } = {},
): BrowserDoor {
  const staticDir = mkdtempSync(join(tmpdir(), 'recoupe-static-'));
  if (options.page) {
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Recoupe</title>');
  }
  const { server, token } = createBrowserServer({ handlers, staticDir, dataDir: options.dataDir });
  const door: BrowserDoor = {
    base: '',
    token,
    api: (channel, body, headers = {}) =>
      fetch(`${door.base}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    call: async (channel, body) => (await door.api(channel, body)).json(),
  };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    door.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(staticDir, { recursive: true, force: true });
  });
  return door;
}
