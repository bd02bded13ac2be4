import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/local/cli";

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
      "won",
      "openPipeline",
      "weightedPipeline",
      "expected",
      "gap",
      "winRate",
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
    expect(result.err).toContain('Unknown command "forecast". Commands: tabs, demo, score, report.');
  });

  it("refuses an unknown option and a malformed date", async () => {
    expect((await run("score", "--workbook", demo, "--asof", "2026-01-01")).err).toContain(
      "Unknown option --asof",
    );
    const date = await run("score", "--workbook", demo, "--as-of", "2026-02-30");
    expect(date.code).toBe(2);
    expect(date.err).toContain("--as-of must be a date YYYY-MM-DD");
  });

  it("refuses a missing report kind and a missing workbook option", async () => {
    expect((await run("report", "--workbook", demo)).err).toContain("needs a report: funnel|forecast|hot");
    expect((await run("score")).err).toContain('"score" needs --workbook');
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

  it("names the missing tab and writes nothing when a run fails", async () => {
    const empty = join(folder, "empty.xlsx");
    await run("demo", "--out", empty, "--leads", "5");
    const { loadWorkbook } = await import("../../../src/local/xlsx/load-workbook");
    const { saveWorkbook } = await import("../../../src/local/xlsx/save-workbook");
    const workbook = await loadWorkbook(empty);
    const leads = workbook.spreadsheet.getSheetByName("Leads");
    if (leads) leads.setName("Deals");
    await saveWorkbook(empty, workbook);
    const before = readFileSync(empty);
    const result = await run("score", "--workbook", empty, "--write");
    expect(result.code).toBe(1);
    expect(result.err).toContain('No tab named "Leads"');
    expect(readFileSync(empty).equals(before)).toBe(true);
  });
});
