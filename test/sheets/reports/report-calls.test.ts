import { generateDemoWorkbook } from "../../../src/local/demo";
import { demoToSpreadsheet } from "../../../src/local/demo/demo-to-spreadsheet";
import { loadAddon } from "../../helpers/load-addon";

// SPEC §6: every report reads each tab once and writes its tab with a constant number of calls,
// whatever the row count. Each run is made twice so the second replaces the add-on's own tab.
function callsOfReport(kind: string, leads: number): Record<string, number> {
  const spreadsheet = demoToSpreadsheet(generateDemoWorkbook({ leads, seed: 5 }));
  const { runtime } = loadAddon(spreadsheet);
  const request = { kind, asOf: "2026-12-01", write: true };
  expect(runtime.call("apiRunReport", request)).toMatchObject({ ok: true });
  runtime.resetCalls();
  expect(runtime.call("apiRunReport", request)).toMatchObject({ ok: true });
  return { ...runtime.calls };
}

describe.each(["funnel", "forecast", "hot"])("the %s report", (kind) => {
  it("makes the same service calls for 20 leads as for 600", () => {
    const small = callsOfReport(kind, 20);
    const large = callsOfReport(kind, 600);
    expect(large).toEqual(small);
    // one full read per input tab: Leads, Stages, Activities, Activity Types, Stage History
    expect(small["Range.getValues"]).toBeLessThanOrEqual(6);
  });
});

describe("the funnel report", () => {
  it("reads neither Activities nor Activity Types, which it does not use", () => {
    const spreadsheet = demoToSpreadsheet(generateDemoWorkbook({ leads: 20, seed: 5 }));
    // An Activities tab without its required Type column would fail any run that reads it.
    spreadsheet
      .getSheetByName("Activities")
      ?.getRange(1, 1, 1, 4)
      .setValues([["Lead ID", "", "", ""]]);
    const { runtime } = loadAddon(spreadsheet);
    const funnel = runtime.call("apiRunReport", { kind: "funnel", asOf: "2026-12-01" }) as {
      ok: boolean;
      result: { report: { issues: { tab: string }[] } };
    };
    expect(funnel.ok).toBe(true);
    expect(funnel.result.report.issues.filter((issue) => issue.tab === "Activities")).toEqual([]);
    // The hot leads report scores, so it reads Activities and names the missing column.
    expect(runtime.call("apiRunReport", { kind: "hot", asOf: "2026-12-01" })).toMatchObject({
      ok: false,
      code: "MISSING_COLUMN",
    });
  });
});
