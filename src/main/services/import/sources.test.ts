import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../../../tests/support/temp-folders';
import { MAX_IMPORT_BYTES } from '../../../shared/import-limits';
import { loadSource, walk } from './sources';

const folders = temporaryFolders('recoupe-sources-');

describe('import sources', () => {
  it('refuses a file over the size limit before reading it, saying the limit', async () => {
    const folder = folders.make();
    const path = join(folder, 'huge.txt');
    writeFileSync(path, '');
    // A sparse file: its size is over the limit without writing 50 MB.
    truncateSync(path, MAX_IMPORT_BYTES + 1);
    try {
      await expect(loadSource({ kind: 'path', path })).rejects.toMatchObject({
        code: 'too-large',
        message: 'huge.txt is 50.0 MB; Recoupe imports files up to 50 MB.',
      });
    } finally {
      folders.removeAll();
    }
  });

  it('says a missing path cannot be read, and reads a file with its modification time', async () => {
    const folder = folders.make();
    try {
      await expect(
        loadSource({ kind: 'path', path: join(folder, 'missing.txt') }),
      ).rejects.toMatchObject({ code: 'not-found' });
      writeFileSync(join(folder, 'a.txt'), 'Un article.');
      const loaded = await loadSource({ kind: 'path', path: join(folder, 'a.txt') });
      expect(loaded.name).toBe('a.txt');
      expect(Buffer.from(loaded.bytes).toString('utf8')).toBe('Un article.');
      expect(loaded.modifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    } finally {
      folders.removeAll();
    }
  });

  it('walks a folder for supported files only, skipping hidden ones', async () => {
    const folder = folders.make();
    try {
      mkdirSync(join(folder, 'sub'));
      writeFileSync(join(folder, 'a.md'), '# A');
      writeFileSync(join(folder, 'sub', 'b.HTML'), '<p>B</p>');
      writeFileSync(join(folder, 'photo.jpg'), '');
      writeFileSync(join(folder, '.hidden.txt'), '');
      const found: string[] = [];
      for await (const path of walk(folder)) found.push(path.slice(folder.length + 1));
      expect(found.sort()).toEqual(['a.md', join('sub', 'b.HTML')]);
    } finally {
      folders.removeAll();
    }
  });
});
