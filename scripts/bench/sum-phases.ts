import type { PhaseResult } from "./bench-types";
import { roundTenth } from "./measure-memory";
import { TOP_CALLS } from "./measure-phase";
import { rankTopCalls } from "./rank-top-calls";

/**
 * One phase standing for several run one after another: times and calls added, memory as
 * after the last, status "ok" only when every part is ok.
 * @example sumPhases("total", [apPhase, lcPhase]).ms // => apPhase.ms + lcPhase.ms
 */
export function sumPhases(phase: string, parts: readonly PhaseResult[]): PhaseResult {
  const last = parts[parts.length - 1];
  if (last === undefined) throw new RangeError("sumPhases needs at least one phase");
  const failures = parts.filter((part) => part.status !== "ok").map((part) => part.status);
  const callCounts: Record<string, number> = {};
  for (const { name, count } of parts.flatMap((part) => part.topCalls)) {
    callCounts[name] = (callCounts[name] ?? 0) + count;
  }
  const addUp = (read: (part: PhaseResult) => number | undefined) =>
    roundTenth(parts.reduce((total, part) => total + (read(part) ?? 0), 0));
  return {
    phase,
    ms: addUp((part) => part.ms),
    cpuMs: addUp((part) => part.cpuMs),
    runs: Math.min(...parts.map((part) => part.runs)),
    calls: parts.some((part) => part.calls === null) ? null : addUp((part) => part.calls ?? 0),
    topCalls: rankTopCalls(callCounts, TOP_CALLS),
    heapMb: last.heapMb,
    peakRssMb: last.peakRssMb,
    status: failures.length === 0 ? "ok" : failures.join("; "),
    rawMs: addUp((part) => part.rawMs),
    copyMs: addUp((part) => part.copyMs),
  };
}
