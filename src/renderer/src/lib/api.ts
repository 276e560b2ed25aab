import type { RecoupeApi } from '../../../shared/api';
import type { Channel, Input, Output } from '../../../shared/contract';
import { fail, type Result } from '../../../shared/result';

declare global {
  interface Window {
    /** Present in Electron (built by the preload); absent in browser mode. */
    api?: RecoupeApi;
  }
}

const TOKEN_KEY = 'recoupe-token';

/** The browser-mode token: taken from the address on first load, then kept for the tab. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url);
  }
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The HTTP client for browser mode, typed from the same contract as the preload. */
function httpApi(): RecoupeApi {
  const token = browserToken();
  return {
    async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
      let response: Response;
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Recoupe-Token': token },
          body: JSON.stringify(input),
        });
      } catch {
        return fail(
          'internal',
          'Recoupe’s background service is not reachable. Is `npm run serve` still running?',
        );
      }
      if (response.status === 401) {
        return fail(
          'unauthorized',
          'This page lost its access token. Open the address that `npm run serve` printed.',
        );
      }
      if (!response.ok)
        return fail(
          'internal',
          `The service answered ${response.status}: ${await response.text()}`,
        );
      return (await response.json()) as Result<Output<C>>;
    },
  };
}

/** The API the renderer uses: Electron's preload bridge, or the HTTP client in browser mode. */
export const api: RecoupeApi = window.api ?? httpApi();

/** Whether the app runs inside Electron (dropped files then have real paths). */
export const inElectron = window.api !== undefined;
