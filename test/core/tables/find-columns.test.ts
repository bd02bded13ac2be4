import { PipelineError } from "../../../src/core/pipeline-error";
import { findColumns } from "../../../src/core/tables/find-columns";
import { TABLE_SPECS } from "../../../src/core/tables/table-specs";

/** The error findColumns throws, so its code and message can both be checked. */
function catchError(run: () => unknown): PipelineError {
  try {
    run();
  } catch (error) {
    if (error instanceof PipelineError) return error;
    throw error;
  }
  throw new Error("expected a PipelineError");
}

describe("findColumns", () => {
  it("finds each field by its label and reports absent optional columns as -1", () => {
    const found = findColumns(["Lead ID", "Name", "Stage", "Value"], TABLE_SPECS.leads);
    expect(found.columns.leadId).toBe(0);
    expect(found.columns.name).toBe(1);
    expect(found.columns.stage).toBe(2);
    expect(found.columns.value).toBe(3);
    expect(found.columns.owner).toBe(-1);
    expect(found.headerText.owner).toBe("Owner");
  });

  it("matches headers ignoring case and extra spaces, and keeps the header text as found", () => {
    const found = findColumns(["  lead   ID ", "STAGE"], TABLE_SPECS.leads);
    expect(found.columns).toMatchObject({ leadId: 0, stage: 1 });
    expect(found.headerText.leadId).toBe("lead   ID");
    expect(found.headerText.stage).toBe("STAGE");
  });

  it("matches aliases", () => {
    const header = [
      "Opportunity ID",
      "Deal Stage",
      "Deal Size",
      "Sales Rep",
      "Close Date",
      "Closed On",
      "Created On",
      "Override",
    ];
    const found = findColumns(header, TABLE_SPECS.leads);
    expect(found.columns).toMatchObject({
      leadId: 0,
      stage: 1,
      value: 2,
      owner: 3,
      expectedClose: 4,
      closed: 5,
      created: 6,
      confidenceOverride: 7,
    });
  });

  it("prefers the label over a later alias when a tab has both", () => {
    // "ID" comes first in the row, but "Lead ID" is the label, so it wins.
    const found = findColumns(["ID", "Stage", "Lead ID"], TABLE_SPECS.leads);
    expect(found.columns.leadId).toBe(2);
  });

  it("takes the leftmost of two identical headers", () => {
    expect(findColumns(["Lead ID", "Stage", "stage"], TABLE_SPECS.leads).columns.stage).toBe(1);
  });

  it("lets the mapping from settings replace a field's aliases", () => {
    const found = findColumns(["Lead ID", "Stage", "Value", "Weighted Amt"], TABLE_SPECS.leads, {
      value: "weighted  amt",
    });
    expect(found.columns.value).toBe(3);
    expect(found.headerText.value).toBe("Weighted Amt");
  });

  it("does not give a mapped column to another field whose alias it is", () => {
    // Stage is mapped to the "Status" column, so status must not read it too.
    const found = findColumns(["Lead ID", "Status"], TABLE_SPECS.leads, { stage: "Status" });
    expect(found.columns.stage).toBe(1);
    expect(found.columns.status).toBe(-1);
  });

  it("ignores blank mapping entries", () => {
    expect(findColumns(["Lead ID", "Stage"], TABLE_SPECS.leads, { stage: "  " }).columns.stage).toBe(1);
  });

  it("never reads the add-on's own Confidence column as an override", () => {
    expect(
      findColumns(["Lead ID", "Stage", "Confidence"], TABLE_SPECS.leads).columns.confidenceOverride,
    ).toBe(-1);
  });
});

describe("TABLE_SPECS", () => {
  it("gives no header to two fields of one table", () => {
    for (const spec of Object.values(TABLE_SPECS)) {
      const headers = Object.values<readonly string[]>(spec.aliases)
        .flat()
        .map((header) => header.toLowerCase());
      expect(new Set(headers).size).toBe(headers.length);
    }
  });

  it("lists every aliased field as required or optional", () => {
    for (const spec of Object.values(TABLE_SPECS)) {
      const fields: string[] = [...spec.required, ...spec.optional];
      expect(fields.sort()).toEqual(Object.keys(spec.aliases).sort());
    }
  });
});

describe("bad input", () => {
  it("names the tab, the missing column and the headers found", () => {
    const error = catchError(() => findColumns(["Lead ID", "Name", "Value"], TABLE_SPECS.leads));
    expect(error.code).toBe("MISSING_COLUMN");
    expect(error.message).toBe(
      'Tab "Leads" has no "Stage" column (found: Lead ID, Name, Value). ' +
        'Add a "Stage" column (or Pipeline Stage, Deal Stage, Lead Stage), or map Stage to one of your columns in settings.',
    );
  });

  it("uses the tab name it is given and names every missing column", () => {
    const error = catchError(() => findColumns(["Note"], TABLE_SPECS.stages, {}, "Pipeline"));
    expect(error.message).toMatch(/^Tab "Pipeline" has no "Stage" or "Confidence" column \(found: Note\)\./);
  });

  it("names the mapped header when a mapped required column is missing", () => {
    const error = catchError(() => findColumns(["Lead ID", "Stage"], TABLE_SPECS.leads, { stage: "Phase" }));
    expect(error.message).toBe(
      'Tab "Leads" has no "Phase" column (found: Lead ID, Stage). ' +
        'Settings map Stage to "Phase": rename that column or change the column mapping.',
    );
  });

  it("says so when the tab has no header at all", () => {
    const error = catchError(() => findColumns([], TABLE_SPECS.activities));
    expect(error.message).toMatch(
      /^Tab "Activities" has no "Lead ID" or "Type" column \(the tab has no header row\)\./,
    );
  });
});
