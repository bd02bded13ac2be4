/** The runtime's notion of "now": a base clock plus time skipped by Utilities.sleep (no real waiting). */
export interface Clock {
  now(): number;
  advance(milliseconds: number): void;
}

/** Creates a clock reading `readTime` (default the real time) shifted by every `advance`. */
export function createClock(readTime: () => number = Date.now): Clock {
  let skipped = 0;
  return {
    now: () => readTime() + skipped,
    advance: (milliseconds) => {
      skipped += Math.max(0, milliseconds);
    },
  };
}
