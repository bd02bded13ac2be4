import type { BenchReport, PhaseResult, SizeResult, TargetCheck } from "./bench-types";
import { formatColumns } from "./format-columns";

const PHASE_HEADER = [
  "phase",
  "ms",
  "cpu ms",
  "runs",
  "calls",
  "top calls",
  "heap MB",
  "peak RSS MB",
  "status",
];
/** Enough of the top calls to show what dominates without widening the table past a terminal. */
const SHOWN_TOP_CALLS = 3;

/** The bench's figures as readable text: one table per size, then the targets. */
export function renderBenchReport(report: BenchReport): string {
  const sections = [`Pipeline Confidence bench — node ${report.node}, ${report.date}`];
  for (const size of report.sizes) sections.push(renderSize(size));
  sections.push(renderTargets(report.targets));
  sections.push(
    [
      "ms: median over `runs` runs. Custom functions: ms is the function's own time, on arguments",
      "copied into the script's realm once beforehand (Sheets hands a function arrays already there);",
      "in brackets, raw is LocalRuntime.callCustomFunction, which copies the arguments in and the",
      "result out on every call, and copy is raw − ms (noise can make it negative). heap: after the",
      "phase, once garbage is collected. peak RSS: the process's highest so far (it never goes down).",
      "cpu ms: the process's CPU time over the same runs, steadier than ms when cores are shared.",
    ].join("\n"),
  );
  return `${sections.join("\n\n")}\n`;
}

function renderSize(size: SizeResult): string {
  const title = [
    `${formatCount(size.leads)} leads`,
    `${formatCount(size.activities)} activities`,
    `${formatCount(size.historyRows)} history rows`,
  ].join(" · ");
  return `${title}\n${formatColumns([PHASE_HEADER, ...size.phases.map(renderPhase)])}`;
}

function renderPhase(phase: PhaseResult): string[] {
  const ran = phase.runs > 0;
  const copy = phase.rawMs === undefined || !ran ? "" : ` (raw ${phase.rawMs}, copy ${phase.copyMs})`;
  const topCalls = phase.topCalls
    .slice(0, SHOWN_TOP_CALLS)
    .map(({ name, count }) => `${name}×${count}`)
    .join(", ");
  return [
    phase.phase,
    ran ? `${phase.ms}${copy}` : "—",
    ran ? String(phase.cpuMs) : "—",
    String(phase.runs),
    phase.calls === null ? "—" : String(phase.calls),
    topCalls,
    String(phase.heapMb),
    String(phase.peakRssMb),
    phase.status,
  ];
}

function renderTargets(targets: readonly TargetCheck[]): string {
  const verdict = (met: boolean | null) => (met === null ? "n/a" : met ? "met" : "MISSED");
  const rows = targets.map((check) => [verdict(check.met), check.target, check.figure]);
  return `Targets (reported, never asserted)\n${formatColumns([["", "target", "figure"], ...rows])}`;
}

function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}
