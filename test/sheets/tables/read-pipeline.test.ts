import { PipelineError } from "../../../src/core/pipeline-error";
import { createSpreadsheet, Range, type Spreadsheet } from "../../../src/local/spreadsheet";
import { DEFAULT_SETTINGS } from "../../../src/sheets/settings/default-settings";
import { readPipeline } from "../../../src/sheets/tables/read-pipeline";

/** A workbook with the given tabs (name → rows), the default Sheet1 removed. */
function createWorkbook(tabs: Record<string, unknown[][]>, locale = "en_US"): Spreadsheet {
  const spreadsheet = createSpreadsheet({ locale, timeZone: "UTC" });
  for (const [name, rows] of Object.entries(tabs)) {
    const sheet = spreadsheet.insertSheet(name);
    const width = Math.max(...rows.map((row) => row.length));
    const grid = rows.map((row) => [...row, ...Array<unknown>(width - row.length).fill("")]);
    sheet.getRange(1, 1, grid.length, width).setValues(grid as never);
  }
  const blank = spreadsheet.getSheetByName("Sheet1");
  if (blank !== null) spreadsheet.deleteSheet(blank);
  return spreadsheet;
}

function read(spreadsheet: Spreadsheet, settings = DEFAULT_SETTINGS) {
  return readPipeline(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, settings);
}

const STAGES = [
  ["Stage", "Confidence"],
  ["Proposal", 0.5],
  ["Won", 1],
];
const LEADS = [
  ["Lead ID", "Stage", "Value"],
  ["L-1", "Proposal", 1000],
  ["L-2", "Won", 500],
];

describe("readPipeline", () => {
  it("reads every tab into one Pipeline", () => {
    const spreadsheet = createWorkbook({
      Leads: LEADS,
      Stages: STAGES,
      Activities: [
        ["Lead ID", "Type", "Completed"],
        ["L-1", "Call", true],
      ],
      "Activity Types": [
        ["Type", "Points"],
        ["Call", 4],
      ],
      "Stage History": [
        ["Lead ID", "Stage", "Date"],
        ["L-1", "Proposal", new Date(Date.UTC(2024, 2, 1))],
      ],
      "Confidence History": [
        ["Snapshot Date", "Lead ID", "Confidence"],
        [new Date(Date.UTC(2024, 2, 1)), "L-1", 0.5],
      ],
    });
    const pipeline = read(spreadsheet);
    expect(pipeline.stages.map((stage) => [stage.name, stage.type])).toEqual([
      ["Proposal", "open"],
      ["Won", "won"],
    ]);
    expect(pipeline.leads.map((lead) => [lead.id, lead.status, lead.value])).toEqual([
      ["L-1", "open", 1000],
      ["L-2", "won", 500],
    ]);
    expect(pipeline.activities).toEqual([
      { leadId: "L-1", type: "Call", typeKey: "call", day: null, completed: true },
    ]);
    expect(pipeline.activityTypes).toEqual([{ name: "Call", key: "call", points: 4, maxPerStage: null }]);
    // 2024-03-01 = 19 723 (2024-01-01: 54 × 365 + 13 leap days) + 31 + 29 = 19 783.
    expect(pipeline.stageHistory).toEqual([
      { leadId: "L-1", stage: "Proposal", stageKey: "proposal", day: 19_783, fromStage: null },
    ]);
    expect(pipeline.hasStageHistory).toBe(true);
    expect(pipeline.confidenceHistory).toEqual([
      { day: 19_783, leadId: "L-1", confidence: 0.5, stage: null, value: null, status: null },
    ]);
    expect(pipeline.issues).toEqual([]);
  });

  it("reads each tab with exactly one getValues call", () => {
    const spreadsheet = createWorkbook({
      Leads: LEADS,
      Stages: STAGES,
      Activities: [
        ["Lead ID", "Type"],
        ["L-1", "Call"],
      ],
    });
    const getValues = jest.spyOn(Range.prototype, "getValues");
    read(spreadsheet);
    expect(getValues).toHaveBeenCalledTimes(3);
    getValues.mockRestore();
  });

  it("treats absent optional tabs as empty and says there is no stage history", () => {
    const pipeline = read(createWorkbook({ Leads: LEADS, Stages: STAGES }));
    expect([
      pipeline.activities,
      pipeline.activityTypes,
      pipeline.stageHistory,
      pipeline.confidenceHistory,
    ]).toEqual([[], [], [], []]);
    expect(pipeline.hasStageHistory).toBe(false);
  });

  it("treats an empty optional tab as a tab with no rows", () => {
    const spreadsheet = createWorkbook({ Leads: LEADS, Stages: STAGES });
    spreadsheet.insertSheet("Stage History");
    const pipeline = read(spreadsheet);
    expect(pipeline.stageHistory).toEqual([]);
    expect(pipeline.hasStageHistory).toBe(true);
  });

  it("uses the tab names and column mapping from settings", () => {
    const spreadsheet = createWorkbook({
      Deals: [
        ["Ref", "Phase"],
        ["D-1", "Proposal"],
      ],
      "Stage list": STAGES,
    });
    const settings = {
      ...DEFAULT_SETTINGS,
      tabs: { ...DEFAULT_SETTINGS.tabs, leads: "Deals", stages: "stage  LIST" },
      columns: { ...DEFAULT_SETTINGS.columns, leads: { leadId: "Ref", stage: "Phase" } },
    };
    expect(read(spreadsheet, settings).leads.map((lead) => [lead.id, lead.stage])).toEqual([
      ["D-1", "Proposal"],
    ]);
  });

  it("reads date text day-first outside en_US", () => {
    // A text-formatted cell keeps "03/01/2024" as text; en_GB reads it as 3 January 2024
    // = 19 723 (2024-01-01) + 2 = 19 725.
    const spreadsheet = createWorkbook(
      {
        Leads: LEADS,
        Stages: STAGES,
        "Stage History": [
          ["Lead ID", "Stage", "Date"],
          ["L-1", "Proposal", "x"],
        ],
      },
      "en_GB",
    );
    const history = spreadsheet.getSheetByName("Stage History");
    history?.getRange("C2").setNumberFormat("@").setValue("03/01/2024");
    expect(read(spreadsheet).stageHistory[0]?.day).toBe(19_725);
  });
});

