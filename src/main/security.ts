import { join, normalize, relative, sep } from 'node:path';

/** The scheme the renderer is served from in Electron. */
export const APP_SCHEME = 'recoupe';

/** Whether a URL may be handed to the system browser (never file:, javascript: or custom schemes). */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Where the app runs: a packaged build never trusts a dev server. */
export interface AppOrigin {
  packaged: boolean;
  devServer?: string;
}

/**
 * Whether a page may call main over IPC or be navigated to: the app's own scheme, or the
 * dev server while developing (compared by origin, so `http://localhost:5173.evil` fails).
 */
export function isTrustedSender(url: string, origin: AppOrigin): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Only Recoupe's protocol handler serves this scheme, whatever the host part says.
  if (parsed.protocol === `${APP_SCHEME}:`) return true;
  if (origin.packaged || !origin.devServer) return false;
  try {
    return parsed.origin === new URL(origin.devServer).origin;
  } catch {
    return false;
  }
}

/** What happens to a request for a new window: always denied, web links go to the browser. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isExternalWebUrl(url) };
}

/** Every permission (camera, notifications, clipboard reads, geolocation…) is refused. */
export function permissionDecision(_permission: string): false {
  return false;
}

/**
 * What every window's webPreferences must say, as literal types: index.ts writes the object
 * out in full (so electronegativity can read it) and `satisfies` this, so the compiler refuses
 * a window that is not isolated and sandboxed, or that gets Node, webviews or middle-click.
 */
export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  /** Middle-click would open links in a new window, past the window-open handler. */
  disableBlinkFeatures: 'Auxclick';
  spellcheck: boolean;
}

/**
 * The file the `recoupe://` protocol serves for a path: a file inside the renderer folder when
 * the path names one (decoded, normalised, never escaping the folder), else index.html so client
 * routes load the app. Returns null for a malformed address.
 */
export function rendererFileFor(rendererDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(rendererDir, decoded));
  const inside = relative(rendererDir, file);
  const safe = inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..';
  return safe && /\.[a-z0-9]+$/i.test(pathname) ? file : join(rendererDir, 'index.html');
}
