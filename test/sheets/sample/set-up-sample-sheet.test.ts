import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { addTab, loadAddon } from "../../helpers/load-addon";

describe("Set up sample sheet", () => {
  it("creates the input tabs with headers, dropdowns and rows that score without issues", () => {
    const { runtime, spreadsheet } = loadAddon();
    const setup = runtime.call("apiSetUpSampleSheet") as { ok: boolean; result: { created: string[] } };
    expect(setup.result.created).toEqual([
      "Stages",
      "Activity Types",
      "Leads",
      "Activities",
      "Stage History",
    ]);
    const leads = spreadsheet.getSheetByName("Leads");
    expect(leads?.getRange("A1:G1").getValues()[0]).toEqual([
      "Lead ID",
      "Name",
      "Company",
      "Owner",
      "Value",
      "Status",
      "Stage",
    ]);
    expect(leads?.getRange("G2").getDataValidation()?.getCriteriaValues()[0]).toContain("Proposal");
    expect(leads?.getFrozenRows()).toBe(1);
    const scored = runtime.call("apiScoreLeads", {}) as {
      ok: boolean;
      result: { leads: unknown[]; issues: unknown[] };
    };
    expect(scored.ok).toBe(true);
    expect(scored.result.leads).toHaveLength(7);
    expect(scored.result.issues).toEqual([]);
  });
});

describe("bad input", () => {
  it("leaves a user's existing tab exactly as it was", () => {
    const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
    addTab(spreadsheet, "Leads", [
      ["My own", "table"],
      ["x", 1],
    ]);
    const { runtime } = loadAddon(spreadsheet);
    const setup = runtime.call("apiSetUpSampleSheet") as { result: { created: string[]; skipped: string[] } };
    expect(setup.result.skipped).toEqual(["Leads"]);
    expect(spreadsheet.getSheetByName("Leads")?.getDataRange().getValues()).toEqual([
      ["My own", "table"],
      ["x", 1],
    ]);
  });
});
