import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { main } from "../../../src/local/cli";
import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { loadWorkbook } from "../../../src/local/xlsx/load-workbook";
import { saveWorkbook } from "../../../src/local/xlsx/save-workbook";
import { STATE_SHEET_NAME } from "../../../src/local/xlsx/state-sheet";
import { writeStoredZip } from "./write-stored-zip";

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const folder = mkdtempSync(join(tmpdir(), "pc-cli-"));
const demo = join(folder, "demo.xlsx");

/** A copy of the demo workbook whose Leads tab is renamed Deals, so every command misses it. */
async function writeWorkbookWithoutLeads(path: string): Promise<void> {
  const workbook = await loadWorkbook(demo);
  workbook.spreadsheet.getSheetByName("Leads")?.setName("Deals");
  await saveWorkbook(path, workbook);
}

/** An .xlsx with a Leads tab and a state sheet holding `stateText` (as this runtime writes it). */
async function writeWorkbookWithState(path: string, stateText: string): Promise<void> {
  const excel = new Workbook();
  excel.addWorksheet("Leads").getCell("A1").value = "Lead ID";
  excel.addWorksheet(STATE_SHEET_NAME, { state: "veryHidden" }).getCell("A1").value = stateText;
  await excel.xlsx.writeFile(path);
}

/**
 * Tabs as people leave them: Leads's header on row 3 under two blank rows, blank rows between
 * leads, two blank header cells after Owner (one with a note below it); a header-only Stages; an
 * empty Notes tab.
 */
async function writeUntidyWorkbook(path: string): Promise<void> {
  const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
  spreadsheet.getSheets()[0]?.setName("Notes");
  spreadsheet
    .insertSheet("Leads")
    .getRange(3, 1, 6, 5)
    .setValues([
      ["Lead ID", "Stage", "Owner", "", ""],
      ["L1", "Lead", "Dana", "", ""],
      ["   ", "", "", "", ""], // only spaces: blank, as the table readers see it
      ["", "", "", "", ""],
      ["L2", "Proposal", "", "", "call back"],
      ["L3", "Closed Won", "Ravi", "", ""],
    ]);
  spreadsheet
    .insertSheet("Stages")
    .getRange(1, 1, 1, 2)
    .setValues([["Stage", "Confidence"]]);
  await saveWorkbook(path, { spreadsheet, documentProperties: {} });
}

beforeAll(async () => {
  const result = await run("demo", "--out", demo, "--leads", "60", "--seed", "3");
  expect(result.err).toBe("");
  expect(result.code).toBe(0);
}, 120_000);

