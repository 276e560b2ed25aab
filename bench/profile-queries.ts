import { join } from 'node:path';
import { DATABASE_FILE, openDatabase } from '../src/main/db/connection';
import { VECTOR_INDEX_FILE } from '../src/main/corpus';
import { NearestPassages } from '../src/main/services/search/nearest';
import { VectorIndex } from '../src/main/services/search/vector-index';
import { SearchService } from '../src/main/services/search/search.service';
import { SimilarService } from '../src/main/services/crosscheck/similar.service';
import { productEmbedder } from './import-bench';
import { buildQueries } from './query-bench';

// Profiles the query phase's calls: `node --cpu-prof` on this file, then read the profile.
const corpusDir = join(import.meta.dirname, 'data', process.argv[2] ?? 'corpus-1k');
const db = openDatabase(join(corpusDir, DATABASE_FILE));
const index = new VectorIndex(db, { file: join(corpusDir, VECTOR_INDEX_FILE), background: false });
index.finish();
const nearest = new NearestPassages(db, index);
const search = new SearchService(db, productEmbedder(), nearest);
const similar = new SimilarService(db, nearest);
const { short, ids } = buildQueries(db, 40, 42);
let started = performance.now();
for (const query of short) await search.query(query, 20, 'vector');
console.log('vector', ((performance.now() - started) / short.length).toFixed(1), 'ms each');
started = performance.now();
for (const id of ids) similar.similar(id, 10);
console.log('similar', ((performance.now() - started) / ids.length).toFixed(1), 'ms each');
