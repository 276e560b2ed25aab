import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../tests/support/temp-corpus';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'recoupe.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-timeline-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function recoupe(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--data', dataDir, ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('recoupe timeline', () => {
  it('prints the events as one JSON array of { date, precision, passageId, documentId, text, resolution }', () => {
    expect(recoupe('import', join(fixturesDir, 'timeline-port-strike-wire.md')).status).toBe(0);
    const result = recoupe('timeline', '--json');
    expect(result.status).toBe(0);
    const events = JSON.parse(result.stdout);
    const absolute = events.find((event: { text: string }) => event.text === 'November 6, 2025');
    expect(absolute).toEqual({
      date: '2025-11-06',
      precision: 'day',
      passageId: expect.any(Number),
      documentId: 1,
      text: 'November 6, 2025',
      resolution: 'absolute',
      summary: expect.stringContaining('walkout'),
      from: 'text',
    });
    // Without a stated publish date, "on Thursday" leans on the estimated one, and says so.
    expect(events.find((event: { text: string }) => event.text === 'on Thursday')).toMatchObject({
      resolution: 'relative',
      restsOnEstimate: true,
    });
    // The table says it too, on that event's row only.
    const rows = recoupe('timeline').stdout.split('\n');
    const thursday = rows.find((row) => row.includes('on Thursday'));
    expect(thursday).toContain('rests on an estimated publish date');
    const stated = rows.find((row) => row.includes('November 6, 2025'));
    expect(stated).toBeDefined();
    expect(stated).not.toContain('estimated');
  });

  it('adds an event by hand and finds it by its words', () => {
    const [first] = JSON.parse(recoupe('timeline', 'walkout', '--json').stdout);
    const added = recoupe('timeline-add', String(first.passageId), '2025-11-05', '--json');
    expect(added.status).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ date: '2025-11-05', resolution: 'user' });
    expect(recoupe('timeline-add', String(first.passageId), 'soon').status).toBe(1);
    expect(JSON.parse(recoupe('timeline-reindex', '1', '--json').stdout).events).toBeGreaterThan(3);
  });
});
