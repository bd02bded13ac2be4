import { type DemoWorkbook, generateDemoWorkbook } from "../../src/local/demo";
import { demoToSpreadsheet } from "../../src/local/demo/demo-to-spreadsheet";
import { createLocalRuntime } from "../../src/local/runtime";
import type { Spreadsheet } from "../../src/local/spreadsheet";
import type { SizeResult } from "./bench-types";
import { createInRealmCaller } from "./create-in-realm-caller";
import { measurePhase } from "./measure-phase";
import { BENCH_PHASES, type BenchPhase } from "./parse-bench-options";
import { readCustomFunctionInputs } from "./read-custom-function-inputs";
import { runApiPhase } from "./run-api-phase";
import { timeCustomFunctions } from "./time-custom-functions";

/** The demo's own "today", so every run scores and reports the same pipeline. */
export const BENCH_AS_OF = "2026-12-01";
/** Up to this many leads a phase is cheap enough to run three times and take the median. */
const REPEAT_UP_TO_LEADS = 10_000;
/** Custom functions take well under a second, so more runs steady their medians. */
const CUSTOM_FUNCTION_RUNS = 5;
const REPORTS = [
  { phase: "funnel report", kind: "funnel", selectedBy: "funnel" },
  { phase: "forecast report", kind: "forecast", selectedBy: "forecast" },
  { phase: "hot leads report", kind: "hot", selectedBy: "hot" },
] as const;

/**
 * Generates a pipeline of `leads` leads, loads it, and times score leads and then the chosen
 * phases on it through the runtime.
 */
export function runBenchSize(
  code: string,
  leads: number,
  selected: readonly BenchPhase[] = BENCH_PHASES,
): SizeResult {
  const [year, month, day] = BENCH_AS_OF.split("-").map(Number) as [number, number, number];
  const asOf = new Date(year, month - 1, day);
  const { spreadsheet, activities, historyRows, phases } = generateAndLoad(leads, asOf);
  const runtime = createLocalRuntime(code, { spreadsheet, documentProperties: {} });
  const settings = { runs: leads <= REPEAT_UP_TO_LEADS ? 3 : 1, counter: runtime };
  // The sidebar's own request: it shows the summary and issues, not every lead.
  const scoreRequest = { asOf: BENCH_AS_OF, write: true, leads: false };
  phases.push(
    measurePhase("score leads", () => runApiPhase(runtime, "apiScoreLeads", scoreRequest), settings),
  );
  for (const { phase, kind, selectedBy } of REPORTS) {
    if (!selected.includes(selectedBy)) continue;
    const request = { kind, asOf: BENCH_AS_OF, write: true };
    phases.push(measurePhase(phase, () => runApiPhase(runtime, "apiRunReport", request), settings));
  }
  if (!selected.includes("functions")) return { leads, activities, historyRows, phases };
  const caller = createInRealmCaller(code, spreadsheet, runtime.documentProperties());
  phases.push(
    ...timeCustomFunctions(
      runtime,
      caller,
      readCustomFunctionInputs(spreadsheet, asOf),
      CUSTOM_FUNCTION_RUNS,
    ),
  );
  return { leads, activities, historyRows, phases };
}

// Returning only the spreadsheet lets the generated rows go, which keeps later heap figures honest.
function generateAndLoad(leads: number, asOf: Date) {
  let workbook: DemoWorkbook | undefined;
  const generate = measurePhase(
    "generate",
    () => {
      workbook = generateDemoWorkbook({ leads, asOf });
      return "ok";
    },
    { runs: 1 },
  );
  const generated = workbook as DemoWorkbook;
  let spreadsheet: Spreadsheet | undefined;
  const load = measurePhase(
    "load into sheets",
    () => {
      spreadsheet = demoToSpreadsheet(generated);
      return "ok";
    },
    { runs: 1 },
  );
  return {
    spreadsheet: spreadsheet as Spreadsheet,
    activities: countRows(generated, "Activities"),
    historyRows: countRows(generated, "Stage History"),
    phases: [generate, load],
  };
}

function countRows(workbook: DemoWorkbook, tabName: string): number {
  return workbook.tabs.find((tab) => tab.name === tabName)?.rows.length ?? 0;
}
