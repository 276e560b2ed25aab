import { describe, expect, it } from 'vitest';
import { importFixtures, temporaryCorpus } from '../../../../tests/support/temp-corpus';

describe('documents:setBlocks', () => {
  it('puts a run of blocks back in one re-processing, re-anchors highlights, and sets it aside again', async () => {
    const corpus = temporaryCorpus();
    try {
      const [id] = await importFixtures(corpus, ['digue-valmont-points-cles.txt']);
      const { blocks } = await corpus.handlers['documents:source']({ id: id! });
      const run = blocks.filter((block) => block.text.startsWith('⇒'));
      expect(run.map((block) => block.included)).toEqual([false, false, false]);
      const before = await corpus.handlers['documents:get']({ id: id! });
      const exact = 'plus de 9 000 sacs de sable';
      const start = before.text.indexOf(exact);
      const highlight = await corpus.handlers['highlights:create']({
        documentId: id!,
        start,
        end: start + exact.length,
        color: 'yellow',
        comment: '',
        tags: [],
      });

      const ordinals = run.map((block) => block.ordinal);
      const restored = await corpus.handlers['documents:setBlocks']({
        id: id!,
        ordinals,
        included: true,
      });
      for (const block of run) expect(restored.text).toContain(block.text);
      const [moved] = await corpus.handlers['highlights:list']({ documentId: id! });
      expect(moved).toMatchObject({ id: highlight.id, status: 'moved' });
      expect(restored.text.slice(moved!.start, moved!.end)).toBe(exact);
      const source = await corpus.handlers['documents:source']({ id: id! });
      expect(
        source.blocks.filter((block) => ordinals.includes(block.ordinal)).map((b) => b.overridden),
      ).toEqual([true, true, true]);

      const again = await corpus.handlers['documents:setBlocks']({
        id: id!,
        ordinals,
        included: false,
      });
      for (const block of run) expect(again.text).not.toContain(block.text);
      const [back] = await corpus.handlers['highlights:list']({ documentId: id! });
      expect(again.text.slice(back!.start, back!.end)).toBe(exact);

      // A block the document does not have: nothing moves.
      await expect(
        corpus.handlers['documents:setBlocks']({
          id: id!,
          ordinals: [ordinals[0]!, 999],
          included: true,
        }),
      ).rejects.toMatchObject({ code: 'not-found' });
      expect((await corpus.handlers['documents:get']({ id: id! })).text).toBe(again.text);
    } finally {
      corpus.dispose();
    }
  });
});
