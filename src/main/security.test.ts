import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isExternalWebUrl,
  isTrustedSender,
  permissionDecision,
  rendererFileFor,
  windowOpenDecision,
} from './security';

// Electron's security checklist, item by item, on the decisions index.ts hands to Electron.
describe('Electron security decisions', () => {
  it('keeps every window isolated and sandboxed, without Node, webviews or middle-click', () => {
    // index.ts writes the literal out for electronegativity and `satisfies` the type, so the
    // compiler holds it; this reads the literal back to catch an edit that drops the check.
    const source = readFileSync(join(import.meta.dirname, 'index.ts'), 'utf8');
    const preferences = source.match(
      /webPreferences: \{([\s\S]*?)\} satisfies SecureWebPreferences/,
    );
    expect(preferences).not.toBeNull();
    for (const setting of [
      'contextIsolation: true',
      'sandbox: true',
      'nodeIntegration: false',
      'webviewTag: false',
      "disableBlinkFeatures: 'Auxclick'",
    ]) {
      expect(preferences![1]).toContain(setting);
    }
  });

  it('denies every new window and sends only http(s) links to the system browser', () => {
    expect(windowOpenDecision('https://example.com/article')).toEqual({
      action: 'deny',
      openExternally: true,
    });
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'recoupe://app/',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'not a url',
    ]) {
      expect(windowOpenDecision(url)).toEqual({ action: 'deny', openExternally: false });
      expect(isExternalWebUrl(url)).toBe(false);
    }
  });

  it('refuses every permission request', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(permissionDecision(permission)).toBe(false);
    }
  });

  it('trusts only the app scheme, and the dev server only by exact origin and only unpackaged', () => {
    const packaged = { packaged: true, devServer: 'http://localhost:5173' };
    const developing = { packaged: false, devServer: 'http://localhost:5173' };
    expect(isTrustedSender('recoupe://app/document/3', packaged)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/', packaged)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', developing)).toBe(true);
    expect(isTrustedSender('http://localhost:5173.evil.example/', developing)).toBe(false);
    expect(isTrustedSender('http://localhost:51730/', developing)).toBe(false);
    for (const url of ['https://example.com/', 'file:///app/index.html', '', 'about:blank']) {
      expect(isTrustedSender(url, developing)).toBe(false);
    }
  });

  it('serves only files inside the renderer folder, and the app page for client routes', () => {
    const root = join(sep, 'app', 'renderer');
    const index = join(root, 'index.html');
    expect(rendererFileFor(root, '/assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(rendererFileFor(root, '/document/3')).toBe(index);
    expect(rendererFileFor(root, '/')).toBe(index);
    expect(rendererFileFor(root, '/%2e%2e/%2e%2e/etc/passwd.txt')).toBe(index);
    expect(rendererFileFor(root, '/..%2f..%2fetc%2fpasswd.txt')).toBe(index);
    expect(rendererFileFor(root, '/%E0%A4%A.js')).toBeNull();
    expect(rendererFileFor(root, '/x%00.js')).toBeNull();
  });
});
