/** The service calls one phase made, most frequent first. */
export interface CallCount {
  readonly name: string;
  readonly count: number;
}

/** One timed phase of one size: what `--json` prints per phase. */
export interface PhaseResult {
  readonly phase: string;
  /** Median milliseconds over `runs`; for custom functions, the cost without the cross-realm copy. */
  readonly ms: number;
  /** Median CPU milliseconds of the same runs (steadier than `ms` when cores are shared). */
  readonly cpuMs: number;
  readonly runs: number;
  /** Service calls through the runtime; null for phases that do not go through it. */
  readonly calls: number | null;
  readonly topCalls: readonly CallCount[];
  /** Heap used after the phase, once garbage is collected. */
  readonly heapMb: number;
  /** The process's peak resident set so far (it only grows). */
  readonly peakRssMb: number;
  /** "ok", "missing: <global>", "error: <code>: <message>" or "threw: <message>". */
  readonly status: string;
  /** Custom functions only: the runtime call including the copy, and the copy alone. */
  readonly rawMs?: number;
  readonly copyMs?: number;
}

/** All phases of one pipeline size. */
export interface SizeResult {
  readonly leads: number;
  readonly activities: number;
  readonly historyRows: number;
  readonly phases: PhaseResult[];
}

/** One speed target of the issue, checked against the figures (reported, never asserted). */
export interface TargetCheck {
  readonly target: string;
  readonly figure: string;
  readonly met: boolean | null;
}

/** The whole `--json` output. */
export interface BenchReport {
  readonly node: string;
  readonly date: string;
  readonly sizes: SizeResult[];
  readonly targets: TargetCheck[];
}
