// Builds a long list of DOM nodes a slice at a time, so that a pane of 50,000 rows (a
// 5,000-line file) never freezes the page: the first slice at once (what shows first),
// the rest in later tasks of a few milliseconds each, between which the page paints and
// handles input. A new fill cancels the one under way.

const kFirstSliceMs = 30; // the first screenful and more, before the page paints
const kSliceMs = 8; // then at most this much work per task
const kItemsPerClockRead = 16;

export class SlicedFill {
  #job = 0;

  /**
   * Calls `build(index)` for index 0..count-1 in slices; `done()` after the last one (not
   * called when a newer fill or cancel() came first).
   */
  start(count, build, done) {
    let index = 0;
    this.run(() => {
      if (index >= count) return false;
      build(index++);
      return true;
    }, done);
  }

  /** Runs `iterator` (each next() a small piece of work) to its end in slices. */
  startIterator(iterator, done) {
    this.run(() => !iterator.next().done, done);
  }

  /** Calls `step()` in slices until it returns false, then `done()`. */
  run(step, done) {
    const job = ++this.#job;
    const slice = (budgetMs) => {
      if (job !== this.#job) return;
      const end = performance.now() + budgetMs;
      for (;;) {
        for (let k = 0; k < kItemsPerClockRead; k++) {
          if (!step()) {
            done?.();
            return;
          }
        }
        if (performance.now() >= end) break;
      }
      setTimeout(() => slice(kSliceMs), 0);
    };
    slice(kFirstSliceMs);
  }

  /** Stops the fill under way (what it built stays). */
  cancel() {
    this.#job++;
  }
}
