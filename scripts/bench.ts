/**
 * `npm run bench [-- --json] [-- --sizes 10000,100000] [-- --phases funnel,hot] [-- --help]`:
 * generated pipelines through the local runtime, timed phase by phase (milliseconds, service
 * calls, memory). `--json` prints only JSON on stdout; `npm run -s` keeps npm's script banner off
 * it too. A 100-lead pipeline always runs too, to show the score makes as many service calls at
 * 100 leads as at 100k.
 * Timings are reported here and never asserted in tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../src/local/cli/package-root";
import type { BenchReport, SizeResult } from "./bench/bench-types";
import { checkTargets } from "./bench/check-targets";
import { collectGarbage } from "./bench/measure-memory";
import { BENCH_HELP, parseBenchOptions } from "./bench/parse-bench-options";
import { renderBenchReport } from "./bench/render-bench-report";
import { runBenchSize } from "./bench/run-bench-size";

const CALL_CHECK_LEADS = 100;

function main(): void {
  // Dates in the demo and in Sheets' values are read in the spreadsheet's time zone, Etc/UTC.
  process.env.TZ = "UTC";
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(BENCH_HELP);
    return;
  }
  if (!collectGarbage()) console.error("bench: run node with --expose-gc for steadier heap figures");
  const code = readFileSync(join(packageRoot(), "dist", "Code.js"), "utf8");
  const leadCounts = [...new Set([CALL_CHECK_LEADS, ...options.sizes])].sort((left, right) => left - right);
  const sizes: SizeResult[] = [];
  for (const leads of leadCounts) {
    if (!options.json) console.error(`bench: ${leads.toLocaleString("en-US")} leads…`);
    sizes.push(runBenchSize(code, leads, options.phases));
    collectGarbage();
  }
  const report: BenchReport = {
    node: process.version,
    date: new Date().toISOString(),
    sizes,
    targets: checkTargets(sizes),
  };
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderBenchReport(report));
}

main();
