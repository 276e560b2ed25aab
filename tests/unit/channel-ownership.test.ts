import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/contract';
import type { ServiceContext } from '../../src/main/services/context';
import { LexicalHashEmbedder } from '../../src/main/services/embedding/lexical-hash-embedder';
import { temporaryCorpus } from '../support/temp-corpus';

// DESIGN.md: a channel prefix belongs to exactly one feature. Each feature declares its
// channels in src/shared/contracts/<feature>.contract.ts and handles them in
// src/main/services/<feature>/<feature>.handlers.ts; these tests read the contract objects and
// the handler maps themselves, so a channel slipped into another feature's files fails here.
const root = join(import.meta.dirname, '..', '..');
const contractsDir = join(root, 'src', 'shared', 'contracts');
const servicesDir = join(root, 'src', 'main', 'services');

const prefix = (channel: string) => channel.slice(0, channel.indexOf(':'));

/** Per feature: the channel names one of its modules' exports (picked by `pick`) declare. */
async function channelsByFeature(
  files: { feature: string; path: string }[],
  pick: (exported: unknown) => object | null,
): Promise<Map<string, string[]>> {
  const byFeature = new Map<string, string[]>();
  for (const { feature, path } of files) {
    const module = (await import(path)) as Record<string, unknown>;
    const channels = Object.values(module).flatMap((exported) => {
      const picked = pick(exported);
      return picked ? Object.keys(picked) : [];
    });
    byFeature.set(feature, channels);
  }
  return byFeature;
}

/** The features that declare each prefix, for the prefixes more than one feature declares. */
function sharedPrefixes(byFeature: Map<string, string[]>): Record<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const [feature, channels] of byFeature) {
    for (const channel of channels) {
      owners.set(prefix(channel), (owners.get(prefix(channel)) ?? new Set()).add(feature));
    }
  }
  return Object.fromEntries(
    [...owners].filter(([, features]) => features.size > 1).map(([p, f]) => [p, [...f].sort()]),
  );
}

const contractFiles = readdirSync(contractsDir)
  .filter((name) => name.endsWith('.contract.ts'))
  .map((name) => ({ feature: name.replace('.contract.ts', ''), path: join(contractsDir, name) }));

const handlerFiles = readdirSync(servicesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap(({ name }) =>
    readdirSync(join(servicesDir, name))
      .filter((file) => file === `${name}.handlers.ts`)
      .map(() => ({ feature: name, path: join(servicesDir, name, `${name}.handlers.ts`) })),
  );

describe('channel ownership', () => {
  const corpus = temporaryCorpus();
  afterAll(() => corpus.dispose());
  const context: ServiceContext = {
    db: corpus.db,
    embedder: new LexicalHashEmbedder(),
    vectorIndex: null,
    preparer: null,
    termCounts: null,
  };

  const contracts = channelsByFeature(contractFiles, (exported) =>
    exported &&
    typeof exported === 'object' &&
    Object.keys(exported).every((key) => key.includes(':'))
      ? exported
      : null,
  );
  // A feature's handler map is what its `<feature>Handlers(context)` export returns.
  const handlers = channelsByFeature(handlerFiles, (exported) =>
    typeof exported === 'function' && exported.name.endsWith('Handlers')
      ? (exported as (context: ServiceContext) => object)(context)
      : null,
  );

  it('finds every channel of the contract in exactly one contract file', async () => {
    const declared = [...(await contracts).values()].flat().sort();
    expect(declared).toEqual(Object.keys(contract).sort());
  });

  it('declares each channel prefix in one contract file only', async () => {
    expect(sharedPrefixes(await contracts)).toEqual({});
  });

  it('handles each channel prefix in one handlers file only', async () => {
    expect(sharedPrefixes(await handlers)).toEqual({});
  });

  it("handles a feature's channels in that feature's own folder", async () => {
    const declared = await contracts;
    const handled = await handlers;
    expect([...handled.keys()].sort()).toEqual([...declared.keys()].sort());
    for (const [feature, channels] of declared) {
      expect({ feature, channels: handled.get(feature)?.sort() }).toEqual({
        feature,
        channels: [...channels].sort(),
      });
    }
  });
});
