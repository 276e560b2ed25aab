import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTestBed, settleJob } from '../../../../tests/support/import-test-bed';
import { seedsDir } from '../../../../tests/support/temp-corpus';

/** Every sentence of the sample articles (read at run time), the page's lines split too. */
function seedSentences(): string[] {
  const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
  const sentences = new Set<string>();
  for (const file of readdirSync(seedsDir).sort()) {
    for (const line of readFileSync(join(seedsDir, file), 'utf8').split('\n')) {
      for (const { segment } of segmenter.segment(line)) {
        const sentence = segment.trim();
        if (/[\p{L}\p{N}]/u.test(sentence)) sentences.add(sentence);
      }
    }
  }
  return [...sentences];
}

describe('short texts', () => {
  const bed = importTestBed('recoupe-short-');

  it('imports every sentence of the sample articles, each saved as its own file', async () => {
    const sentences = seedSentences();
    expect(sentences.length).toBeGreaterThan(100);
    sentences.forEach((sentence, index) => {
      writeFileSync(join(bed.folder, `${String(index).padStart(4, '0')}.txt`), sentence);
    });
    const started = await bed.corpus.handlers['import:start']({
      sources: [{ kind: 'path', path: bed.folder }],
    });
    const job = await settleJob(bed.corpus, started.id);
    const failed = job.items.filter((item) => item.status === 'failed');
    expect(failed).toEqual([]);
    expect(job.items.length).toBe(sentences.length);
    // Each document holds its sentence: none was emptied by cleaning.
    for (const item of job.items.slice(0, 50)) {
      const document = await bed.corpus.handlers['documents:get']({ id: item.documentId! });
      const index = Number(item.file.split('/').pop()!.slice(0, 4));
      // Spacing may be repaired ("presse.Jeudi"), never a word lost.
      const letters = (text: string) => text.replace(/\s+/g, '');
      expect(letters(document.text)).toContain(letters(sentences[index]!));
    }
  }, 120_000);

  it('says "short text" when the rules would have set a lone headline aside', async () => {
    const [outcome] = await bed.corpus.handlers['corpus:import']({
      sources: [
        {
          kind: 'bytes',
          name: 'titre.txt',
          base64: Buffer.from('Zelensky appelle les Européens à tenir bon').toString('base64'),
        },
      ],
    });
    expect(outcome!.status).toBe('imported');
    const document = await bed.corpus.handlers['documents:get']({ id: outcome!.documentId! });
    expect(document.text).toBe('Zelensky appelle les Européens à tenir bon');
    const source = await bed.corpus.handlers['documents:source']({ id: outcome!.documentId! });
    expect(source.shortText).toBe(true);
  });

  it('still refuses a file with no words at all, with the same reason', async () => {
    const [outcome] = await bed.corpus.handlers['corpus:import']({
      sources: [
        { kind: 'bytes', name: 'vide.txt', base64: Buffer.from('  \n — \n').toString('base64') },
      ],
    });
    expect(outcome).toMatchObject({ status: 'failed', errorCode: 'empty-file' });
    expect(outcome!.error).toContain('holds no article text');
  });
});
