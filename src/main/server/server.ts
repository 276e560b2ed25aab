import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, relative } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/contract';
import { fail } from '../../shared/result';
import { dispatch } from '../app/dispatch';
import { doorRefusal } from '../app/door-policy';
import { logError } from '../services/support/error-log';
import type { Handlers } from '../app/handlers';
import { CONTENT_SECURITY_POLICY } from '../app/content-security';

/** Largest request body: one import call's base64 payload plus JSON overhead. */
export const MAX_BODY_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024;
/** Header the renderer's HTTP client sends its token in (a custom header forces CORS preflight). */
export const TOKEN_HEADER = 'x-recoupe-token';
const COOKIE = 'recoupe-token';
/** Wrong tokens tolerated per window before the server answers 429 to wrong tokens. */
export const MAX_FAILED_TOKENS = 30;
const FAILED_TOKEN_WINDOW_MS = 60_000;

/** Headers on every response, errors included: never framed, never sniffed, never cached. */
const SECURITY_HEADERS = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
const ERROR_POLICY = "default-src 'none'; frame-ancestors 'none'";

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** Options for the browser-mode server. */
export interface BrowserServerOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  token?: string;
  /** The data folder: the door policy lets the browser name a model folder inside it only. */
  dataDir?: string;
}

/**
 * The browser-mode front door: the built renderer and `POST /api/<channel>` on 127.0.0.1,
 * guarded by a random token (cookie for pages and assets, header for API calls), refusing
 * foreign Host and Origin headers (DNS rebinding, cross-site requests) and oversized bodies.
 */
export function createBrowserServer(options: BrowserServerOptions): {
  server: Server;
  token: string;
} {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const guard = { token, failures: failureCounter() };
  const server = createServer((request, response) => {
    handle(request, response, options, guard).catch((error: unknown) => {
      logError('browser-mode request', error);
      if (!response.headersSent) send(response, 500, 'Internal error.');
      else response.destroy();
    });
  });
  return { server, token };
}

/** Counts wrong tokens over a sliding window. */
function failureCounter() {
  let times: number[] = [];
  return {
    record(): void {
      times.push(Date.now());
    },
    tooMany(): boolean {
      const since = Date.now() - FAILED_TOKEN_WINDOW_MS;
      times = times.filter((time) => time > since);
      return times.length >= MAX_FAILED_TOKENS;
    },
  };
}

type Guard = { token: string; failures: ReturnType<typeof failureCounter> };

/**
 * Whether a request carries the token. Past MAX_FAILED_TOKENS wrong ones a minute, wrong
 * tokens get 429 rather than 401 (a 192-bit token cannot be guessed, but a flood is refused
 * early); the right token is still accepted, so a flood cannot lock the researcher out.
 */
function checkToken(
  candidate: string | string[] | undefined | null,
  guard: Guard,
  response: ServerResponse,
  refusal: string,
): boolean {
  if (matches(candidate, guard.token)) return true;
  if (guard.failures.tooMany()) {
    send(response, 429, 'Too many wrong tokens; wait a minute.');
  } else {
    guard.failures.record();
    send(response, 401, refusal);
  }
  return false;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: BrowserServerOptions,
  guard: Guard,
): Promise<void> {
  const { token } = guard;
  const port = (request.socket.address() as { port?: number }).port;
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(request.headers.host ?? ''))
    return send(response, 403, 'Unknown host.');
  const origin = request.headers.origin;
  if (origin && !allowedHosts.some((host) => origin === `http://${host}`)) {
    return send(response, 403, 'Cross-origin requests are refused.');
  }
  // Browsers say where a request comes from even when they send no Origin (an <img> or a
  // link on another site, another local server's page): only the app itself, or the address
  // typed by the researcher, may reach it.
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return send(response, 403, 'Cross-site requests are refused.');
  }
  let url: URL;
  let pathname: string;
  try {
    url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(response, 400, 'Malformed address.');
  }

  if (pathname.startsWith('/api/')) {
    if (request.method !== 'POST') return send(response, 405, 'API calls use POST.');
    if (!checkToken(request.headers[TOKEN_HEADER], guard, response, 'Missing or wrong token.'))
      return;
    if (!request.headers['content-type']?.startsWith('application/json')) {
      return send(response, 415, 'API calls send JSON.');
    }
    if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      response.setHeader('Connection', 'close');
      return send(response, 413, `Request larger than ${MAX_BODY_BYTES} bytes.`);
    }
    const body = await readBody(request);
    if (body === null) return send(response, 413, `Request larger than ${MAX_BODY_BYTES} bytes.`);
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return send(response, 400, 'The request body is not valid JSON.');
    }
    const channel = pathname.slice(5);
    const refusal = doorRefusal('http', channel, input, options.dataDir);
    if (refusal) return sendJson(response, fail('invalid-input', refusal));
    const result = await dispatch(options.handlers, channel, input);
    return sendJson(response, result);
  }

  if (request.method !== 'GET' && request.method !== 'HEAD')
    return send(response, 405, 'Method not allowed.');
  const queryToken = url.searchParams.get('token');
  const cookieToken = parseCookie(request.headers.cookie)[COOKIE];
  const refusal = 'Open the address that `npm run serve` printed: it carries the access token.';
  if (!checkToken(queryToken ?? cookieToken, guard, response, refusal)) return;
  if (queryToken) {
    // Pages and assets authenticate by cookie from here on; the token leaves the address bar.
    response.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
  }
  await serveStatic(pathname, options.staticDir, response);
}

async function serveStatic(
  pathname: string,
  root: string,
  response: ServerResponse,
): Promise<void> {
  const file = normalize(join(root, pathname));
  const inside = !relative(root, file).startsWith('..');
  // Paths without an extension are client routes (/document/3): they get the app's page.
  const target = inside && extname(pathname) ? file : join(root, 'index.html');
  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch {
    return send(response, 404, 'Not found.');
  }
  response.writeHead(200, {
    'Content-Type': contentTypes[extname(target)] ?? 'application/octet-stream',
    ...SECURITY_HEADERS,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': target.endsWith('index.html') ? 'no-store' : 'public, max-age=3600',
  });
  response.end(bytes);
}

function matches(candidate: string | string[] | undefined | null, token: string): boolean {
  if (typeof candidate !== 'string') return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseCookie(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of header?.split(';') ?? []) {
    const [name, ...value] = part.trim().split('=');
    if (name) cookies[name] = value.join('=');
  }
  return cookies;
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, message: string): void {
  // Read and drop a refused request's body, so the client gets this answer rather than a
  // reset connection; an oversized body (413) is not read: that connection closes instead.
  if (status !== 413) response.req?.resume();
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': ERROR_POLICY,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(message);
}

function sendJson(response: ServerResponse, value: unknown): void {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': ERROR_POLICY,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(value));
}
