const BYTES_PER_MB = 1024 * 1024;

/** Collects garbage when node runs with --expose-gc; reports whether it could. */
export function collectGarbage(): boolean {
  const { gc } = globalThis as { gc?: () => void };
  if (gc === undefined) return false;
  gc();
  return true;
}

/** Heap in use now and the process's peak resident set so far, in MB (one decimal). */
export function measureMemory(): { heapMb: number; peakRssMb: number } {
  // resourceUsage().maxRSS is in kilobytes.
  return {
    heapMb: roundTenth(process.memoryUsage().heapUsed / BYTES_PER_MB),
    peakRssMb: roundTenth(process.resourceUsage().maxRSS / 1024),
  };
}

/** Rounds to one decimal, enough for milliseconds and megabytes in a report. */
export function roundTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
