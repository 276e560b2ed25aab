import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { browserDoor } from '../../../tests/support/browser-door';
import { temporaryCorpus } from '../../../tests/support/temp-corpus';
import { createBrowserServer, MAX_BODY_BYTES, MAX_FAILED_TOKENS, TOKEN_HEADER } from './server';

describe('browser-mode server', () => {
  const corpus = temporaryCorpus();
  const door = browserDoor(corpus.handlers, { page: true });
  const { api, token } = door;
  afterAll(() => corpus.dispose());

  it('answers API calls that carry the token', async () => {
    const response = await api('corpus:stats', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { documents: 0 } });
  });

  it('refuses API calls without the token, or with a wrong one', async () => {
    expect((await api('corpus:stats', {}, { [TOKEN_HEADER]: '' })).status).toBe(401);
    expect((await api('corpus:stats', {}, { [TOKEN_HEADER]: `${token}x` })).status).toBe(401);
  });

  it('refuses pages without the token and sets a cookie when the token is in the address', async () => {
    expect((await fetch(`${door.base}/`)).status).toBe(401);
    const page = await fetch(`${door.base}/?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    expect((await fetch(`${door.base}/document/3`, { headers: { cookie } })).status).toBe(200);
  });

  /** A raw request, for headers fetch will not send (Host) and bodies the server cuts off. */
  const raw = (headers: Record<string, string | number>, body: string) =>
    new Promise<number>((resolve, reject) => {
      const call = request(
        `${door.base}/api/corpus:stats`,
        { method: 'POST', headers },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      call.on('error', reject);
      call.end(body);
    });
  const json = { 'content-type': 'application/json', [TOKEN_HEADER]: token };

  it('refuses cross-origin requests and foreign Host headers (DNS rebinding)', async () => {
    expect((await api('corpus:stats', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect(await raw({ ...json, host: 'evil.example' }, '{}')).toBe(403);
  });

  it('refuses bodies over the limit and malformed JSON', async () => {
    expect(await raw({ ...json, 'content-length': MAX_BODY_BYTES + 10 }, '')).toBe(413);
    expect((await api('corpus:stats', '{not json')).status).toBe(400);
  });

  it('refuses files outside the renderer folder', async () => {
    const response = await fetch(`${door.base}/..%2F..%2Fetc%2Fpasswd.txt?token=${token}`);
    expect([404, 200]).toContain(response.status);
    expect(await response.text()).not.toMatch(/root:/);
  });

  it('refuses requests a browser marks as coming from another site, even without Origin', async () => {
    const page = await fetch(`${door.base}/?token=${token}`, {
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(page.status).toBe(403);
    expect((await api('corpus:stats', {}, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await api('corpus:stats', {}, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('answers a malformed address with 400, not an internal error', async () => {
    expect((await fetch(`${door.base}/%E0%A4%A?token=${token}`)).status).toBe(400);
    expect((await api('corpus%ZZ', {})).status).toBe(400);
  });

  it('forbids framing and sniffing on every response, errors included', async () => {
    for (const response of [
      await fetch(`${door.base}/?token=${token}`),
      await fetch(`${door.base}/`),
      await api('corpus:stats', {}),
      await api('corpus:stats', {}, { [TOKEN_HEADER]: 'wrong' }),
    ]) {
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('refuses inputs that name files on this machine: path imports, backup paths', async () => {
    const imported = await api('corpus:import', {
      sources: [{ kind: 'path', path: '/etc/hostname.txt' }],
    });
    expect(await imported.json()).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: /file contents, not paths/ },
    });
    const backup = await api('corpus:backup', { path: '/tmp/elsewhere.sqlite' });
    expect(await backup.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const dated = await (await api('corpus:backup', {})).json();
    expect(dated).toMatchObject({ ok: true, value: { path: expect.stringContaining('backups') } });
  });

  it('returns validation errors as data', async () => {
    expect(await (await api('documents:get', { id: 'x' })).json()).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('browser-mode server under a flood of wrong tokens', () => {
  it('answers 429 past the limit but still lets the right token in', async () => {
    const corpus = temporaryCorpus();
    const { server, token } = createBrowserServer({
      handlers: corpus.handlers,
      staticDir: tmpdir(),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const call = (candidate: string) =>
      fetch(`${base}/api/corpus:stats`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: candidate },
        body: '{}',
      });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < MAX_FAILED_TOKENS + 5; attempt++) {
      statuses.push((await call(`guess-${attempt}`)).status);
    }
    expect(statuses.slice(0, MAX_FAILED_TOKENS).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(MAX_FAILED_TOKENS).every((status) => status === 429)).toBe(true);
    expect((await call(token)).status).toBe(200);
    server.close();
    corpus.dispose();
  });
});
