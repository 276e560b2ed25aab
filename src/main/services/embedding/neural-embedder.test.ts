import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../../tests/support/temp-corpus';
import { LexicalHashEmbedder } from './lexical-hash-embedder';
import { NeuralEmbedder } from './neural-embedder';

// Built by scripts/make-tiny-embedding-model.py: a real ONNX graph and WordPiece tokenizer,
// small enough to commit, in which "crue" and "flood" share a direction.
const modelFolder = join(fixturesDir, 'tiny-embedding-model');

const cosine = (a: Float32Array, b: Float32Array) =>
  a.reduce((sum, value, index) => sum + value * b[index]!, 0);

describe('NeuralEmbedder on the tiny model the project builds', () => {
  it('loads the ONNX model from a local folder and gives unit vectors of its size', async () => {
    const embedder = await NeuralEmbedder.load(modelFolder);
    expect(embedder.dimensions).toBe(16);
    expect(embedder.id).toBe('neural-tiny-embedding-model-16');
    const vectors = await embedder.embed(['La crue de la Brenne', 'The football match']);
    expect(vectors).toHaveLength(2);
    for (const vector of vectors) {
      expect(vector).toHaveLength(16);
      expect(Math.sqrt(cosine(vector, vector))).toBeCloseTo(1, 4);
    }
  });

  it('sees a translation as close, where the lexical embedder sees nothing shared', async () => {
    const neural = await NeuralEmbedder.load(modelFolder);
    const [french, english, unrelated] = await neural.embed([
      'Crue de la rivière : les habitants évacués la nuit',
      'River flood: residents evacuated at night',
      'Le championnat de football au stade',
    ]);
    expect(cosine(french!, english!)).toBeGreaterThan(0.6);
    expect(cosine(french!, english!)).toBeGreaterThan(cosine(french!, unrelated!) + 0.3);

    const lexical = new LexicalHashEmbedder();
    const [lexicalFrench, lexicalEnglish] = await lexical.embed([
      'Crue de la rivière : les habitants évacués la nuit',
      'River flood: residents evacuated at night',
    ]);
    expect(cosine(lexicalFrench!, lexicalEnglish!)).toBeLessThan(0.5);
  });

  it('refuses a folder without a model, saying which folder', async () => {
    await expect(NeuralEmbedder.load(join(fixturesDir, 'no-such-model'))).rejects.toThrow(
      /no-such-model/,
    );
  });
});

const hasPythonOnnx =
  spawnSync('/usr/bin/python3', ['-c', 'import onnx'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasPythonOnnx)(
  'the committed model fixture (skipped without Debian’s python3-onnx)',
  () => {
    it('is exactly what scripts/make-tiny-embedding-model.py builds', () => {
      const folder = mkdtempSync(join(tmpdir(), 'recoupe-model-'));
      try {
        const script = join(
          import.meta.dirname,
          '../../../../scripts/make-tiny-embedding-model.py',
        );
        const run = spawnSync('/usr/bin/python3', [script, folder], { encoding: 'utf8' });
        expect(run.stderr).toBe('');
        for (const file of ['onnx/model.onnx', 'tokenizer.json', 'config.json']) {
          expect(readFileSync(join(folder, file))).toEqual(readFileSync(join(modelFolder, file)));
        }
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  },
);