describe("pipeline-confidence CLI", () => {
  it("writes a demo workbook whose tabs include the three reports", async () => {
    const result = await run("tabs", "--workbook", demo, "--json");
    const { tabs } = JSON.parse(result.out) as { tabs: { name: string; header: string[]; rows: number }[] };
    expect(tabs.map((tab) => tab.name)).toEqual(
      expect.arrayContaining([
        "Leads",
        "Activities",
        "Stage History",
        "Stages",
        "Funnel",
        "Forecast",
        "Hot Leads",
      ]),
    );
    const leads = tabs.find((tab) => tab.name === "Leads");
    expect(leads?.rows).toBe(60);
    expect(leads?.header).toEqual(expect.arrayContaining(["Lead ID", "Stage", "Confidence", "Explanation"]));
  });

  it("dates a demo pipeline up to the --as-of day asked for", async () => {
    const out = join(folder, "demo-2027.xlsx");
    const result = await run("demo", "--out", out, "--leads", "30", "--as-of", "2027-03-15");
    expect([result.code, result.err]).toEqual([0, ""]);
    expect(result.out).toContain("scored as of 2027-03-15");
    const leads = (await loadWorkbook(out)).spreadsheet.getSheetByName("Leads");
    const [header = [], ...rows] = leads?.getDataRange().getValues() ?? [];
    const created = rows.map((row) => row[header.indexOf("Created")] as Date).map((date) => date.getTime());
    // Every lead was created on or before the as-of day, the newest within the last few months.
    expect(Math.max(...created)).toBeLessThanOrEqual(Date.UTC(2027, 2, 15));
    expect(Math.max(...created)).toBeGreaterThan(Date.UTC(2026, 11, 1));
  });

  it("finds each tab's header below blank rows and counts only its non-blank rows", async () => {
    const untidy = join(folder, "untidy.xlsx");
    await writeUntidyWorkbook(untidy);
    const result = await run("tabs", "--workbook", untidy, "--json");
    expect([result.code, result.err]).toEqual([0, ""]);
    // By hand: Leads has L1, L2, L3 (the two blank rows between are not rows); its trailing blank
    // header cells are dropped even though one has a note under it.
    expect(JSON.parse(result.out)).toEqual({
      tabs: [
        { name: "Notes", header: [], rows: 0 },
        { name: "Leads", header: ["Lead ID", "Stage", "Owner"], rows: 3 },
        { name: "Stages", header: ["Stage", "Confidence"], rows: 0 },
      ],
    });
  });

  it("prints the tabs as an aligned table, saying which tab is empty", async () => {
    const untidy = join(folder, "untidy-text.xlsx");
    await writeUntidyWorkbook(untidy);
    const result = await run("tabs", "--workbook", untidy);
    expect([result.code, result.err]).toEqual([0, ""]);
    expect(result.out.split("\n")).toEqual([
      "Tab       Rows  Header",
      "Notes   0 rows  (empty)",
      "Leads   3 rows  Lead ID | Stage | Owner",
      "Stages  0 rows  Stage | Confidence",
    ]);
  });

  it("prints the score JSON of SPEC §7", async () => {
    const result = await run("score", "--workbook", demo, "--as-of", "2026-12-01", "--json");
    const json = JSON.parse(result.out) as {
      asOf: string;
      leads: Record<string, unknown>[];
      issues: unknown[];
    };
    expect(json.asOf).toBe("2026-12-01");
    expect(json.leads).toHaveLength(60);
    expect(Object.keys(json.leads[0] ?? {}).sort()).toEqual(
      ["activityPoints", "confidence", "explanation", "id", "source", "stage", "stale", "status"].sort(),
    );
    expect(Array.isArray(json.issues)).toBe(true);
  });

  it("prints the forecast JSON of SPEC §7 for a chosen period and target", async () => {
    const result = await run(
      "report",
      "forecast",
      "--workbook",
      demo,
      "--as-of",
      "2026-12-01",
      "--period",
      "2026-Q4",
      "--target",
      "90000",
      "--json",
    );
    const json = JSON.parse(result.out) as Record<string, unknown>;
    expect(json.period).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(json.target).toBe(90000);
    for (const key of [
      "asOf",
      "won",
      "openPipeline",
      "weightedPipeline",
      "expected",
      "gap",
      "winRate",
      "pipelineNeeded",
      "coverage",
      "requiredCoverage",
      "p10",
      "p50",
      "p90",
      "probabilityOfTarget",
      "byOwner",
      "byStage",
      "byMonth",
      "issues",
    ]) {
      expect(json).toHaveProperty(key);
    }
    // Extra key: open leads counted in the period whose Expected Close is already past.
    expect(json.overdue).toEqual({ count: expect.any(Number), value: expect.any(Number) });
  });

  it("reads a target written as money text, and forecasts without one it cannot read", async () => {
    const forecast = async (target: string) => {
      const result = await run(
        "report",
        "forecast",
        "--workbook",
        demo,
        "--as-of",
        "2026-12-01",
        "--target",
        target,
        "--json",
      );
      expect(result.code).toBe(0);
      return JSON.parse(result.out) as { target: number | null; notes: string[] };
    };
    expect((await forecast("$90,000")).target).toBe(90000);
    const lots = await forecast("lots");
    expect(lots.target).toBeNull();
    expect(lots.notes.join(" ")).toContain("lots");
  });

  it("prints the funnel and hot leads JSON of SPEC §7, filtered by created date and owner", async () => {
    const all = await run("report", "funnel", "--workbook", demo, "--as-of", "2026-12-01", "--json");
    type Funnel = {
      asOf: string;
      stages: Record<string, unknown>[];
      totals: { leads: number };
      issues: unknown[];
    };
    const funnel = JSON.parse(all.out) as Funnel;
    expect(Object.keys(funnel.stages[0] ?? {})).toEqual(
      expect.arrayContaining([
        "stage",
        "reached",
        "reachedValue",
        "advanced",
        "lost",
        "open",
        "stepConversion",
        "cumulativeConversion",
        "winRate",
        "medianDaysInStage",
      ]),
    );
    expect(Object.keys(funnel.totals).sort()).toEqual(["leads", "lost", "open", "won"]);
    const recent = await run(
      "report",
      "funnel",
      "--workbook",
      demo,
      "--as-of",
      "2026-12-01",
      "--created-from",
      "2026-06-01",
      "--json",
    );
    const recentTotals = (JSON.parse(recent.out) as Funnel).totals.leads;
    // the demo creates leads over 18 months: the last six hold some of them, not all
    expect(recentTotals).toBeGreaterThan(0);
    expect(recentTotals).toBeLessThan(funnel.totals.leads);

    const hot = JSON.parse(
      (await run("report", "hot", "--workbook", demo, "--as-of", "2026-12-01", "--json")).out,
    ) as {
      threshold: number;
      leads: { owner: string }[];
    };
    expect(hot.threshold).toBe(0.6);
    const owner = hot.leads[0]?.owner ?? "";
    expect(owner).not.toBe("");
    const mine = await run(
      "report",
      "hot",
      "--workbook",
      demo,
      "--as-of",
      "2026-12-01",
      "--owner",
      owner,
      "--json",
    );
    const mineLeads = (JSON.parse(mine.out) as { leads: { owner: string }[] }).leads;
    expect(mineLeads.length).toBeGreaterThan(0);
    expect(mineLeads.every((lead) => lead.owner === owner)).toBe(true);
  });

  it("takes --option=value as well as --option value", async () => {
    const spaced = await run("score", "--workbook", demo, "--as-of", "2026-12-01", "--json");
    const joined = await run("score", `--workbook=${demo}`, "--as-of=2026-12-01", "--json");
    expect(joined.err).toBe("");
    expect(joined.code).toBe(0);
    expect(joined.out).toBe(spaced.out);
  });

  it("prints help for the program and for a command", async () => {
    expect((await run("--help")).out).toContain("Commands:");
    const help = await run("report", "--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("--period");
  });
});

describe("bad input", () => {
  it("refuses an unknown command with the list of commands", async () => {
    const result = await run("forecast");
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    expect(result.err).toContain('Unknown command "forecast". Commands: tabs, demo, score, report.');
  });

  it("refuses an unknown option and a malformed date", async () => {
    const unknown = await run("score", "--workbook", demo, "--asof", "2026-01-01");
    expect([unknown.code, unknown.out]).toEqual([2, ""]);
    expect(unknown.err).toContain("Unknown option --asof");
    const date = await run("score", "--workbook", demo, "--as-of", "2026-02-30");
    expect([date.code, date.out]).toEqual([2, ""]);
    expect(date.err).toContain("--as-of must be a date YYYY-MM-DD");
  });

  it("refuses a missing report kind and a missing workbook option", async () => {
    const kind = await run("report", "--workbook", demo);
    expect([kind.code, kind.out]).toEqual([2, ""]);
    expect(kind.err).toContain("needs a report: funnel|forecast|hot");
    const workbook = await run("score");
    expect([workbook.code, workbook.out]).toEqual([2, ""]);
    expect(workbook.err).toContain('"score" needs --workbook');
  });

  it("refuses --option=value with an unknown option, an empty value or a flag", async () => {
    const unknown = await run("score", "--workbok=x.xlsx");
    expect([unknown.code, unknown.out]).toEqual([2, ""]);
    expect(unknown.err).toContain('Unknown option --workbok for "score"');
    const empty = await run("score", "--workbook=");
    expect([empty.code, empty.err]).toEqual([2, expect.stringContaining("--workbook needs a value")]);
    const flag = await run("score", "--workbook", demo, "--json=yes");
    expect([flag.code, flag.err]).toEqual([2, expect.stringContaining("--json takes no value")]);
  });

  it("says when the workbook file does not exist", async () => {
    const result = await run("tabs", "--workbook", join(folder, "missing.xlsx"));
    expect(result.code).toBe(1);
    expect(result.err).toContain("Workbook not found");
  });

  it("says when the file is not an .xlsx workbook", async () => {
    const corrupt = join(folder, "corrupt.xlsx");
    writeFileSync(corrupt, "this is not a zip file");
    const result = await run("score", "--workbook", corrupt);
    expect(result.code).toBe(1);
    expect(result.err).toContain("not a valid .xlsx");
  });

  it("says when a zip file holds no .xlsx workbook", async () => {
    const archive = join(folder, "archive.xlsx");
    writeStoredZip(archive, "notes.txt", "a zip archive, but no xl/workbook.xml");
    const result = await run("tabs", "--workbook", archive);
    expect([result.code, result.out]).toEqual([1, ""]);
    expect(result.err).toBe(
      `pipeline-confidence: Cannot read workbook ${archive}: not a valid .xlsx file (no xl/workbook.xml with a worksheet in it)`,
    );
  });

  it("says when the workbook's saved state is not JSON", async () => {
    const path = join(folder, "state-not-json.xlsx");
    await writeWorkbookWithState(path, "{version: 1");
    const result = await run("tabs", "--workbook", path);
    expect([result.code, result.out]).toEqual([1, ""]);
    expect(result.err.split("\n")).toEqual([
      expect.stringMatching(
        /^pipeline-confidence: Cannot read workbook .+: its Pipeline Confidence state is corrupt \(not JSON: .+\)$/,
      ),
    ]);
    expect(result.err).toContain(path);
  });

  it("says when the workbook's saved state is JSON of the wrong shape", async () => {
    const path = join(folder, "state-wrong-shape.xlsx");
    // A whole state but for `sheets`, an object where a list belongs.
    const state = {
      version: 1,
      spreadsheet: { id: "id", name: "Pipeline", timeZone: "UTC", locale: "en_US" },
      documentProperties: {},
      sheets: {},
      metadata: [],
    };
    await writeWorkbookWithState(path, JSON.stringify(state));
    const result = await run("tabs", "--workbook", path);
    expect([result.code, result.out]).toEqual([1, ""]);
    expect(result.err).toBe(
      `pipeline-confidence: Cannot read workbook ${path}: its Pipeline Confidence state is corrupt (sheets: Invalid input: expected array, received object)`,
    );
  });

  it("names the missing folder when the output cannot be written", async () => {
    const missing = join(folder, "no-such-folder");
    const out = join(missing, "x.xlsx");
    const result = await run("demo", "--out", out, "--leads", "5");
    expect([result.code, result.out]).toEqual([1, ""]);
    expect(result.err).toBe(`pipeline-confidence: Cannot write ${out}: folder ${missing} does not exist`);
  });

  it("names the missing tab and writes nothing when a run fails", async () => {
    const empty = join(folder, "empty.xlsx");
    await writeWorkbookWithoutLeads(empty);
    const before = readFileSync(empty);
    const result = await run("score", "--workbook", empty, "--write");
    expect(result.code).toBe(1);
    expect(result.err).toContain('No tab named "Leads"');
    expect(readFileSync(empty).equals(before)).toBe(true);
  });

  it("leaves the workbook byte for byte unchanged when report forecast --write misses Leads", async () => {
    const path = join(folder, "no-leads-report.xlsx");
    await writeWorkbookWithoutLeads(path);
    const before = readFileSync(path);
    const result = await run("report", "forecast", "--workbook", path, "--write");
    expect([result.code, result.out]).toEqual([1, ""]);
    expect(result.err).toContain('No tab named "Leads"');
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});
