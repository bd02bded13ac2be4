import type { PhaseResult, SizeResult, TargetCheck } from "./bench-types";

/** The speed targets: reported by the bench, never asserted in tests. */
export const TARGETS = {
  scoreMs: 2000,
  scorePeakRssMb: 1024,
  /** pandas' time for the same three computations over 100k leads and 1M activities. */
  pandasMs: 200,
  reportMs: 2000,
} as const;

const REPORT_PHASES = ["funnel report", "forecast report", "hot leads report"];

/**
 * Checks the targets on the largest size run (they are stated for 100k leads and 1M
 * activities), and the score's service calls at the smallest size against the largest.
 * `met` is null when the phase did not run.
 */
export function checkTargets(sizes: readonly SizeResult[]): TargetCheck[] {
  const ordered = [...sizes].sort((left, right) => left.leads - right.leads);
  const smallest = ordered[0];
  const largest = ordered[ordered.length - 1];
  if (smallest === undefined || largest === undefined) return [];
  const at = `at ${largest.leads.toLocaleString("en-US")} leads`;
  const score = findPhase(largest, "score leads");
  const customFunctions = findPhase(largest, "custom functions (sum)");
  const checks: TargetCheck[] = [
    compare(`score leads under ${TARGETS.scoreMs} ms ${at}`, score, (phase) => [
      phase.ms,
      TARGETS.scoreMs,
      "ms",
    ]),
    compare(`score leads under ${TARGETS.scorePeakRssMb} MB peak RSS ${at}`, score, (phase) => [
      phase.peakRssMb,
      TARGETS.scorePeakRssMb,
      "MB",
    ]),
    checkSameCalls(smallest, largest),
    compare(
      `custom functions at least as fast as pandas (${TARGETS.pandasMs} ms) ${at}`,
      customFunctions,
      (phase) => [phase.ms, TARGETS.pandasMs, "ms"],
    ),
    compare(
      `custom functions twice as fast as pandas (${TARGETS.pandasMs / 2} ms) ${at}`,
      customFunctions,
      (phase) => [phase.ms, TARGETS.pandasMs / 2, "ms"],
    ),
  ];
  for (const name of REPORT_PHASES) {
    const report = findPhase(largest, name);
    checks.push(
      compare(`${name} under ${TARGETS.reportMs} ms ${at}`, report, (phase) => [
        phase.ms,
        TARGETS.reportMs,
        "ms",
      ]),
    );
  }
  return checks;
}

function findPhase(size: SizeResult, name: string): PhaseResult | undefined {
  return size.phases.find((phase) => phase.phase === name);
}

function compare(
  target: string,
  phase: PhaseResult | undefined,
  read: (phase: PhaseResult) => [figure: number, limit: number, unit: string],
): TargetCheck {
  if (phase === undefined || phase.status !== "ok")
    return { target, figure: phase?.status ?? "not run", met: null };
  const [figure, limit, unit] = read(phase);
  return { target, figure: `${figure} ${unit}`, met: figure <= limit };
}

function checkSameCalls(smallest: SizeResult, largest: SizeResult): TargetCheck {
  const target = `score leads: same service calls at ${smallest.leads} leads as at ${largest.leads} leads`;
  const small = findPhase(smallest, "score leads");
  const large = findPhase(largest, "score leads");
  if (smallest === largest) return { target, figure: "only one size run", met: null };
  if (small?.status !== "ok") return { target, figure: small?.status ?? "not run", met: null };
  if (large?.status !== "ok") return { target, figure: large?.status ?? "not run", met: null };
  return { target, figure: `${small.calls} vs ${large.calls}`, met: small.calls === large.calls };
}
