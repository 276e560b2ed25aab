import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openCorpus, type Corpus } from '../../src/main/app/corpus';
import { createBrowserServer } from '../../src/main/server/server';

const rendererDir = join(import.meta.dirname, '..', '..', 'out', 'renderer');
export const fixturesDir = join(import.meta.dirname, '..', 'fixtures');

/** The real browser mode on a fresh data folder: the same server `npm run serve` starts. */
export interface RunningApp {
  url: string;
  corpus: Corpus;
}

export const test = base.extend<{ app: RunningApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-e2e-'));
    const corpus = openCorpus(dataDir);
    const { server, token } = createBrowserServer({
      handlers: corpus.handlers,
      staticDir: rendererDir,
      dataDir,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await use({ url: `http://127.0.0.1:${port}/?token=${token}`, corpus });
    server.closeAllConnections();
    server.close();
    corpus.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

/** A file to drop: a fixture path, or a name with literal bytes. */
export type DroppedFile = string | { name: string; bytes: number[] | string };

/**
 * Drops files on the window the way a person's drag from the file manager does: dragenter,
 * dragover, drop, with a DataTransfer holding real File objects.
 */
export async function dropFiles(page: Page, files: DroppedFile[]): Promise<void> {
  const payload = files.map((file) =>
    typeof file === 'string'
      ? { name: basename(file), bytes: [...readFileSync(join(fixturesDir, file))] }
      : {
          name: file.name,
          bytes: typeof file.bytes === 'string' ? [...Buffer.from(file.bytes)] : file.bytes,
        },
  );
  await page.evaluate((items) => {
    const transfer = new DataTransfer();
    for (const item of items) transfer.items.add(new File([new Uint8Array(item.bytes)], item.name));
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, payload);
}

/** Drops fixture files and waits until the import panel shows each one imported. */
export async function importFixtures(page: Page, files: string[]): Promise<void> {
  await dropFiles(page, files);
  // A wait against hangs, not a speed check: a loaded 2-core machine imports several times slower.
  await expect(
    page.getByRole('region', { name: 'Import' }).locator('[data-status="imported"]'),
  ).toHaveCount(files.length, { timeout: 60_000 });
}
