import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import playwrightConfig from '../playwright.config';
import { strings } from '../src/renderer/src/lib/strings';
import { summarise, type Summary } from './stats';

/** Time to the app's first screen in browser mode, and the server process's memory. */
export interface FirstScreenMeasurement {
  documents: number;
  screen: Summary;
  /** The call timed alone: the library's first page (older runs timed `corpus:list`). */
  listCall: Summary;
  callChannel: string;
  serverRssBytes: number;
}

/** The library's first call, as the renderer makes it. */
const FIRST_PAGE = { channel: 'corpus:page', input: { sort: 'newest', offset: 0, limit: 100 } };

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kilobytes * 1024;
}

/**
 * Starts `serve.ts` on the corpus (the renderer must be built), opens it in Chromium `runs`
 * times, and times navigation → the document list's first item on screen, plus the
 * `corpus:list` call on its own.
 */
export async function measureFirstScreen(
  repoDir: string,
  dataDir: string,
  port: number,
  runs: number,
  documents: number,
): Promise<FirstScreenMeasurement> {
  // Node itself with tsx's loader (not the tsx CLI, which forks): the pid is the server's.
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main/server/serve.ts', '--port', String(port), '--data', dataDir],
    { cwd: repoDir, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      server.stdout.on('data', (chunk: Buffer) => {
        const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(chunk.toString());
        if (match) resolve(match[1]!);
      });
      server.on('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
    });
    const token = new URL(url).searchParams.get('token')!;
    // The same Debian Chromium and flags as the browser tests.
    const browser = await chromium.launch(playwrightConfig.use?.launchOptions);
    const screen: number[] = [];
    const listCall: number[] = [];
    try {
      for (let run = 0; run <= runs; run++) {
        const page = await browser.newPage();
        const start = performance.now();
        await page.goto(url);
        // The library's first item, or for the empty baseline the library's own empty message
        // (other panes show an empty state at once, before the list has loaded).
        const ready =
          documents > 0
            ? page.locator('.document-list__item').first()
            : page.getByTestId('library').getByText(strings.noDocuments);
        await ready.waitFor({ timeout: 120_000 });
        // The first run warms SQLite's page cache and the server's code: not counted.
        if (run > 0) screen.push(performance.now() - start);
        const callStart = performance.now();
        const response = await fetch(new URL(`/api/${FIRST_PAGE.channel}`, url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-recoupe-token': token },
          body: JSON.stringify(FIRST_PAGE.input),
        });
        await response.arrayBuffer();
        if (run > 0) listCall.push(performance.now() - callStart);
        await page.close();
      }
    } finally {
      await browser.close();
    }
    return {
      documents,
      screen: summarise(screen),
      listCall: summarise(listCall),
      callChannel: FIRST_PAGE.channel,
      serverRssBytes: rssOf(server.pid!),
    };
  } finally {
    server.kill('SIGTERM');
  }
}
