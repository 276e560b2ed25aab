// `npm start`: the Electron app where its binary is installed; elsewhere the browser mode,
// said in one line, so the app runs on every machine.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');
// Reading path.txt rather than require('electron'), which would try to download the binary.
const binary = existsSync(pathFile)
  ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  : null;
const hasElectron = Boolean(
  process.env.ELECTRON_OVERRIDE_DIST_PATH || (binary && existsSync(binary)),
);

const [command, args] = hasElectron
  ? ['electron-vite', ['preview']]
  : ['npm', ['run', 'serve', '--', ...process.argv.slice(2)]];
if (!hasElectron) {
  console.log(
    'No Electron binary is installed here: starting the browser mode instead (open the address below).',
  );
}
const child = spawn(command, args, { stdio: 'inherit', cwd: root });
child.on('close', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
