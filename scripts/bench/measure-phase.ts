import type { CallCount, PhaseResult } from "./bench-types";
import { collectGarbage, measureMemory, roundTenth } from "./measure-memory";
import { median } from "./median";
import { rankTopCalls } from "./rank-top-calls";
import { type Lap, startStopwatch } from "./start-stopwatch";

/** The part of the local runtime that counts service calls. */
export interface CallCounter {
  readonly calls: Readonly<Record<string, number>>;
  resetCalls(): void;
  totalCalls(): number;
}

/** How often to run a phase and whose service calls to count. */
export interface PhaseSettings {
  readonly runs: number;
  readonly counter?: CallCounter;
}

export const TOP_CALLS = 5;

/**
 * Runs `action` `runs` times (garbage collected before each), and reports the median time, the
 * service calls of the first run and the memory after the last. Counts come from the first run
 * because every size has one (a repeat finds its tabs already written, and calls differently).
 * `action` returns the phase's status; anything but "ok" stops the repeats, since a failed or
 * missing phase times nothing useful.
 */
export function measurePhase(phase: string, action: () => string, settings: PhaseSettings): PhaseResult {
  const counter = settings.counter;
  const laps: Lap[] = [];
  let status = "ok";
  let calls: number | null = null;
  let topCalls: CallCount[] = [];
  for (let run = 0; run < settings.runs && status === "ok"; run++) {
    collectGarbage();
    counter?.resetCalls();
    const readStopwatch = startStopwatch();
    status = action();
    laps.push(readStopwatch());
    if (run === 0 && counter !== undefined) {
      calls = counter.totalCalls();
      topCalls = rankTopCalls(counter.calls, TOP_CALLS);
    }
  }
  collectGarbage();
  return {
    phase,
    ...summarizeLaps(laps),
    runs: laps.length,
    calls,
    topCalls,
    ...measureMemory(),
    status,
  };
}

/** A phase that could not run (a global missing from Code.js, or one that threw): no figures. */
export function createSkippedPhase(phase: string, status: string): PhaseResult {
  return { phase, ms: 0, cpuMs: 0, runs: 0, calls: null, topCalls: [], ...measureMemory(), status };
}

/** The median wall and CPU time of some runs, to a tenth of a millisecond. */
export function summarizeLaps(laps: readonly Lap[]): Lap {
  return {
    ms: roundTenth(median(laps.map((lap) => lap.ms))),
    cpuMs: roundTenth(median(laps.map((lap) => lap.cpuMs))),
  };
}
