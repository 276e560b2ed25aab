// Run inside a read-only mount by storage.test.ts: opens the corpus the way the app does
// (no read-only flag) and prints what reading and importing did, as one JSON line.
import { openCorpus } from '../../src/main/app/corpus';
import { everyDocument } from './library';

const corpus = openCorpus(process.argv[2]!);
const documents = await everyDocument(corpus.handlers);
const [outcome] = await corpus.handlers['corpus:import']({
  sources: [
    {
      kind: 'bytes',
      name: 'new.txt',
      base64: Buffer.from('Une ligne de texte neuve.').toString('base64'),
    },
  ],
});
corpus.close();
console.log(JSON.stringify({ readOnly: corpus.readOnly, documents: documents.length, outcome }));
