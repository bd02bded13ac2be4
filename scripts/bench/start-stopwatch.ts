/** Wall-clock and CPU milliseconds since the stopwatch started. */
export interface Lap {
  readonly ms: number;
  /** User plus system CPU time of the whole process (GC threads included). */
  readonly cpuMs: number;
}

/**
 * Starts a stopwatch; calling the result reads it. CPU time is kept beside wall time because the
 * bench often shares its cores: wall time then grows with the neighbours' load, CPU time much less.
 */
export function startStopwatch(): () => Lap {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpuStart);
    return { ms: performance.now() - wallStart, cpuMs: (used.user + used.system) / 1000 };
  };
}
