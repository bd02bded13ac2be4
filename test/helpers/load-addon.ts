import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLocalRuntime, type LocalRuntime } from "../../src/local/runtime";
import { createSpreadsheet, type Spreadsheet } from "../../src/local/spreadsheet";

const DIST = join(__dirname, "..", "..", "dist");

/** The built add-on, exactly as `clasp push` uploads it (npm test builds it first). */
export function readCode(): string {
  const path = join(DIST, "Code.js");
  if (!existsSync(path)) throw new Error("dist/Code.js is missing: run `npm run build` (npm test does)");
  return readFileSync(path, "utf8");
}

/** dist/Code.js running in the local runtime over `spreadsheet` (a new empty one by default). */
export function loadAddon(
  spreadsheet: Spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" }),
  documentProperties: Record<string, string> = {},
): { runtime: LocalRuntime; spreadsheet: Spreadsheet } {
  const htmlFiles = { Sidebar: readFileSync(join(DIST, "Sidebar.html"), "utf8") };
  const runtime = createLocalRuntime(readCode(), { spreadsheet, documentProperties }, { htmlFiles });
  return { runtime, spreadsheet };
}

/** Writes a table (header + rows) into a new tab sized to it. */
export function addTab(
  spreadsheet: Spreadsheet,
  name: string,
  rows: readonly (readonly unknown[])[],
): ReturnType<Spreadsheet["insertSheet"]> {
  const width = Math.max(...rows.map((row) => row.length));
  const sheet = spreadsheet.insertSheet(name);
  const grid = rows.map((row) => [...row, ...new Array(width - row.length).fill("")]);
  sheet.getRange(1, 1, grid.length, width).setValues(grid);
  return sheet;
}
