import type { ScoreResult } from "../../../sheets/score/score-result";
import type { CommandSpec } from "../command-spec";
import { formatMoney, formatPercent } from "../format-figures";
import { formatJson } from "../format-json";
import { callApi, openSession } from "../open-session";
import { renderIssues } from "../render-issues";

const TOP_LEADS = 10;

function renderScores(result: ScoreResult): string {
  const { summary } = result;
  const lines = [
    `As of ${result.asOf}: ${summary.leads} leads, ${summary.open} open`,
    `Weighted pipeline: ${formatMoney(summary.weightedPipeline)}`,
    `Hot leads (≥ ${formatPercent(summary.hotThreshold)}): ${summary.hot}   Stale: ${summary.stale}`,
    "",
    `Top ${TOP_LEADS} open leads by confidence:`,
  ];
  const open = (result.leads ?? []).filter((lead) => lead.status === "open" && lead.confidence !== null);
  open.sort((first, second) => (second.confidence ?? 0) - (first.confidence ?? 0));
  for (const lead of open.slice(0, TOP_LEADS)) {
    lines.push(
      `  ${lead.id.padEnd(10)} ${formatPercent(lead.confidence ?? 0).padStart(5)}  ${lead.explanation}`,
    );
  }
  return [...lines, ...renderIssues(result.issues), ...result.notes].join("\n");
}

/** `score --workbook FILE [--as-of DATE] [--write] [--json]`: Score leads in the local runtime. */
export const scoreCommand: CommandSpec = {
  name: "score",
  summary: "Score every lead (confidence, explanation); --write saves the columns into Leads",
  options: [
    { name: "workbook", kind: "file", description: "the .xlsx workbook", required: true },
    { name: "as-of", kind: "date", description: "score as of this date (default today)" },
    { name: "write", kind: "flag", description: "write Confidence and Explanation into Leads and save" },
    { name: "json", kind: "flag", description: "print the result as JSON" },
  ],
  async run(args, output) {
    const session = await openSession(String(args.options.workbook));
    const request = { asOf: args.options["as-of"] as string | undefined, write: args.options.write === true };
    const result = callApi<ScoreResult>(session.runtime, "apiScoreLeads", request);
    if (request.write) await session.save();
    if (args.options.json) {
      const { written: _written, ...json } = result;
      output.out(formatJson(json));
    } else {
      output.out(renderScores(result));
      if (request.write)
        output.out(`Wrote Confidence and Explanation into ${result.written?.tab} of ${session.path}`);
    }
  },
};
