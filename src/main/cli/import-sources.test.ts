import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../../tests/support/telegram-export';

const bin = join(import.meta.dirname, '..', '..', '..', 'bin', 'recoupe.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-cli-sources-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function recoupe(input: string | null, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, '--data', dataDir, ...args], {
    encoding: 'utf8',
    ...(input === null ? {} : { input }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('recoupe import: standard input and Telegram exports', () => {
  it('imports standard input with the fields given on the command line', () => {
    const result = recoupe(
      '« Nous ne céderons pas », a écrit sur Telegram le chef de l’administration présidentielle.',
      'import',
      '-',
      '--title',
      'Déclaration du 28 octobre',
      '--outlet',
      'Telegram',
      '--url',
      'https://t.me/example/12',
      '--published',
      '2024-10-28T07:52+02:00',
      '--json',
    );
    expect(result.stderr).toBe('');
    const [outcome] = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(outcome).toMatchObject({
      file: '-',
      status: 'imported',
      title: 'Déclaration du 28 octobre',
      outlet: 'Telegram',
      url: 'https://t.me/example/12',
      publishedAt: '2024-10-28T07:52+02:00',
      publishedAtSource: 'user',
    });
  });

  it('imports a Telegram export folder as one source with its counts', () => {
    const folder = mkdtempSync(join(tmpdir(), 'recoupe-cli-telegram-'));
    try {
      const exported = writeExport(
        folder,
        {
          name: 'Le Fil Info',
          type: 'public_channel',
          id: 5,
          messages: [
            { id: 1, unix: 1730098320, service: 'created the channel' },
            { id: 2, unix: 1730098380, parts: ['Première dépêche de la journée.'] },
          ],
        },
        'json',
        60,
      );
      const result = recoupe(null, 'import', exported, '--json');
      const [outcome] = JSON.parse(result.stdout) as Record<string, unknown>[];
      expect(outcome).toMatchObject({
        status: 'imported',
        telegram: { chat: 'Le Fil Info', imported: 1, service: 1 },
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
