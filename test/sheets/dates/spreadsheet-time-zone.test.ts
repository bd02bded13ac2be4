import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { addTab, loadAddon } from "../../helpers/load-addon";

// The add-on's script zone is UTC (manifest; jest runs with TZ=UTC). A Tokyo spreadsheet's date
// cell 2026-07-01 is the instant 2026-06-30 15:00 UTC: read in the script's zone it would be the
// 30th, inside an as-of of 2026-06-30. Dates are typed as text, so the runtime stores them as
// Sheets does: midnights in the spreadsheet's zone.
const AS_OF = "2026-06-30";

function tokyoSpreadsheet() {
  const spreadsheet = createSpreadsheet({ timeZone: "Asia/Tokyo" });
  addTab(spreadsheet, "Stages", [
    ["Stage", "Confidence", "Type"],
    ["Proposal", "50%", "Open"],
    ["Negotiation", "70%", "Open"],
  ]);
  addTab(spreadsheet, "Leads", [
    ["Lead ID", "Stage", "Value", "Created"],
    ["L1", "Proposal", 10000, "2026-06-01"],
  ]);
  addTab(spreadsheet, "Activities", [
    ["Lead ID", "Type", "Date", "Completed"],
    ["L1", "Call", "2026-06-30", true],
    ["L1", "Meeting", "2026-07-01", true],
  ]);
  return spreadsheet;
}

describe("dates in the spreadsheet's own time zone", () => {
  it("Score leads counts the call of the as-of day and not the meeting of the day after", () => {
    const { runtime, spreadsheet } = loadAddon(tokyoSpreadsheet());
    const activityDate = spreadsheet.getSheetByName("Activities")?.getRange("C3").getValue() as Date;
    expect(activityDate.toISOString()).toBe("2026-06-30T15:00:00.000Z"); // the cell as Sheets hands it over
    const response = runtime.call("apiScoreLeads", { asOf: AS_OF, write: false }) as {
      ok: boolean;
      result: { leads: { id: string; confidence: number; explanation: string }[] };
    };
    expect(response.ok).toBe(true);
    // By hand: Proposal 50 % + 1 call (3 pts) = 53 %; the 1 July meeting (+5) is after the as-of date.
    expect(response.result.leads[0]?.confidence).toBeCloseTo(0.53, 10);
    expect(response.result.leads[0]?.explanation).toBe("Proposal 50% + 1 call (+3 pts) = 53%");
  });

  it("ACTIVITYPOINTS ends its window at midnight in the spreadsheet's zone", () => {
    const spreadsheet = tokyoSpreadsheet();
    const { runtime } = loadAddon(spreadsheet);
    const activities = spreadsheet.getSheetByName("Activities")?.getDataRange().getValues();
    // By hand: the call of 30 June (3 pts) counts; the meeting of 1 July does not.
    expect(runtime.callCustomFunction("ACTIVITYPOINTS", "L1", activities, AS_OF)).toBe(3);
  });

  it("ACTIVITYPOINTS reads an as_of date cell as the day it shows", () => {
    const spreadsheet = tokyoSpreadsheet();
    const { runtime } = loadAddon(spreadsheet);
    const sheet = spreadsheet.getSheetByName("Leads");
    sheet?.getRange("E1").setValue("2026-06-30");
    const asOfCell = sheet?.getRange("E1").getValue();
    expect(asOfCell).toBeInstanceOf(Date);
    // A date kept as text ('2026-06-30) is the 30th whatever the zone; the as_of cell must be too.
    const activities = [
      ["Lead ID", "Type", "Date", "Completed"],
      ["L1", "Call", "2026-06-30", true],
    ];
    expect(runtime.callCustomFunction("ACTIVITYPOINTS", "L1", activities, asOfCell)).toBe(3);
  });
});
