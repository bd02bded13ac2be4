import { PipelineError } from "../../../src/core/pipeline-error";
import { type DemoWorkbook, generateDemoWorkbook } from "../../../src/local/demo";
import { daysBetween, findTab, readRecords } from "./read-demo-tab";

const OPEN_STAGES = ["Lead", "Qualified", "Discovery", "Demo", "Proposal", "Negotiation"];

describe("generateDemoWorkbook", () => {
  const workbook = generateDemoWorkbook({ leads: 400, seed: 3 });
  const leads = readRecords(findTab(workbook, "Leads"));
  const leadsById = new Map(leads.map((lead) => [lead["Lead ID"], lead]));

  it("gives byte-identical workbooks for the same seed and different ones for another", () => {
    expect(generateDemoWorkbook({ leads: 400, seed: 3 })).toEqual(workbook);
    const other = generateDemoWorkbook({ leads: 400, seed: 4 });
    expect(findTab(other, "Leads").rows).not.toEqual(findTab(workbook, "Leads").rows);
    expect(findTab(other, "Activities").rows).not.toEqual(findTab(workbook, "Activities").rows);
  });

  it("uses the headers of SPEC §1", () => {
    const headers = Object.fromEntries(workbook.tabs.map((tab) => [tab.name, tab.header]));
    expect(headers).toEqual({
      Leads: [
        "Lead ID",
        "Name",
        "Company",
        "Owner",
        "Value",
        "Status",
        "Stage",
        "Created",
        "Expected Close",
        "Closed",
        "Confidence Override",
        "Initial Confidence",
      ],
      Stages: ["Stage", "Confidence", "Type", "Max Confidence", "Order"],
      Activities: ["Lead ID", "Type", "Date", "Completed"],
      "Activity Types": ["Type", "Points", "Max Per Stage"],
      "Stage History": ["Lead ID", "Stage", "Date", "From Stage"],
    });
    for (const tab of workbook.tabs) {
      expect(tab.rows.every((row) => row.length === tab.header.length)).toBe(true);
      expect(tab.numberFormats).toHaveLength(tab.header.length);
    }
  });

  it("writes the stages and activity points of the brief", () => {
    expect(findTab(workbook, "Stages").rows).toEqual([
      ["Lead", 0.1, "Open", "", 1],
      ["Qualified", 0.2, "Open", "", 2],
      ["Discovery", 0.3, "Open", "", 3],
      ["Demo", 0.45, "Open", "", 4],
      ["Proposal", 0.6, "Open", "", 5],
      ["Negotiation", 0.75, "Open", 0.9, 6],
      ["Closed Won", 1, "Won", "", 7],
      ["Closed Lost", 0, "Lost", "", 8],
    ]);
    expect(findTab(workbook, "Activity Types").rows).toEqual([
      ["Meeting", 5, 15],
      ["Demo", 5, 10],
      ["Call", 3, 12],
      ["Email", 1, 5],
      ["Note", 1, 3],
    ]);
  });

  it("numbers leads L-00001 onwards, with 5 to 8 owners", () => {
    expect(leads[0]?.["Lead ID"]).toBe("L-00001");
    expect(leads[399]?.["Lead ID"]).toBe("L-00400");
    expect(leadsById.size).toBe(400);
    const owners = new Set(leads.map((lead) => lead.Owner));
    expect(owners.size).toBeGreaterThanOrEqual(5);
    expect(owners.size).toBeLessThanOrEqual(8);
  });

  it("refers only to existing leads from activities and history", () => {
    for (const name of ["Activities", "Stage History"]) {
      const unknown = readRecords(findTab(workbook, name)).filter((row) => !leadsById.has(row["Lead ID"]));
      expect(unknown).toEqual([]);
    }
  });

  it("keeps each status consistent with its stage and dates", () => {
    for (const lead of leads) {
      const created = lead.Created as Date;
      if (lead.Status === "open") {
        expect(OPEN_STAGES).toContain(lead.Stage);
        expect(lead.Closed).toBe("");
      } else {
        expect(lead.Stage).toBe(lead.Status === "won" ? "Closed Won" : "Closed Lost");
        expect(daysBetween(created, lead.Closed as Date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(lead.Closed as Date, workbook.asOf)).toBeGreaterThanOrEqual(0);
      }
      expect(daysBetween(created, workbook.asOf)).toBeGreaterThanOrEqual(0);
      // 18 months ≈ 548 days before the as-of date.
      expect(daysBetween(created, workbook.asOf)).toBeLessThanOrEqual(548);
    }
  });

  it("records every move in ascending order, ending at the lead's current stage", () => {
    const history = groupHistory(workbook);
    for (const lead of leads) {
      const moves = history.get(lead["Lead ID"] as string) ?? [];
      expect(moves[0]?.Stage).toBe("Lead");
      expect(moves[0]?.Date).toEqual(lead.Created);
      expect(moves[moves.length - 1]?.Stage).toBe(lead.Stage);
      moves.forEach((move, index) => {
        const previous = moves[index - 1];
        expect(move["From Stage"]).toBe(previous ? previous.Stage : "");
        if (previous) expect(daysBetween(previous.Date as Date, move.Date as Date)).toBeGreaterThan(0);
      });
      if (lead.Status === "lost") expect(OPEN_STAGES).toContain(moves[moves.length - 2]?.Stage);
      if (lead.Status !== "open") expect(moves[moves.length - 1]?.Date).toEqual(lead.Closed);
    }
  });

  it("plans a few future activities, never completed, and dates past ones within the lead's life", () => {
    const activities = readRecords(findTab(workbook, "Activities"));
    const future = activities.filter((activity) => (activity.Date as Date) > workbook.asOf);
    expect(future.length).toBeGreaterThan(0);
    expect(future.length).toBeLessThan(activities.length / 10);
    expect(future.every((activity) => activity.Completed === false)).toBe(true);
    for (const activity of activities) {
      const lead = leadsById.get(activity["Lead ID"]);
      expect(daysBetween(lead?.Created as Date, activity.Date as Date)).toBeGreaterThanOrEqual(0);
      if (lead?.Closed)
        expect(daysBetween(activity.Date as Date, lead.Closed as Date)).toBeGreaterThanOrEqual(0);
    }
  });

  it("sets expected close dates on most open leads, mostly within the next six months", () => {
    const open = leads.filter((lead) => lead.Status === "open");
    const dated = open.filter((lead) => lead["Expected Close"] !== "");
    expect(dated.length).toBeGreaterThan(0.8 * open.length);
    expect(dated.length).toBeLessThan(open.length);
    const soon = dated.filter((lead) => {
      const daysAhead = daysBetween(workbook.asOf, lead["Expected Close"] as Date);
      return daysAhead >= 0 && daysAhead <= 183;
    });
    expect(soon.length).toBeGreaterThan(0.75 * dated.length);
    expect(leads.filter((lead) => lead.Status !== "open" && lead["Expected Close"] !== "")).toEqual([]);
  });

  it("gives a few open leads an override and some leads an initial confidence, as fractions", () => {
    const overrides = leads.filter((lead) => lead["Confidence Override"] !== "");
    expect(overrides.every((lead) => lead.Status === "open")).toBe(true);
    const initial = leads.filter((lead) => lead["Initial Confidence"] !== "");
    expect(initial.length).toBeGreaterThan(0);
    for (const lead of [...overrides, ...initial]) {
      for (const column of ["Confidence Override", "Initial Confidence"]) {
        const cell = lead[column];
        if (cell !== "") expect(cell as number).toBeGreaterThan(0);
        if (cell !== "") expect(cell as number).toBeLessThan(1);
      }
    }
  });

  it("uses local-midnight dates and defaults the as-of date to 2026-12-01", () => {
    const defaulted = generateDemoWorkbook({ leads: 20 });
    expect(defaulted.asOf).toEqual(new Date(2026, 11, 1));
    const dates = defaulted.tabs.flatMap((tab) => tab.rows.flat()).filter((cell) => cell instanceof Date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((date) => date.getHours() === 0 && date.getMinutes() === 0)).toBe(true);
    expect(generateDemoWorkbook({ leads: 1, asOf: new Date(2025, 5, 9, 17, 30) }).asOf).toEqual(
      new Date(2025, 5, 9),
    );
  });

  it("leaves leads and history unchanged when only the activity rate changes", () => {
    const busier = generateDemoWorkbook({ leads: 400, seed: 3, activitiesPerLead: 20 });
    expect(findTab(busier, "Leads")).toEqual(findTab(workbook, "Leads"));
    expect(findTab(busier, "Stage History")).toEqual(findTab(workbook, "Stage History"));
  });

  it("gives an empty pipeline with headers for zero leads", () => {
    const empty = generateDemoWorkbook({ leads: 0 });
    expect(findTab(empty, "Leads").rows).toEqual([]);
    expect(findTab(empty, "Activities").rows).toEqual([]);
    expect(findTab(empty, "Stages").rows).toHaveLength(8);
  });

  describe("bad input", () => {
    it.each([
      ["negative leads", { leads: -1 }],
      ["fractional leads", { leads: 2.5 }],
      ["a NaN seed", { seed: Number.NaN }],
      ["negative activities", { activitiesPerLead: -1 }],
      ["a zero median value", { medianValue: 0 }],
      ["an invalid as-of date", { asOf: new Date("not a date") }],
    ])("rejects %s with BAD_ARGUMENT", (_, options) => {
      expect(() => generateDemoWorkbook(options)).toThrow(PipelineError);
      expect(() => generateDemoWorkbook(options)).toThrow(expect.objectContaining({ code: "BAD_ARGUMENT" }));
    });
  });
});

function groupHistory(workbook: DemoWorkbook) {
  const history = new Map<string, Record<string, unknown>[]>();
  for (const move of readRecords(findTab(workbook, "Stage History"))) {
    const moves = history.get(move["Lead ID"] as string) ?? [];
    moves.push(move);
    history.set(move["Lead ID"] as string, moves);
  }
  return history;
}
