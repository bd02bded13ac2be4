import type { PhaseResult } from "../../scripts/bench/bench-types";

/** A finished phase with round figures; tests override what they look at. */
export function makePhase(overrides: Partial<PhaseResult> = {}): PhaseResult {
  return {
    phase: "score leads",
    ms: 100,
    cpuMs: 90,
    runs: 3,
    calls: 10,
    topCalls: [],
    heapMb: 50,
    peakRssMb: 200,
    status: "ok",
    ...overrides,
  };
}
