import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { addTab, loadAddon } from "../../helpers/load-addon";

function leadsSpreadsheet() {
  const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
  addTab(spreadsheet, "Leads", [
    ["Lead ID", "Name", "Stage"],
    ["L1", "Acme", "Lead"],
    ["L2", "Globex", "Proposal"],
  ]);
  return spreadsheet;
}

describe("onEdit: recordStageChange", () => {
  it("appends (Lead ID, Stage, Date, From Stage) to Stage History, creating the tab", () => {
    const { runtime, spreadsheet } = loadAddon(leadsSpreadsheet());
    runtime.simulateEdit("Leads", "C2", "Qualified");
    const history = spreadsheet.getSheetByName("Stage History");
    const rows = history?.getDataRange().getValues();
    expect(rows?.[0]).toEqual(["Lead ID", "Stage", "Date", "From Stage"]);
    expect(rows?.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([["L1", "Qualified", "Lead"]]);
    expect(rows?.[1]?.[2]).toBeInstanceOf(Date);
  });

  it("appends below existing history, by header, and keeps the user's columns", () => {
    const spreadsheet = leadsSpreadsheet();
    addTab(spreadsheet, "Stage History", [
      ["Date", "Lead ID", "Stage", "Comment"],
      [new Date(2026, 0, 5), "L2", "Proposal", "by hand"],
    ]);
    const { runtime } = loadAddon(spreadsheet);
    runtime.simulateEdit("Leads", "C3", "Negotiation");
    const rows = spreadsheet.getSheetByName("Stage History")?.getDataRange().getValues();
    expect(rows?.[1]).toEqual([new Date(2026, 0, 5), "L2", "Proposal", "by hand"]);
    expect(rows?.[2]?.slice(1)).toEqual(["L2", "Negotiation", ""]);
  });

  it("finds the Leads and Stage History tabs as the readers do, whatever their case", () => {
    const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
    addTab(spreadsheet, "leads", [
      ["Lead ID", "Stage"],
      ["L1", "Lead"],
    ]);
    addTab(spreadsheet, "stage history", [["Lead ID", "Stage", "Date", "From Stage"]]);
    const { runtime } = loadAddon(spreadsheet);
    runtime.simulateEdit("leads", "B2", "Qualified");
    expect(spreadsheet.getSheets().map((sheet) => sheet.getName())).not.toContain("Stage History");
    const rows = spreadsheet.getSheetByName("stage history")?.getDataRange().getValues();
    expect(rows?.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([["L1", "Qualified", "Lead"]]);
  });

  it("writes the header into a Stage History tab that exists but is empty", () => {
    const spreadsheet = leadsSpreadsheet();
    spreadsheet.insertSheet("Stage History");
    const { runtime } = loadAddon(spreadsheet);
    runtime.simulateEdit("Leads", "C2", "Qualified");
    const rows = spreadsheet.getSheetByName("Stage History")?.getDataRange().getValues();
    expect(rows?.[0]).toEqual(["Lead ID", "Stage", "Date", "From Stage"]);
    expect(rows?.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([["L1", "Qualified", "Lead"]]);
  });

  it("places the row by the column mapping of the settings", () => {
    const spreadsheet = leadsSpreadsheet();
    addTab(spreadsheet, "Stage History", [["Deal", "Moved To", "When"]]);
    const { runtime } = loadAddon(spreadsheet);
    const saved = runtime.call("apiSaveSettings", {
      columns: { stageHistory: { leadId: "Deal", stage: "Moved To", date: "When" } },
    }) as { ok: boolean };
    expect(saved.ok).toBe(true);
    runtime.simulateEdit("Leads", "C3", "Negotiation");
    const rows = spreadsheet.getSheetByName("Stage History")?.getDataRange().getValues();
    expect(rows?.[1]?.slice(0, 2)).toEqual(["L2", "Negotiation"]);
    expect(rows?.[1]?.[2]).toBeInstanceOf(Date);
  });

  it("logs only the rows of a pasted block whose stage differs from the lead's latest history", () => {
    const spreadsheet = leadsSpreadsheet();
    addTab(spreadsheet, "Stage History", [
      ["Lead ID", "Stage", "Date", "From Stage"],
      ["L1", "Lead", new Date(2026, 0, 5), ""],
      ["L2", "Lead", new Date(2026, 0, 5), ""],
      ["L2", "Proposal", new Date(2026, 1, 5), "Lead"],
    ]);
    const { runtime } = loadAddon(spreadsheet);
    // L1 stays at Lead (its latest), L2 moves Proposal → Negotiation: one row, no From Stage known
    runtime.simulatePaste("Leads", "C2", [["Lead"], ["Negotiation"]]);
    const rows = spreadsheet.getSheetByName("Stage History")?.getDataRange().getValues() ?? [];
    expect(rows).toHaveLength(5);
    expect([rows[4]?.[0], rows[4]?.[1], rows[4]?.[3]]).toEqual(["L2", "Negotiation", ""]);
  });

  it("logs every row of a pasted block when there is no history to compare with", () => {
    const { runtime, spreadsheet } = loadAddon(leadsSpreadsheet());
    runtime.simulatePaste("Leads", "B2", [
      ["Acme", "Qualified"],
      ["Globex", "Proposal"],
    ]);
    const rows = spreadsheet.getSheetByName("Stage History")?.getDataRange().getValues() ?? [];
    expect(rows.slice(1).map((row) => [row[0], row[1]])).toEqual([
      ["L1", "Qualified"],
      ["L2", "Proposal"],
    ]);
  });

  it("does nothing, cheaply, for an edit outside the Stage column of Leads", () => {
    const { runtime, spreadsheet } = loadAddon(leadsSpreadsheet());
    runtime.resetCalls();
    runtime.simulateEdit("Leads", "B2", "Acme Corp");
    expect(spreadsheet.getSheetByName("Stage History")).toBeNull();
    const other = spreadsheet.insertSheet("Notes");
    expect(other.getName()).toBe("Notes");
    runtime.resetCalls();
    runtime.simulateEdit("Notes", "A1", "hello");
    // Range.getSheet, Sheet.getName, and the settings read: nothing else for a foreign tab.
    expect(runtime.totalCalls()).toBeLessThanOrEqual(5);
  });
});

describe("bad input", () => {
  it("ignores a Stage cleared to blank and a row without a Lead ID", () => {
    const { runtime, spreadsheet } = loadAddon(leadsSpreadsheet());
    runtime.simulateEdit("Leads", "C2", "");
    runtime.simulateEdit("Leads", "C4", "Proposal");
    expect(spreadsheet.getSheetByName("Stage History")).toBeNull();
  });

  it("writes a stage that looks like a formula as text", () => {
    const { runtime, spreadsheet } = loadAddon(leadsSpreadsheet());
    runtime.simulateEdit("Leads", "C2", "'+Won");
    const history = spreadsheet.getSheetByName("Stage History");
    expect(history?.getRange("B2").getValue()).toBe("+Won");
    expect(history?.getRange("B2").getFormula()).toBe("");
  });
});
