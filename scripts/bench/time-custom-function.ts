import type { LocalRuntime } from "../../src/local/runtime";
import type { PhaseResult } from "./bench-types";
import type { InRealmCaller } from "./create-in-realm-caller";
import { collectGarbage, measureMemory, roundTenth } from "./measure-memory";
import { createSkippedPhase, summarizeLaps, TOP_CALLS } from "./measure-phase";
import { rankTopCalls } from "./rank-top-calls";
import { type Lap, startStopwatch } from "./start-stopwatch";

/** A timed custom function and its last result (the next function's argument). */
export interface TimedCall {
  readonly phase: PhaseResult;
  readonly value: unknown;
}

/**
 * Times a custom function both ways, median of `runs` each: `rawMs` through
 * `runtime.callCustomFunction` (which copies the arguments into the script's realm and the result
 * back on every call), and `ms` on arguments prepared in the realm once, which is what the
 * function costs in Sheets. `copyMs` is their difference. Calls are counted on the runtime.
 */
export function timeCustomFunction(
  runtime: LocalRuntime,
  caller: InRealmCaller,
  name: string,
  args: readonly unknown[],
  runs: number,
): TimedCall {
  if (!runtime.globalNames().includes(name))
    return { phase: createSkippedPhase(name, `missing: ${name}`), value: undefined };
  let value: unknown;
  let raw: Lap;
  try {
    raw = summarizeLaps(
      timeRuns(runs, () => {
        runtime.resetCalls();
        value = runtime.callCustomFunction(name, ...args);
      }),
    );
  } catch (error) {
    console.error(error);
    const message = error instanceof Error ? error.message : String(error);
    return { phase: createSkippedPhase(name, `threw: ${message}`), value: undefined };
  }
  const calls = runtime.totalCalls();
  const topCalls = rankTopCalls(runtime.calls, TOP_CALLS);
  const preparedArgs = caller.prepare(args);
  const inRealm = summarizeLaps(timeRuns(runs, () => caller.call(name, preparedArgs)));
  collectGarbage();
  const phase: PhaseResult = {
    phase: name,
    ...inRealm,
    runs,
    calls,
    topCalls,
    ...measureMemory(),
    status: "ok",
    rawMs: raw.ms,
    copyMs: roundTenth(raw.ms - inRealm.ms),
  };
  return { phase, value };
}

function timeRuns(runs: number, action: () => void): Lap[] {
  const laps: Lap[] = [];
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    waitForQuietProcess();
    const readStopwatch = startStopwatch();
    action();
    laps.push(readStopwatch());
  }
  return laps;
}

const QUIET_SLICE_MS = 10;
const QUIET_CPU_MS = 1;
const MAX_QUIET_SLICES = 300;
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * Sleeps until this process uses under 1 ms of CPU in a 10 ms slice (at most 3 s). A forced GC
 * of the bench's ~1 GB heap leaves V8's sweeper threads running for hundreds of milliseconds,
 * and process.cpuUsage() would bill their work to the function timed next (measured: ~900 ms
 * of CPU for a call whose own work is ~130 ms).
 */
function waitForQuietProcess(): void {
  for (let slice = 0; slice < MAX_QUIET_SLICES; slice++) {
    const start = process.cpuUsage();
    Atomics.wait(sleepCell, 0, 0, QUIET_SLICE_MS);
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 < QUIET_CPU_MS) return;
  }
}
