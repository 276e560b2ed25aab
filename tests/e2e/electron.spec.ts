import { test, expect, _electron as electron } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const electronDir = join(import.meta.dirname, '..', '..', 'node_modules', 'electron');

/** The Electron binary's path, without require('electron') (which would try to download it). */
function electronBinary(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const skipReason =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): the app is tested through browser mode instead';
if (!binary) console.log(`electron.spec skipped: ${skipReason}`);

/** Starts the built app on a fresh data folder. */
function launch() {
  const userData = mkdtempSync(join(tmpdir(), 'recoupe-electron-'));
  return electron.launch({
    executablePath: binary!,
    args: [join(import.meta.dirname, '..', '..'), `--user-data-dir=${userData}`],
  });
}

test.describe('the Electron app', () => {
  test.skip(!binary, skipReason);

  test('opens a sandboxed, context-isolated window with the library', async () => {
    const app = await launch();
    const window = await app.firstWindow();
    await expect(window.getByText('Documents')).toBeVisible();
    const exposed = await window.evaluate(() => ({
      api: typeof (window as { api?: unknown }).api,
      require: typeof (window as { require?: unknown }).require,
      process: typeof (window as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ api: 'object', require: 'undefined', process: 'undefined' });
    await app.close();
  });

  test('applies the security checklist for real: CSP, no eval, windows, navigation, permissions', async () => {
    const app = await launch();
    const page = await app.firstWindow();
    await expect(page.getByText('Documents')).toBeVisible();
    const checks = await page.evaluate(async () => {
      const page = await fetch(location.href);
      const opened = window.open('https://example.com/');
      let evalBlocked = false;
      try {
        new Function('return 1')();
      } catch {
        evalBlocked = true;
      }
      return {
        csp: page.headers.get('content-security-policy') ?? '',
        opened: opened === null,
        evalBlocked,
        notification: await Notification.requestPermission(),
      };
    });
    expect(checks.csp).toContain("default-src 'none'");
    expect(checks.csp).not.toContain('unsafe-eval');
    expect(checks).toMatchObject({ opened: true, evalBlocked: true, notification: 'denied' });
    expect(app.windows()).toHaveLength(1);
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^recoupe:\/\//);
    await app.close();
  });
});
