/**
 * Work the app does on its own once a corpus is open (building the vector index, counting
 * words), run in slices on idle turns of the event loop so calls are still answered. Its
 * timers are unref'd: a test or a CLI command ends when its own work does.
 */
export class BackgroundWork {
  private timer: NodeJS.Timeout | NodeJS.Immediate | null = null;

  constructor(
    private readonly options: {
      /** How long steps may run before yielding the event loop. */
      sliceMilliseconds: number;
      /** One step of the work; false when there is none left. */
      step: () => boolean;
      /** Runs once the steps run out. */
      onDone?: () => void;
    },
  ) {}

  /** Schedules the work this long from now (after the first screen), unless already scheduled. */
  startAfter(milliseconds: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.schedule();
    }, milliseconds);
    this.timer.unref();
  }

  /** Runs slices on idle turns until the steps run out; waits for a pending start instead. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setImmediate(() => {
      this.timer = null;
      const started = performance.now();
      let more = true;
      while (more && performance.now() - started < this.options.sliceMilliseconds) {
        more = this.options.step();
      }
      if (more) this.schedule();
      else this.options.onDone?.();
    });
    this.timer.unref();
  }

  /** Drops whatever is scheduled, a pending start included. */
  cancel(): void {
    if (!this.timer) return;
    clearTimeout(this.timer as NodeJS.Timeout);
    clearImmediate(this.timer as NodeJS.Immediate);
    this.timer = null;
  }
}
