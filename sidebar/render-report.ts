import type { ForecastReport } from "../src/core/reports/build-forecast";
import type { FunnelReport } from "../src/core/reports/build-funnel";
import type { HotLeadsReport } from "../src/core/reports/build-hot-leads";
import type { ReportRun } from "../src/sheets/reports/run-report";
import { createElement, createFigures } from "./dom";
import { formatMoney, formatPercent } from "./format";
import { renderIssuesAndNotes } from "./render-issues";

/** The reports the sidebar can run (SPEC §3). */
export type ReportKind = "funnel" | "forecast" | "hot";

const TOP_LEADS = 5;

function renderForecast(report: ForecastReport): HTMLElement[] {
  const probability = report.target === null ? "no target set" : formatPercent(report.probabilityOfTarget);
  return [
    createFigures([
      ["Period", `${report.period.start} to ${report.period.end}`],
      ["Expected", formatMoney(report.expected)],
      ["P10 – P90", `${formatMoney(report.p10)} – ${formatMoney(report.p90)}`],
      ["Target", report.target === null ? "none" : formatMoney(report.target)],
      ["Probability of target", probability],
    ]),
  ];
}

function renderFunnel(report: FunnelReport): HTMLElement[] {
  const { leads, open, won, lost } = report.totals;
  const winRate = won + lost === 0 ? null : won / (won + lost);
  return [
    createFigures([
      ["Leads", String(leads)],
      ["Open / won / lost", `${open} / ${won} / ${lost}`],
      ["Overall win rate", formatPercent(winRate)],
      ["Stages", String(report.stages.length)],
    ]),
  ];
}

function renderHotLeads(report: HotLeadsReport): HTMLElement[] {
  const parts: HTMLElement[] = [
    createFigures([[`Hot leads (≥ ${formatPercent(report.threshold)})`, String(report.leads.length)]]),
  ];
  if (report.leads.length === 0) return parts;
  parts.push(createElement("h3", `Top ${Math.min(TOP_LEADS, report.leads.length)}`));
  const list = createElement("ol", undefined, "top-leads");
  for (const lead of report.leads.slice(0, TOP_LEADS)) {
    const label = lead.name === "" ? lead.id : `${lead.name} (${lead.id})`;
    const item = createElement("li", label);
    item.append(
      createElement("span", ` ${formatPercent(lead.confidence)} · ${formatMoney(lead.weighted)}`, "quiet"),
    );
    list.append(item);
  }
  parts.push(list);
  return parts;
}

/** A report run: the tab it was written to, 3–5 key figures, then its issues and notes. */
export function renderReport(kind: ReportKind, run: ReportRun): HTMLElement[] {
  const where = run.tab === null ? "Not written to a tab" : `Written to tab ${run.tab}`;
  const figures =
    kind === "forecast"
      ? renderForecast(run.report as ForecastReport)
      : kind === "funnel"
        ? renderFunnel(run.report as FunnelReport)
        : renderHotLeads(run.report as HotLeadsReport);
  return [
    createElement("p", where, "written"),
    ...figures,
    ...renderIssuesAndNotes(run.report.issues, run.report.notes),
  ];
}
