import { dateFromDay } from "../../../core/day/date-from-day";
import { dayFromDate } from "../../../core/day/day-from-date";
import { formatDay } from "../../../core/day/format-day";
import { parseIsoDay } from "../../../core/day/parse-iso-day";
import type { ReportRun } from "../../../sheets/reports/run-report";
import type { ScoreResult } from "../../../sheets/score/score-result";
import { generateDemoWorkbook } from "../../demo";
import { demoToSpreadsheet } from "../../demo/demo-to-spreadsheet";
import type { CommandSpec } from "../command-spec";
import { formatMoney, formatPercent } from "../format-figures";
import { callApi, openSession } from "../open-session";

const REPORTS = ["funnel", "forecast", "hot"] as const;

// A quarterly target a little above what the seeded pipeline is expected to bring (about 1 275
// per lead, undated leads included), so the Forecast tab shows a gap, a coverage and a real chance of hitting it.
const TARGET_PER_LEAD = 1400;
const TARGET_ROUNDING = 10_000;

/**
 * `demo [--out FILE] [--leads N] [--seed S] [--as-of DATE]`: generates a seeded pipeline, then
 * runs the add-on on it in the local runtime (Score leads, Funnel, Forecast, Hot Leads) and saves
 * the workbook. The as-of date is fixed by default, so a seed always gives the same workbook.
 */
export const demoCommand: CommandSpec = {
  name: "demo",
  summary: "Write a scored demo workbook (seeded pipeline + Funnel, Forecast and Hot Leads tabs)",
  options: [
    { name: "out", kind: "file", description: "where to write the .xlsx (default demo.xlsx)" },
    { name: "leads", kind: "integer", description: "number of leads (default 400)" },
    { name: "seed", kind: "integer", description: "random seed (default 42)" },
    { name: "as-of", kind: "date", description: "the pipeline's today (default 2026-12-01)" },
  ],
  async run(args, output) {
    const out = String(args.options.out ?? "demo.xlsx");
    const demo = generateDemoWorkbook({
      leads: args.options.leads as number | undefined,
      seed: args.options.seed as number | undefined,
      ...(typeof args.options["as-of"] === "string"
        ? { asOf: dateFromDay(parseIsoDay(args.options["as-of"]) as number) }
        : {}),
    });
    const asOf = formatDay(dayFromDate(demo.asOf));
    const session = await openSession(out, demoToSpreadsheet(demo));
    const leads = demo.tabs.find((tab) => tab.name === "Leads")?.rows.length ?? 0;
    const target = Math.max(
      TARGET_ROUNDING,
      Math.round((leads * TARGET_PER_LEAD) / TARGET_ROUNDING) * TARGET_ROUNDING,
    );
    callApi(session.runtime, "apiSaveSettings", { forecast: { target } });
    const score = callApi<ScoreResult>(session.runtime, "apiScoreLeads", { asOf, write: true, leads: false });
    const tabs = REPORTS.map(
      (kind) => callApi<ReportRun>(session.runtime, "apiRunReport", { kind, asOf, write: true }).tab,
    );
    await session.save();
    const { summary } = score;
    output.out(
      [
        `Wrote ${out}: ${summary.leads} leads scored as of ${asOf} (${summary.open} open)`,
        `Weighted pipeline: ${formatMoney(summary.weightedPipeline)}`,
        `Hot leads (≥ ${formatPercent(summary.hotThreshold)}): ${summary.hot}; stale: ${summary.stale}; data issues: ${score.issues.length}`,
        `Report tabs: ${tabs.join(", ")}`,
        `Next: npx pipeline-confidence report forecast --workbook ${out} --as-of ${asOf}`,
      ].join("\n"),
    );
  },
};
