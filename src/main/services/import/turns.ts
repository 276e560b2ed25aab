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
