import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { channels, contract, type Channel } from '../../shared/contract';
import { browserDoor } from '../../../tests/support/browser-door';
import { temporaryCorpus } from '../../../tests/support/temp-corpus';
import { doorPolicy, doorRefusal, modelsFolder } from './door-policy';

const POLICY_FILE = 'src/main/app/door-policy.ts';
/** Input fields whose name says they hold a place on this machine. */
const PATH_LIKE = /path|folder|dir(ectory)?$|file$/i;

/** What a channel's input schema lets a caller name: `kind: 'path'` sources, path-like fields. */
function pathInputs(channel: Channel): { sources: boolean; fields: string[] } {
  const json = z.toJSONSchema(contract[channel].input, { io: 'input', unrepresentable: 'any' });
  const top = (json.properties ?? {}) as Record<string, unknown>;
  const fields = Object.keys(top).filter(
    (name) => PATH_LIKE.test(name) && JSON.stringify(top[name]).includes('"string"'),
  );
  return { sources: JSON.stringify(json).includes('"const":"path"'), fields };
}

/** An input naming `folder` in every way the channel accepts a path. */
function inputNaming(channel: Channel, folder: string): Record<string, unknown> {
  const { sources, fields } = pathInputs(channel);
  const input: Record<string, unknown> = { jobId: 'job-1', id: 1 };
  if (sources) input.sources = [{ kind: 'path', path: folder }];
  for (const field of fields) input[field] = folder;
  return input;
}

const pathChannels = channels.filter((channel) => {
  const { sources, fields } = pathInputs(channel);
  return sources || fields.length > 0;
});

describe('the door policy', () => {
  it('has an entry for every channel of the contract', () => {
    const missing = channels.filter((channel) => !Object.hasOwn(doorPolicy, channel));
    const advice = missing
      .map((channel) => `  '${channel}': anyDoor,   // or fileSources / localPaths('field')`)
      .join('\n');
    expect(
      missing,
      `Channels with no door policy are refused at every door. Add to doorPolicy in ${POLICY_FILE}:\n${advice}`,
    ).toEqual([]);
  });

  it('names only channels the contract declares', () => {
    const stale = Object.keys(doorPolicy).filter(
      (channel) => !channels.includes(channel as Channel),
    );
    expect(stale, `Remove these entries from doorPolicy in ${POLICY_FILE}`).toEqual([]);
  });

  it('knows every input field that names a path, so no door reads it unchecked', () => {
    for (const channel of pathChannels) {
      const declared = doorPolicy[channel].pathFields ?? [];
      const undeclared = pathInputs(channel).fields.filter((field) => !declared.includes(field));
      expect(
        undeclared,
        `${channel} takes a path in ${undeclared.join(', ')}: in ${POLICY_FILE} give it ` +
          `localPaths(${undeclared.map((field) => `'${field}'`).join(', ')}) so the browser mode cannot send one`,
      ).toEqual([]);
    }
  });

  it('finds the channels that take paths (the test below covers each)', () => {
    expect(pathChannels).toEqual(
      expect.arrayContaining([
        'corpus:import',
        'import:start',
        'import:add',
        'corpus:backup',
        'embedding:use',
      ]),
    );
  });

  it('lets the app and the command line send paths, and refuses the browser mode', () => {
    for (const channel of pathChannels) {
      const input = inputNaming(channel, '/home');
      expect(doorRefusal('ipc', channel, input), channel).toBeNull();
      expect(doorRefusal('cli', channel, input), channel).toBeNull();
      expect(doorRefusal('http', channel, input), channel).toMatch(/not paths on this machine/);
    }
    expect(doorRefusal('http', 'import:start', { sources: [] })).toBeNull();
    expect(
      doorRefusal('http', 'import:start', { sources: [{ kind: 'bytes', name: 'a', base64: '' }] }),
    ).toBeNull();
  });

  it('refuses a channel nobody declared at every door', () => {
    for (const door of ['ipc', 'http', 'cli'] as const) {
      expect(doorRefusal(door, 'documents:nothing', {})).toMatch(/no entry in the door policy/);
    }
  });

  it("lets the browser mode name a model folder inside the data folder's models/ only", () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'recoupe-policy-'));
    const outside = mkdtempSync(join(tmpdir(), 'recoupe-outside-'));
    mkdirSync(join(modelsFolder(dataDir), 'tiny'), { recursive: true });
    symlinkSync(outside, join(modelsFolder(dataDir), 'escape'));
    const use = (modelFolder: string | null) =>
      doorRefusal('http', 'embedding:use', { modelFolder }, dataDir);
    expect(use(join(modelsFolder(dataDir), 'tiny'))).toBeNull();
    expect(use(null)).toBeNull();
    expect(use(join(modelsFolder(dataDir), '..', '..'))).toMatch(/not paths/);
    expect(use(join(modelsFolder(dataDir), 'escape'))).toMatch(/not paths/);
    expect(use(join(dataDir, 'corpus.sqlite'))).toMatch(/not paths/);
    expect(use('models/tiny')).toMatch(/not paths/);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
});

describe('the browser-mode door, over real HTTP', () => {
  const corpus = temporaryCorpus();
  // A folder holding an importable article: a path that got through would import it.
  const victim = mkdtempSync(join(tmpdir(), 'recoupe-victim-'));
  writeFileSync(join(victim, 'secret.txt'), 'A private letter that must never be imported.\n');
  const { call } = browserDoor(corpus.handlers, { dataDir: corpus.dataDir });
  afterAll(() => {
    corpus.dispose();
    rmSync(victim, { recursive: true, force: true });
  });

  it('refuses a path source or path field on every channel that takes one', async () => {
    expect(pathChannels.length).toBeGreaterThanOrEqual(5);
    for (const channel of pathChannels) {
      expect(await call(channel, inputNaming(channel, victim)), channel).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(/not paths/) },
      });
    }
    expect(await call('corpus:stats', {})).toMatchObject({ ok: true, value: { documents: 0 } });
  });

  it('still imports the bytes a page sends', async () => {
    const base64 = Buffer.from('Bytes the browser read itself, as a page does.\n').toString(
      'base64',
    );
    const result = await call('corpus:import', {
      sources: [{ kind: 'bytes', name: 'dropped.txt', base64 }],
    });
    expect(result).toMatchObject({ ok: true, value: [{ status: 'imported' }] });
  });
});
