import { generateDemoWorkbook } from "../../../src/local/demo";
import { demoToSpreadsheet } from "../../../src/local/demo/demo-to-spreadsheet";
import { createLocalRuntime } from "../../../src/local/runtime";
import { bundleForRuntime } from "../report/bundle-for-runtime";

const ENTRY = `
import { loadScoredPipeline } from "./sheets/context/load-scored-pipeline";
export function scoreBothWays(asOf) {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const every = loadScoredPipeline(spreadsheet, { asOf }, true);
  const open = loadScoredPipeline(spreadsheet, { asOf }, false);
  return {
    every: { scores: every.scores, issues: every.issues, activities: every.pipeline.activities.length },
    open: { scores: open.scores, issues: open.issues, activities: open.pipeline.activities.length },
  };
}`;

interface Scored {
  scores: { id: string; status: string; confidence: number | null; explanation: string; stale: boolean }[];
  issues: unknown[];
  activities: number;
}

describe("loadScoredPipeline", () => {
  it("without closed leads' activities, scores open leads the same and closed ones as confidently", () => {
    const spreadsheet = demoToSpreadsheet(generateDemoWorkbook({ leads: 300, seed: 3 }));
    const code = bundleForRuntime(ENTRY, ["scoreBothWays"]);
    const runtime = createLocalRuntime(code, { spreadsheet, documentProperties: {} });
    const { every, open } = runtime.call("scoreBothWays", "2026-12-01") as { every: Scored; open: Scored };
    // The demo's closed leads were worked too, so fewer activities are kept; every issue stays.
    expect(open.activities).toBeLessThan(every.activities);
    expect(open.issues).toEqual(every.issues);
    expect(open.scores.filter((score) => score.status === "open")).toEqual(
      every.scores.filter((score) => score.status === "open"),
    );
    const outcome = ({ id, confidence, explanation, stale }: Scored["scores"][number]) => ({
      id,
      confidence,
      explanation,
      stale,
    });
    expect(open.scores.map(outcome)).toEqual(every.scores.map(outcome));
    expect(every.scores.some((score) => score.status !== "open")).toBe(true);
  });
});
