// `npm test`: unit tests (vitest), then a renderer build and the browser tests (Playwright in
// Debian's Chromium), ending with one `N passed, N failed, N skipped` line over both.
import { spawn } from 'node:child_process';

function run(command, args) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], shell: false });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function counts(output, label) {
  const match = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed, (\\d+) skipped$`, 'm').exec(
    output,
  );
  return match ? match.slice(1).map(Number) : null;
}

const totals = [0, 0, 0];
let failedSteps = 0;
const steps = [
  { label: 'unit', command: 'vitest', args: ['run'] },
  { label: null, command: 'electron-vite', args: ['build'] },
  { label: 'e2e', command: 'playwright', args: ['test'] },
];
for (const step of steps) {
  const { code, output } = await run(step.command, step.args);
  const found = step.label ? counts(output, step.label) : [0, 0, 0];
  if (code !== 0 || !found) failedSteps++;
  if (found) found.forEach((value, index) => (totals[index] += value));
  else totals[1] += 1; // a runner that crashed before counting is one failure, not zero
  if (code !== 0 && !step.label) break;
}
console.log(`\ntotal: ${totals[0]} passed, ${totals[1]} failed, ${totals[2]} skipped`);
process.exit(failedSteps > 0 ? 1 : 0);
