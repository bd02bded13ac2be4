import type { ReportRun } from "../../../sheets/reports/run-report";
import type { CommandSpec } from "../command-spec";
import { formatJson } from "../format-json";
import { callApi, openSession } from "../open-session";
import { renderReport } from "../render-report";

const KINDS = ["funnel", "forecast", "hot"] as const;

/** `report funnel|forecast|hot --workbook FILE …`: a report in the local runtime; --write saves its tab. */
export const reportCommand: CommandSpec = {
  name: "report",
  summary: "Funnel, Forecast or Hot Leads report; --write saves the report tab into the workbook",
  positional: { name: "report", choices: KINDS },
  options: [
    { name: "workbook", kind: "file", description: "the .xlsx workbook", required: true },
    { name: "as-of", kind: "date", description: "report as of this date (default today)" },
    { name: "period", kind: "period", description: "forecast period, e.g. 2026-Q4 (default: this quarter)" },
    {
      name: "target",
      kind: "string",
      description: "forecast target, a number or money text like $500,000 (default: settings)",
    },
    { name: "owner", kind: "string", description: "only this owner's leads" },
    { name: "created-from", kind: "date", description: "funnel: only leads created on or after this date" },
    { name: "created-to", kind: "date", description: "funnel: only leads created on or before this date" },
    { name: "write", kind: "flag", description: "write the report tab and save the workbook" },
    { name: "json", kind: "flag", description: "print the report as JSON" },
  ],
  async run(args, output) {
    const session = await openSession(String(args.options.workbook));
    const { options } = args;
    const request = {
      kind: args.positionals[0],
      asOf: options["as-of"],
      period: options.period,
      target: options.target,
      owner: options.owner,
      createdFrom: options["created-from"],
      createdTo: options["created-to"],
      write: options.write === true,
    };
    const run = callApi<ReportRun>(session.runtime, "apiRunReport", request);
    if (request.write) await session.save();
    output.out(args.options.json ? formatJson(run.report) : renderReport(String(request.kind), run.report));
    if (request.write && !args.options.json) output.out(`Wrote tab "${run.tab}" into ${session.path}`);
  },
};
