// Runs @doyensec/electronegativity over src/ (fetched by npx, never an app dependency) and
// fails on any HIGH or MEDIUM finding that .ci/electronegativity-accepted.json does not explain.
// The tool always exits 0, so its CSV report is what counts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const TOOL = '@doyensec/electronegativity@1.10.3';
const electron = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies
  .electron;
const accepted = JSON.parse(
  readFileSync(join(root, '.ci', 'electronegativity-accepted.json'), 'utf8'),
).accepted;

// A finding's line opens with its check, severity, confidence, file and location (quoted or
// not), none of which holds a comma, quote or line break. The fields after them quote source
// samples the tool does not always escape (a CSP meta tag's double quotes split a CI report
// mid-field), so only those first five are read, from the lines that open that way.
const FINDING =
  /^"?([A-Z_]+)"?,"?(INFORMATIONAL|LOW|MEDIUM|HIGH|CRITICAL)"?,"?([A-Z]+)"?,"?([^,"\n]+)"?,"?(\d+:\d+)"?,/;

/** Runs the tool once; returns its report's rows (header dropped), or null with why. */
function runTool() {
  const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const report = join(work, 'report.csv');
  // Outside the project and without its node_modules/.bin on PATH, so the tool runs on the
  // system's Node: under the project's Node 24 its HTTP client crashes when offline. The release
  // check (AvailableSecurityFixesGlobalCheck) is skipped: it needs GitHub, which CI cannot reach.
  const path = process.env.PATH.split(delimiter)
    .filter((entry) => !entry.includes(`node_modules${'/'}.bin`))
    .join(delimiter);
  const run = spawnSync(
    'npx',
    [
      '-y',
      TOOL,
      '-i',
      join(root, 'src'),
      '-r',
      '-e',
      electron,
      '-x',
      'AvailableSecurityFixesGlobalCheck',
      '-o',
      report,
      '-v',
      'false',
    ],
    { cwd: work, env: { ...process.env, PATH: path }, encoding: 'utf8' },
  );
  try {
    const [, ...lines] = readFileSync(report, 'utf8').split(/\r?\n/);
    const rows = lines
      .map((line) => FINDING.exec(line))
      .filter(Boolean)
      .map((match) => match.slice(1, 6));
    // Lines that name a check but do not open as a finding mean the tool wrote something else
    // than usual: say so rather than read it wrongly.
    const unread = lines.filter((line) => /^"?[A-Z_]+_CHECK"?,/.test(line) && !FINDING.test(line));
    if (unread.length > 0) {
      return {
        rows: null,
        why: `a malformed report:\n${JSON.stringify(unread)}\n${run.stdout}\n${run.stderr}`,
      };
    }
    // Lines that are neither the header nor a finding: a sample the tool broke across lines,
    // or a row whose start it lost (seen in a fresh clone: its CSP row began mid-sample).
    const stray = lines.filter((line) => line.trim() !== '' && !FINDING.test(line));
    return { rows, why: '', stray };
  } catch {
    return { rows: null, why: `no report:\n${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

let attempt = runTool();
if (!attempt.rows) {
  console.error(`electronegativity wrote ${attempt.why}\nRunning it once more.`);
  attempt = runTool();
}
if (!attempt.rows) {
  console.error(`electronegativity wrote ${attempt.why}`);
  process.exit(1);
}
const rows = attempt.rows;
if (attempt.stray.length > 0) {
  console.warn(
    `electronegativity: warning, ${attempt.stray.length} report line(s) read as no finding (a row may be lost):\n${attempt.stray.map((line) => `  ${line.slice(0, 120)}`).join('\n')}`,
  );
}

const findings = rows.map(([check, severity, confidence, file, location]) => ({
  check,
  severity,
  confidence,
  file,
  location,
}));
const isExplained = (finding) =>
  accepted.some((entry) => entry.check === finding.check && entry.file === finding.file);
const blocking = findings.filter(
  (finding) => ['HIGH', 'MEDIUM'].includes(finding.severity) && !isExplained(finding),
);
for (const finding of findings) {
  const verdict = isExplained(finding)
    ? 'explained'
    : blocking.includes(finding)
      ? 'UNEXPLAINED'
      : 'low';
  console.log(
    `${finding.severity.padEnd(13)} ${finding.check.padEnd(32)} ${finding.file}:${finding.location}  ${verdict}`,
  );
}
console.log(
  `electronegativity: ${findings.length} findings, ${blocking.length} unexplained HIGH or MEDIUM`,
);
process.exit(blocking.length > 0 ? 1 : 0);
