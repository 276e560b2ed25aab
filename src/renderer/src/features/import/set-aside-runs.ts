import type { DocumentBlock } from '../../../../shared/domain';

/**
 * What the article details list shows of a document's blocks: one block alone, or a run of
 * consecutive blocks in the same state that one button moves together.
 */
export type SetAsideItem =
  | { kind: 'block'; block: DocumentBlock }
  | {
      kind: 'run';
      /** Whether the run's blocks are in the article (put back) or set aside. */
      included: boolean;
      blocks: DocumentBlock[];
    };

/**
 * The blocks the list shows (set aside, or put back though the rules called them page parts),
 * with each run of two or more consecutive ones in the same state grouped: key points the
 * import took for headlines, a subheading below them, go back (or aside again) in one step.
 * Article text between two blocks ends a run; so does a block in the other state.
 */
export function setAsideItems(blocks: DocumentBlock[]): SetAsideItem[] {
  const items: SetAsideItem[] = [];
  let run: DocumentBlock[] = [];
  const close = () => {
    if (run.length > 1) items.push({ kind: 'run', included: run[0]!.included, blocks: run });
    else if (run.length === 1) items.push({ kind: 'block', block: run[0]! });
    run = [];
  };
  let previous: DocumentBlock | null = null;
  for (const block of [...blocks].sort((a, b) => a.ordinal - b.ordinal)) {
    const shown = block.kind !== 'body' || !block.included;
    const follows =
      previous !== null &&
      block.ordinal === previous.ordinal + 1 &&
      block.included === previous.included;
    if (!shown || !follows) close();
    if (shown) run.push(block);
    previous = block;
  }
  close();
  return items;
}

/** How many of the document's blocks a choice on `moved` changes: identical ones go with them. */
export function blocksMoved(moved: DocumentBlock[], all: DocumentBlock[]): number {
  const texts = new Set(moved.map((block) => block.text));
  return all.filter((block) => texts.has(block.text)).length;
}
