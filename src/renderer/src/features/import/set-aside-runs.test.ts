import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../../../../shared/domain';
import { blocksMoved, setAsideItems } from './set-aside-runs';

const block = (ordinal: number, kind: string, included: boolean, text = `b${ordinal}`) =>
  ({ ordinal, kind, included, overridden: false, page: null, text }) as DocumentBlock;

const shape = (blocks: DocumentBlock[]) =>
  setAsideItems(blocks).map((item) =>
    item.kind === 'block'
      ? item.block.ordinal
      : { run: item.blocks.map((one) => one.ordinal), included: item.included },
  );

describe('setAsideItems', () => {
  it('groups consecutive set-aside blocks between article text into one run', () => {
    const blocks = [
      block(0, 'title', false),
      block(1, 'body', true),
      block(2, 'outside', false),
      block(3, 'outside', false),
      block(4, 'outside', false),
      block(5, 'body', true),
      block(6, 'caption', false),
    ];
    expect(shape(blocks)).toEqual([0, { run: [2, 3, 4], included: false }, 6]);
  });

  it('ends a run at a block in the other state, and groups blocks put back as a run too', () => {
    const blocks = [
      block(0, 'body', true),
      block(1, 'outside', true),
      block(2, 'outside', true),
      block(3, 'menu', false),
      block(4, 'related', false),
      // Article text the user set aside counts as set aside.
      block(5, 'body', false),
    ];
    expect(shape(blocks)).toEqual([
      { run: [1, 2], included: true },
      { run: [3, 4, 5], included: false },
    ]);
  });

  it('keeps blocks in reading order whatever order they come in', () => {
    const blocks = [block(2, 'menu', false), block(0, 'body', true), block(1, 'menu', false)];
    expect(shape(blocks)).toEqual([{ run: [1, 2], included: false }]);
  });
});

describe('blocksMoved', () => {
  it('counts identical blocks elsewhere, which a choice kept by text moves too', () => {
    const all = [
      block(0, 'caption', false, 'Photo : AFP'),
      block(1, 'caption', false, 'Photo : AFP'),
      block(2, 'menu', false, 'Menu'),
    ];
    expect(blocksMoved([all[0]!, all[2]!], all)).toBe(3);
  });
});
