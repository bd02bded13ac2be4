import { parseIsoDay } from "../../core/day/parse-iso-day";
import { PipelineError } from "../../core/pipeline-error";
import { buildForecast } from "../../core/reports/build-forecast";
import { buildFunnel } from "../../core/reports/build-funnel";
import { buildHotLeads } from "../../core/reports/build-hot-leads";
import { parsePeriod } from "../../core/reports/parse-period";
import { quarterContaining } from "../../core/reports/quarter-containing";
import type { DataIssue } from "../../core/types";
import {
  type LoadedPipeline,
  loadPipeline,
  loadScoredPipeline,
  type ScoredPipeline,
} from "../context/load-scored-pipeline";
import type { ReportLayout } from "../report/report-layout";
import { type WriteReportOptions, writeReport } from "../report/write-report";
import { buildForecastLayout } from "./forecast-layout";
import { buildFunnelLayout } from "./funnel-layout";
import { buildHotLeadsLayout } from "./hot-leads-layout";
import { type ParsedReportRequest, parseReportRequest } from "./report-request";

/** A report's JSON (SPEC §7), with its notes and every data issue. */
export type ReportJson =
  | ReturnType<typeof buildFunnel>
  | ReturnType<typeof buildForecast>
  | ReturnType<typeof buildHotLeads>;

/** A report as JSON and the tab it went to, if written. */
export interface ReportRun {
  readonly report: ReportJson;
  readonly tab: string | null;
}

function readPeriod(loaded: LoadedPipeline, request: ParsedReportRequest) {
  const text = request.period ?? loaded.settings.forecast.period;
  if (text === null || text === undefined) return quarterContaining(loaded.asOf);
  const period = parsePeriod(text);
  if (period === null)
    throw new PipelineError("BAD_ARGUMENT", `period must be like 2026-Q4, 2026-10 or 2026 (got "${text}")`);
  return period;
}

function readDay(text: string | undefined): number | undefined {
  return text === undefined ? undefined : (parseIsoDay(text) ?? undefined);
}

type Composed = { json: ReportJson; layout: ReportLayout };

/** The report with every note and issue (settings, reading, model, report) merged in. */
function withIssues<T extends { readonly issues: readonly DataIssue[]; readonly notes: readonly string[] }>(
  loaded: LoadedPipeline,
  request: ParsedReportRequest,
  report: T,
): T {
  return {
    ...report,
    notes: [...loaded.notes, ...request.notes, ...report.notes],
    issues: [...loaded.issues, ...report.issues],
  };
}

/** The funnel needs no score and no activity: Activities and Activity Types stay unread. */
function composeFunnel(loaded: LoadedPipeline, request: ParsedReportRequest): Composed {
  const filters = { createdFrom: request.createdFrom, createdTo: request.createdTo, owner: request.owner };
  const created = { createdFrom: readDay(request.createdFrom), createdTo: readDay(request.createdTo) };
  const funnel = buildFunnel(loaded.pipeline, { ...created, owner: request.owner, asOf: loaded.asOf });
  const report = withIssues(loaded, request, funnel);
  return { json: report, layout: buildFunnelLayout(report, filters) };
}

/**
 * Builds the forecast or hot leads report from the scored pipeline. Both read closed leads'
 * confidence (1 or 0) at most, never their activity facts: those are not kept.
 */
function composeScoredReport(loaded: ScoredPipeline, request: ParsedReportRequest): Composed {
  const { pipeline, scores, asOf, settings } = loaded;
  if (request.kind === "forecast") {
    const target = request.target === undefined ? (settings.forecast.target ?? undefined) : request.target;
    const options = { asOf, period: readPeriod(loaded, request), target, owner: request.owner };
    const report = withIssues(loaded, request, buildForecast(pipeline, scores, options));
    return { json: report, layout: buildForecastLayout(report, { owner: request.owner }) };
  }
  const { hotThreshold, staleDays } = settings.model;
  const hotOptions = { asOf, threshold: hotThreshold, owner: request.owner };
  const report = withIssues(loaded, request, buildHotLeads(pipeline, scores, hotOptions));
  return { json: report, layout: buildHotLeadsLayout(report, { staleDays, owner: request.owner }) };
}

/** Reads what the report needs (the funnel scores no lead) and lays it out. */
function compose(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  parsed: ParsedReportRequest,
  asOf: { readonly asOf?: string },
): Composed & { moneyFormat: string | null } {
  if (parsed.kind === "funnel") {
    const loaded = loadPipeline(spreadsheet, asOf);
    return { ...composeFunnel(loaded, parsed), moneyFormat: loaded.pipeline.moneyFormat };
  }
  const loaded = loadScoredPipeline(spreadsheet, asOf, false);
  return { ...composeScoredReport(loaded, parsed), moneyFormat: loaded.pipeline.moneyFormat };
}

/**
 * Runs one report: checks the request (BAD_ARGUMENT names the field), reads and scores the
 * pipeline (only what the report uses), builds the report and, when `write` is set, writes its tab under the document lock.
 */
export function runReport(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  request: unknown,
  options: WriteReportOptions = {},
): ReportRun {
  const parsed = parseReportRequest(request);
  const asOf = { asOf: parsed.asOf };
  const { json, layout, moneyFormat } = compose(spreadsheet, parsed, asOf);
  const writeOptions = { moneyFormat, ...options };
  const tab = parsed.write === true ? writeReport(spreadsheet, layout, writeOptions).getName() : null;
  return { report: json, tab };
}
