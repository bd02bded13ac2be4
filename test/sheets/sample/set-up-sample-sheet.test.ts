import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { addTab, loadAddon } from "../../helpers/load-addon";

describe("Set up sample sheet", () => {
  it.each(["America/New_York", "Asia/Tokyo"])(
    "dates its rows in the spreadsheet's own days (%s)",
    (timeZone) => {
      const { runtime, spreadsheet } = loadAddon(createSpreadsheet({ timeZone }));
      runtime.call("apiSetUpSampleSheet");
      // The reference: today as the zone's calendar shows it (Intl, not the add-on's code), less
      // the sample's 14 days for L-001 entering Proposal (Stage History row 3).
      const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
      const expected = new Date(Date.parse(`${today}T00:00:00Z`) - 14 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const history = spreadsheet.getSheetByName("Stage History");
      expect(history?.getRange("A3:C3").getDisplayValues()[0]).toEqual(["L-001", "Proposal", expected]);
    },
  );

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
    // the Stage dropdown lists the Stages tab's names (A2 down), so a stage added there is offered
    const rule = leads?.getRange("G2").getDataValidation();
    expect(String(rule?.getCriteriaType())).toBe("VALUE_IN_RANGE");
    const source = rule?.getCriteriaValues()[0] as {
      getA1Notation(): string;
      getSheet(): { getName(): string };
    };
    expect([source.getSheet().getName(), source.getA1Notation()]).toEqual(["Stages", "A2:A1000"]);
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

describe("with the user's own tabs and settings", () => {
  it("creates the tabs under the names in settings", () => {
    const { runtime, spreadsheet } = loadAddon();
    const saved = runtime.call("apiSaveSettings", { tabs: { leads: "Deals", activities: "Touches" } }) as {
      ok: boolean;
    };
    expect(saved.ok).toBe(true);
    const setup = runtime.call("apiSetUpSampleSheet") as { result: { created: string[] } };
    expect(setup.result.created).toEqual(["Stages", "Activity Types", "Deals", "Touches", "Stage History"]);
    expect(spreadsheet.getSheetByName("Leads")).toBeNull();
    expect(spreadsheet.getSheetByName("Deals")?.getRange("A1").getValue()).toBe("Lead ID");
  });

  it("offers the stages of a Stages tab the user already has", () => {
    const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
    addTab(spreadsheet, "Stages", [
      ["Confidence", "Stage"],
      [0.2, "Discovery"],
      [0.6, "Contract"],
    ]);
    const { runtime } = loadAddon(spreadsheet);
    runtime.call("apiSetUpSampleSheet");
    const rule = spreadsheet.getSheetByName("Leads")?.getRange("G2").getDataValidation();
    const source = rule?.getCriteriaValues()[0] as { getA1Notation(): string };
    // Stage in column B: names from B2 down to the tab's last row (a new tab has 1000)
    expect(source.getA1Notation()).toBe("B2:B1000");
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
