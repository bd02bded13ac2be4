import type { DataIssue } from "../../core/types";
import { formatMoney, formatPercent } from "./format-figures";
import { renderIssues } from "./render-issues";

type Json = Record<string, unknown>;

const money = (value: unknown) => (typeof value === "number" ? formatMoney(value) : "n/a");
const percent = (value: unknown) => (typeof value === "number" ? formatPercent(value) : "n/a");

function renderFunnel(report: Json): string[] {
  const lines = ["Stage                 Reached    Advanced  Lost  Open  Step   Cumul.  Win rate"];
  for (const stage of report.stages as Json[]) {
    lines.push(
      `${String(stage.stage).padEnd(20)}${String(stage.reached).padStart(8)}${String(stage.advanced).padStart(12)}` +
        `${String(stage.lost).padStart(6)}${String(stage.open).padStart(6)}  ${percent(stage.stepConversion).padStart(5)}` +
        `  ${percent(stage.cumulativeConversion).padStart(6)}  ${percent(stage.winRate).padStart(8)}`,
    );
  }
  const totals = report.totals as Json;
  return [...lines, "", `Leads ${totals.leads}: ${totals.open} open, ${totals.won} won, ${totals.lost} lost`];
}

function renderForecast(report: Json): string[] {
  const period = report.period as Json;
  return [
    `Period ${period.start} … ${period.end}`,
    `Won ${money(report.won)}   Weighted pipeline ${money(report.weightedPipeline)}   Expected ${money(report.expected)}`,
    `Target ${money(report.target)}   Gap ${money(report.gap)}   Win rate ${percent(report.winRate)}`,
    `Pipeline needed ${money(report.pipelineNeeded)}   Coverage ${typeof report.coverage === "number" ? report.coverage.toFixed(2) : "n/a"}`,
    `P10 ${money(report.p10)}   P50 ${money(report.p50)}   P90 ${money(report.p90)}   P(target) ${percent(report.probabilityOfTarget)}`,
  ];
}

function renderHot(report: Json): string[] {
  const leads = report.leads as Json[];
  const lines = [`${leads.length} hot leads (≥ ${percent(report.threshold)}), by weighted value:`];
  for (const lead of leads.slice(0, 15)) {
    lines.push(
      `  ${String(lead.id).padEnd(10)} ${String(lead.owner).padEnd(10)} ${percent(lead.confidence).padStart(4)} ` +
        `${money(lead.weighted).padStart(10)}${lead.stale ? "  stale" : ""}`,
    );
  }
  return lines;
}

/** A report's key figures as text for the terminal (the tab and --json carry everything). */
export function renderReport(kind: string, report: unknown): string {
  const json = report as Json;
  const body =
    kind === "funnel" ? renderFunnel(json) : kind === "forecast" ? renderForecast(json) : renderHot(json);
  const notes = (json.notes as string[] | undefined) ?? [];
  return [
    `${kind} report as of ${json.asOf}`,
    ...body,
    ...notes,
    ...renderIssues(json.issues as DataIssue[]),
  ].join("\n");
}
