import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openCorpus } from '../src/main/app/corpus';

// `npx tsx bench/telegram.ts --posts 10000`: writes a generated Telegram channel export
// (result.json, streamed to disk), imports it as the app does (one import job), and reports
// the rate and the process's peak memory, sampled while the import runs.
const { values } = parseArgs({
  options: { posts: { type: 'string', default: '1000' }, seed: { type: 'string', default: '7' } },
});
const posts = Number(values.posts);

let state = Number(values.seed);
const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const subjects = ['Le ministre', 'La préfecture', 'Le porte-parole', 'L’armée', 'Le maire'];
const verbs = ['a annoncé', 'a confirmé', 'a démenti', 'a précisé', 'a rappelé'];
const objects = [
  'de nouvelles évacuations dans la région',
  'une frappe sur une infrastructure énergétique',
  'la reprise des négociations dès lundi',
  'un bilan de 12 blessés',
  'le renforcement des contrôles aux frontières',
];
const sentence = (index: number) =>
  `${pick(subjects)} ${pick(verbs)} ${pick(objects)} (message ${index}).`;

async function writeExport(path: string): Promise<void> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    '{\n "name": "Canal de test",\n "type": "public_channel",\n "id": 990001,\n "messages": [\n',
  );
  const start = Date.UTC(2024, 0, 1) / 1000;
  for (let id = 1; id <= posts; id++) {
    const unix = start + id * 600;
    const date = new Date((unix + 3600) * 1000).toISOString().slice(0, 19);
    const service = id % 50 === 0;
    const message = service
      ? { id, type: 'service', date, date_unixtime: String(unix), action: 'pin_message', text: '' }
      : {
          id,
          type: 'message',
          date,
          date_unixtime: String(unix),
          from: 'Canal de test',
          from_id: 'channel990001',
          text: [
            sentence(id),
            ' ',
            { type: 'bold', text: sentence(id + 1) },
            ' ',
            sentence(id + 2),
          ],
        };
    await write(`  ${JSON.stringify(message)}${id < posts ? ',' : ''}\n`);
  }
  await write(' ]\n}\n');
  out.end();
  await once(out, 'finish');
}

const folder = mkdtempSync(join(tmpdir(), 'recoupe-telegram-bench-'));
try {
  const exportPath = join(folder, 'result.json');
  await writeExport(exportPath);
  const corpus = openCorpus(join(folder, 'data'));
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
  };
  const sampler = setInterval(sample, 100);
  // Other work shares the machine: the one-minute load average, read every 10 s, says how busy.
  const loads: number[] = [];
  const readLoad = () => loads.push(loadavg()[0]!);
  readLoad();
  const loadReader = setInterval(readLoad, 10_000);
  const started = performance.now();
  let job = await corpus.handlers['import:start']({
    sources: [{ kind: 'path', path: exportPath }],
  });
  let lastLog = performance.now();
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = await corpus.handlers['import:status']({ jobId: job.id });
    if (performance.now() - lastLog > 60_000) {
      lastLog = performance.now();
      const done = job.items[0]?.telegram?.imported ?? 0;
      const elapsed = Math.round((lastLog - started) / 1000);
      console.error(`${elapsed} s: ${done} posts, RSS ${Math.round(peakRss / 2 ** 20)} MB peak`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  clearInterval(loadReader);
  sample();
  const summary = job.items[0]?.telegram;
  const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
  console.log(
    JSON.stringify({
      posts,
      exportMB: megabytes(statSync(exportPath).size),
      imported: summary?.imported,
      service: summary?.service,
      seconds: Math.round(seconds),
      postsPerSecond: Math.round((summary?.imported ?? 0) / seconds),
      peakRssMB: megabytes(peakRss),
      peakHeapMB: megabytes(peakHeap),
      loadAverage: {
        mean: Number((loads.reduce((sum, load) => sum + load, 0) / loads.length).toFixed(1)),
        min: Math.min(...loads),
        max: Math.max(...loads),
      },
      status: job.items[0]?.status,
      error: job.items[0]?.error,
    }),
  );
  corpus.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
