import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Channel } from '../../shared/contract';

/** The three front doors: Electron IPC, the browser mode's HTTP, the command line. */
export type Door = 'ipc' | 'http' | 'cli';

/**
 * What a caller may send besides plain values: file bytes it read itself, paths on this
 * machine, or paths inside the data folder only (the browser mode may name a model folder
 * the researcher put there, never anything else on the machine).
 */
export type InputKind = 'values' | 'bytes' | 'paths' | 'data-folder-paths';

/** For one channel: the input kinds each door may send; a door left out may not call it. */
export interface ChannelPolicy {
  doors: Partial<Record<Door, readonly InputKind[]>>;
  /** Top-level input fields holding a path on this machine (null or absent: none sent). */
  pathFields?: readonly string[];
}

const values = ['values'] as const;
const withFiles = ['values', 'bytes', 'paths'] as const;

/** Plain values only, from every door. Most channels are this. */
const anyDoor: ChannelPolicy = { doors: { ipc: values, http: values, cli: values } };

/** File bytes from every door; paths (sources of `kind: 'path'`) from the app and the CLI. */
const fileSources: ChannelPolicy = {
  doors: { ipc: withFiles, http: ['values', 'bytes'], cli: withFiles },
};

/** Paths in the given fields from the app and the CLI; the browser mode leaves them out. */
function localPaths(...pathFields: string[]): ChannelPolicy {
  return { doors: { ipc: withFiles, http: values, cli: withFiles }, pathFields };
}

/**
 * Every channel of the contract, which doors may call it and what each may send. A channel
 * missing here is refused at every door (and `door-policy.test.ts` names it), so a new
 * channel never opens a door by default. To add one, pick `anyDoor` unless it takes files:
 * `fileSources` for import sources, `localPaths('field')` for a field naming a path.
 */
export const doorPolicy: Record<Channel, ChannelPolicy> = {
  'corpus:import': fileSources,
  'corpus:page': anyDoor,
  'corpus:position': anyDoor,
  'corpus:facets': anyDoor,
  'corpus:stats': anyDoor,
  'documents:get': anyDoor,
  'search:query': anyDoor,
  'crosscheck:similar': anyDoor,
  'notes:list': anyDoor,
  'notes:get': anyDoor,
  'notes:create': anyDoor,
  'notes:rename': anyDoor,
  'notes:duplicate': anyDoor,
  'notes:delete': anyDoor,
  'notes:restore': anyDoor,
  'notes:save': anyDoor,
  'notes:citing': anyDoor,
  'notes:passageSource': anyDoor,
  'notes:export': anyDoor,
  'notes:exportAll': anyDoor,
  'import:start': fileSources,
  'import:add': fileSources,
  'import:status': anyDoor,
  'import:cancel': anyDoor,
  'import:confirm': anyDoor,
  'documents:source': anyDoor,
  'documents:update': anyDoor,
  'documents:updateMany': anyDoor,
  'documents:sources': anyDoor,
  'telegram:channels': anyDoor,
  'telegram:setPublicName': anyDoor,
  'documents:setBlocks': anyDoor,
  'documents:reprocess': anyDoor,
  'documents:reprocessAll': anyDoor,
  'documents:reprocessAllStatus': anyDoor,
  'documents:reprocessAllCancel': anyDoor,
  'corpus:check': anyDoor,
  'corpus:backup': localPaths('path'),
  'timeline:list': anyDoor,
  'timeline:update': anyDoor,
  'timeline:add': anyDoor,
  'timeline:reindex': anyDoor,
  'corroboration:list': anyDoor,
  'embedding:status': anyDoor,
  'embedding:use': {
    doors: { ipc: withFiles, http: ['values', 'data-folder-paths'], cli: withFiles },
    pathFields: ['modelFolder'],
  },
  'highlights:list': anyDoor,
  'highlights:create': anyDoor,
  'highlights:update': anyDoor,
  'highlights:delete': anyDoor,
  'highlights:reanchor': anyDoor,
  'highlights:orphaned': anyDoor,
  'documents:delete': anyDoor,
  'support:report': anyDoor,
  'health:status': anyDoor,
  'health:rebuild': anyDoor,
  'health:restore': anyDoor,
  'backups:list': anyDoor,
  'backups:setBudget': anyDoor,
};

/** The paths an input names: import sources of `kind: 'path'` and the declared path fields. */
function pathsIn(policy: ChannelPolicy, input: unknown): string[] {
  const value = (input ?? {}) as Record<string, unknown>;
  const found: string[] = [];
  for (const source of Array.isArray(value.sources) ? value.sources : []) {
    const candidate = source as { kind?: unknown; path?: unknown } | null;
    if (candidate?.kind === 'path') found.push(String(candidate.path));
  }
  for (const field of policy.pathFields ?? []) {
    const named = value[field];
    if (named !== null && named !== undefined) found.push(String(named));
  }
  return found;
}

function sendsBytes(input: unknown): boolean {
  const sources = (input as { sources?: unknown } | null)?.sources;
  return (
    Array.isArray(sources) &&
    sources.some((source) => (source as { kind?: unknown } | null)?.kind === 'bytes')
  );
}

/** Whether a path lies inside the data folder once `..` and symbolic links are resolved. */
export function insideFolder(path: string, folder: string): boolean {
  if (!isAbsolute(path)) return false;
  const real = (target: string) => {
    try {
      return realpathSync(target);
    } catch {
      return resolve(target);
    }
  };
  const inside = relative(real(folder), real(path));
  return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside);
}

/** Where the browser mode may name a model folder: the data folder's `models/`. */
export function modelsFolder(dataDir: string): string {
  return join(dataDir, 'models');
}

/**
 * Why a door may not make this call with this input, or null when it may. Every door asks
 * before dispatch; `dataDir` lets the browser mode name paths inside the data folder.
 */
export function doorRefusal(
  door: Door,
  channel: string,
  input: unknown,
  dataDir?: string,
): string | null {
  const policy = Object.hasOwn(doorPolicy, channel) ? doorPolicy[channel as Channel] : undefined;
  if (!policy) return `No door may call ${channel}: it has no entry in the door policy.`;
  const kinds = policy.doors[door];
  if (!kinds) return `${channel} cannot be called from ${doorNames[door]}.`;
  if (sendsBytes(input) && !kinds.includes('bytes')) {
    return `${channel} does not take file contents from ${doorNames[door]}.`;
  }
  const paths = pathsIn(policy, input);
  if (paths.length === 0 || kinds.includes('paths')) return null;
  if (
    kinds.includes('data-folder-paths') &&
    dataDir &&
    paths.every((path) => insideFolder(path, modelsFolder(dataDir)))
  ) {
    return null;
  }
  return door === 'http'
    ? `Browser mode reads file contents, not paths on this machine${
        kinds.includes('data-folder-paths') ? ` (outside the data folder's models/ folder)` : ''
      }: ${channel} refused.`
    : `${channel} does not take paths from ${doorNames[door]}.`;
}

const doorNames: Record<Door, string> = {
  ipc: 'the app',
  http: 'the browser mode',
  cli: 'the command line',
};
