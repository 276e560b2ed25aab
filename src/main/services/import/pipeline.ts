/**
 * Runs `work` over the items with at most `width` of them in flight, and returns the results in
 * the items' order. Lets an import store one file while the next is prepared on the worker.
 * Each call of `work` gets the turn of its item: see {@link Turns}.
 */
export async function inPipeline<Item, Result>(
  items: readonly Item[],
  width: number,
  work: (item: Item, turn: Turn) => Promise<Result>,
): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  const turns = new Turns();
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      const turn = turns.take();
      try {
        results[index] = await work(items[index]!, turn);
      } finally {
        turn.done();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return results;
}

/** A place in line: `ready` settles once every earlier turn is done. */
export interface Turn {
  ready: Promise<void>;
  done: () => void;
}

/**
 * Hands out turns in the order they are taken. Files are prepared side by side but stored in
 * the order they were given, so document ids follow the order of the drop or the command line
 * whichever file happens to be cleaned first.
 */
export class Turns {
  private last: Promise<void> = Promise.resolve();

  take(): Turn {
    const ready = this.last;
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    // A turn ends once it is done and every turn before it has ended, so a turn given back
    // early (a duplicate, a failure) never lets a later one overtake an earlier one still open.
    this.last = Promise.all([ready, finished]).then(() => undefined);
    return { ready, done };
  }
}
