// The process the crash test kills: imports a batch of files one by one, autosaves a draft
// over and over, re-embeds or re-processes the corpus, restores a backup over it or migrates
// an older one, printing a line only after each commit. The parent SIGKILLs it at a random
// moment and checks that everything reported is in the corpus, whole.
import { writeSync } from 'node:fs';
import { openCorpus } from '../../../src/main/app/corpus';
import { transaction } from '../../../src/main/db/connection';
import { SettingsRepository } from '../../../src/main/db/repositories/settings.repo';
import { restoreCorpus } from '../../../src/main/services/maintenance/backup';
import { draftBody, DRAFT_KEY } from './workload';

const [mode, dataDir, ...files] = process.argv.slice(2);
// A restore must run with the corpus closed (it refuses while a process has it open); a
// migration runs as the corpus opens, after `ready`, so the kill can land inside it.
const corpus = mode === 'restore' || mode === 'migrate' ? null! : openCorpus(dataDir!);
// writeSync: a line buffered in the stream when the kill lands would under-report, which is
// harmless; but a line must never be printed before its commit. The pipe is non-blocking, so
// a full pipe (EAGAIN) is retried until the parent has read it.
function report(line: string): void {
  for (;;) {
    try {
      writeSync(1, `${line}\n`);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}
report('ready');

if (mode === 'restore') {
  await restoreCorpus(dataDir!, files[0]!, { force: true });
  report('done');
  process.exit(0);
} else if (mode === 'migrate') {
  openCorpus(dataDir!, { buildVectorIndex: false }).close();
  report('done');
  process.exit(0);
} else if (mode === 'reprocess') {
  // Through the handler, as the app and the CLI call it: the automatic backup comes first.
  await corpus.handlers['documents:reprocessAll']({});
  while ((await corpus.handlers['documents:reprocessAllStatus']({})).state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
} else if (mode === 'reembed') {
  await corpus.handlers['embedding:use']({ modelFolder: files[0]! });
  while ((await corpus.handlers['embedding:status']({})).job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
} else if (mode === 'import') {
  for (const path of files) {
    const [outcome] = await corpus.handlers['corpus:import']({ sources: [{ kind: 'path', path }] });
    if (outcome?.status === 'imported') report(`imported ${outcome.documentId} ${path}`);
    else report(`failed ${path} ${outcome?.error ?? ''}`);
  }
} else {
  const settings = new SettingsRepository(corpus.db);
  for (let version = 1; ; version++) {
    transaction(corpus.db, () =>
      settings.set(DRAFT_KEY, JSON.stringify({ version, body: draftBody(version) })),
    );
    report(`saved ${version}`);
    // Autosave is not a tight loop: the kill may land between saves as well as inside one.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
report('done');
corpus.close();
