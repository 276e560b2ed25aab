import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import { HealthRepository } from '../src/main/db/repositories/health.repo';
import { backupDatabase } from '../src/main/services/maintenance/backup';
import { measureImport, productEmbedder } from './import-bench';

// `npx tsx bench/health-check.ts --count 10000`: imports a seeded synthetic corpus (or reuses
// bench/data/corpus-health-N), then times the health check's quick_check, the per-table check
// used to locate damage, integrity_check (what a backup is verified with) and an online backup.
const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const count = Number(values.count);
const dataDir = join(import.meta.dirname, 'data', `corpus-health-${count}`);
const file = join(dataDir, DATABASE_FILE);
if (!existsSync(file)) {
  const imported = await measureImport('health', dataDir, count, productEmbedder(), 42, (done) =>
    console.log(`imported ${done}`),
  );
  console.log(`import: ${imported.articles} articles, ${imported.passages} passages`);
}
const db = openDatabase(file);
const seconds = (work: () => unknown) => {
  const start = performance.now();
  const result = work();
  return { seconds: (performance.now() - start) / 1000, result };
};
const repository = new HealthRepository(db);
const quick = seconds(() => repository.quickCheck());
const perTable = seconds(() => repository.damagedTables());
const full = seconds(() => db.prepare('PRAGMA integrity_check(1)').get());
const target = join(dataDir, 'bench-backup.sqlite');
rmSync(target, { force: true });
const backupStart = performance.now();
await backupDatabase(db, target);
const backupSeconds = (performance.now() - backupStart) / 1000;
rmSync(target, { force: true });
db.close();
console.log(
  JSON.stringify(
    {
      articles: count,
      databaseBytes: statSync(file).size,
      quickCheckSeconds: quick.seconds,
      quickCheck: quick.result,
      perTableCheckSeconds: perTable.seconds,
      integrityCheckSeconds: full.seconds,
      backupSeconds,
    },
    null,
    2,
  ),
);
