#!/usr/bin/env node
// Launcher for the `recoupe` CLI: runs the TypeScript entry on Node 24 (node:sqlite with
// extension loading), whatever Node started this script, so `npx recoupe` works after install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const major = Number(process.versions.node.split('.')[0]);
const bundled = join(root, 'node_modules', 'node', 'bin', 'node');
const node = major >= 24 || !existsSync(bundled) ? process.execPath : bundled;
const loader = pathToFileURL(require.resolve('tsx')).href;
const entry = join(root, 'src', 'main', 'cli', 'index.ts');

const result = spawnSync(node, ['--import', loader, entry, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