describe("bad input", () => {
  it("throws MISSING_TAB naming the tab and listing the tabs there are", () => {
    const spreadsheet = createWorkbook({ Stages: STAGES, Notes: [["x"]] });
    expect(() => read(spreadsheet)).toThrow(
      new PipelineError(
        "MISSING_TAB",
        'No tab named "Leads" (tabs: Stages, Notes). Create it or set the Leads tab name in settings.',
      ),
    );
  });

  it("throws MISSING_TAB for a missing Stages tab", () => {
    const error = (() => {
      try {
        read(createWorkbook({ Leads: LEADS }));
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as PipelineError).code).toBe("MISSING_TAB");
    expect((error as PipelineError).message).toBe(
      'No tab named "Stages" (tabs: Leads). Create it or set the Stages tab name in settings.',
    );
  });

  it("throws MISSING_COLUMN when an optional tab exists without its required columns", () => {
    const spreadsheet = createWorkbook({ Leads: LEADS, Stages: STAGES, Activities: [["Lead ID", "When"]] });
    expect(() => read(spreadsheet)).toThrow('Tab "Activities" has no "Type" column (found: Lead ID, When).');
  });

  it("collects every tab's issues under that tab's name", () => {
    const spreadsheet = createWorkbook({
      leads: [
        ["Lead ID", "Stage", "Value"],
        ["L-1", "Demo", "lots"],
      ],
      Stages: STAGES,
      Activities: [
        ["Lead ID", "Type"],
        ["L-9", "Call"],
      ],
    });
    expect(read(spreadsheet).issues.map((issue) => [issue.tab, issue.row, issue.column])).toEqual([
      ["leads", 2, "Stage"],
      ["leads", 2, "Value"],
      ["Activities", 2, "Lead ID"],
    ]);
  });
});
