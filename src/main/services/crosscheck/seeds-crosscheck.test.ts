import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSeeds, seedsDir, temporaryCorpus } from '../../../../tests/support/temp-corpus';

const seedsPresent = existsSync(seedsDir) && readdirSync(seedsDir).length > 0;

/**
 * The checks on the sample corpus, read at run time: no disagreement between figures of
 * different events, with the publish dates as imported and with the dates a researcher would
 * set (the night attacks then fall on two different nights).
 */
describe.skipIf(!seedsPresent)(
  `cross-checking the seed corpus (skipped when ${seedsDir} is absent)`,
  () => {
    let corpus: ReturnType<typeof temporaryCorpus>;
    const idOf = new Map<string, number>();

    beforeAll(async () => {
      corpus = temporaryCorpus();
      for (const [id, file] of await importSeeds(corpus)) idOf.set(file.slice(0, 3), id);
    });
    afterAll(() => corpus?.dispose());

    const figures = async () => (await corpus.handlers['corroboration:list']({})).figures;
    const verdictWith = async (text: string) =>
      (await figures()).find((figure) => figure.sources.some((source) => source.text === text))
        ?.verdict.kind;

    it('flags no disagreement between the two drone attacks or the troop estimates', async () => {
      expect((await figures()).filter((figure) => figure.verdict.kind === 'disagree')).toEqual([]);
      expect(await verdictWith('145 drones')).not.toBe('disagree');
      // 004 states no publish date: its estimate may not order the two troop figures.
      expect(await verdictWith('plusieurs milliers de soldats')).toBe('not-compared');
    });

    it('still flags none once the articles are dated, and shows the troop estimate changing', async () => {
      const dates: Record<string, string> = {
        '000': '2024-10-28',
        '001': '2024-11-13',
        '004': '2024-12-17',
      };
      for (const [file, publishedAt] of Object.entries(dates)) {
        await corpus.handlers['documents:update']({ id: idOf.get(file)!, fields: { publishedAt } });
      }
      expect((await figures()).filter((figure) => figure.verdict.kind === 'disagree')).toEqual([]);
      // "cette nuit" (28 Oct) and "la nuit de samedi à dimanche" (10 Nov): two attacks.
      expect(await verdictWith('145 drones')).toBeUndefined();
      expect(await verdictWith('plusieurs milliers de soldats')).toBe('changed');
    });

    it('pairs the Rutte quotation with L’Express’s own full sentence, one entry per outlet', async () => {
      const { quotes } = await corpus.handlers['corroboration:list']({});
      const rutte = quotes.find((quote) => quote.speakers.some((name) => name.endsWith('Rutte')));
      expect(rutte).toBeDefined();
      const express = rutte!.sources.filter((source) => source.documentId === idOf.get('003'));
      expect(express).toHaveLength(1);
      expect(express[0]!.text.startsWith('Je peux confirmer que des troupes nord-coréennes')).toBe(
        true,
      );
      const ukrinform = rutte!.sources.find((source) => source.documentId === idOf.get('000'))!;
      expect(ukrinform.text).toContain('je peux confirmer');
      // Matching words are marked on both sides.
      for (const source of [ukrinform, express[0]!]) {
        const marked = source.marks.map((mark) => source.passageText.slice(mark.start, mark.end));
        expect(marked.join(' ')).toContain('Koursk');
      }
    });
  },
);
