import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryFolders } from '../../tests/support/temp-folders';
import { filesToHandOver } from './single-instance';

describe('the files a second launch hands to the first', () => {
  const folders = temporaryFolders('recoupe-launch-');
  afterEach(() => folders.removeAll());

  it('keeps existing importable files and folders, resolved from its working folder', () => {
    const cwd = folders.make();
    writeFileSync(join(cwd, 'article.html'), '<p>x</p>');
    writeFileSync(join(cwd, 'picture.png'), '');
    mkdirSync(join(cwd, 'clippings'));
    const app = join(cwd, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{}');
    const argv = [
      '/usr/lib/recoupe/recoupe',
      '--no-sandbox',
      app,
      'article.html',
      'picture.png',
      'missing.txt',
      join(cwd, 'clippings'),
    ];
    expect(filesToHandOver(argv, cwd)).toEqual([join(cwd, 'article.html'), join(cwd, 'clippings')]);
  });
});
