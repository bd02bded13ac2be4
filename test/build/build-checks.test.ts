import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runBuildModule } from "./run-build-module";

interface EntryExports {
  functions: { name: string; params: string[]; jsDoc: string }[];
  problems: string[];
}

function writeEntry(source: string): string {
  const folder = mkdtempSync(join(tmpdir(), "pc-entry-"));
  const path = join(folder, "entry.ts");
  writeFileSync(path, source);
  return path;
}

function readExports(source: string): EntryExports {
  return runBuildModule("read-entry-exports.mjs", "readEntryExports", [writeEntry(source)]) as EntryExports;
}

describe("readEntryExports", () => {
  it("carries each export's JSDoc and parameter names onto the wrapper", () => {
    const doc = "/**\n * Doubles.\n * @param {number} amount the amount\n * @customfunction\n */";
    const { functions, problems } = readExports(
      `${doc}\nexport function DOUBLE(amount: number) { return 2 * amount; }`,
    );
    expect(problems).toEqual([]);
    expect(functions).toEqual([{ name: "DOUBLE", params: ["amount"], jsDoc: doc }]);
  });

  it("renders a top-level function that forwards every argument to the bundle", () => {
    const wrappers = runBuildModule("render-wrappers.mjs", "renderWrappers", [
      [{ name: "DOUBLE", params: ["amount"], jsDoc: "/** @customfunction */" }],
      "Bundle",
    ]);
    expect(wrappers).toBe(
      "/** @customfunction */\nfunction DOUBLE(amount) {\n  return Bundle.DOUBLE.apply(this, arguments);\n}\n",
    );
  });
});

describe("bad input", () => {
  it("refuses a name Apps Script hides (trailing underscore)", () => {
    const { problems } = readExports("export function helper_() { return 1; }");
    expect(problems).toEqual([expect.stringContaining('"helper_"')]);
  });

  it("refuses an export that is not a function declaration", () => {
    const { problems } = readExports("export const LIMIT = 5;");
    expect(problems).toEqual([expect.stringContaining("must be a function declaration")]);
  });

  it("refuses a bundle with a top-level side effect", () => {
    const code = "var Bundle = (() => { SpreadsheetApp.getActiveSpreadsheet(); return {}; })();";
    const root = writeMenu([]);
    const problems = runBuildModule("check-bundle.mjs", "checkBundle", [code, [], "Bundle", root]);
    expect(problems).toEqual([expect.stringContaining("top-level side effect")]);
  });

  it("refuses a bundle that adds a global other than its namespace and the wrappers", () => {
    const code =
      "var Bundle = (() => { globalThis.cache = {}; return { onOpen: function () {} }; })();\nfunction onOpen() { return Bundle.onOpen(); }";
    const problems = runBuildModule("check-bundle.mjs", "checkBundle", [
      code,
      [{ name: "onOpen", params: [], jsDoc: "" }],
      "Bundle",
      writeMenu([]),
    ]);
    expect(problems).toEqual([expect.stringMatching(/top-level side effect.*"cache"/)]);
  });

  it("accepts a bundle that adds only its namespace and the wrappers", () => {
    const code = "var Bundle = { onOpen: function () {} };\nfunction onOpen() { return Bundle.onOpen(); }";
    const problems = runBuildModule("check-bundle.mjs", "checkBundle", [
      code,
      [{ name: "onOpen", params: [], jsDoc: "" }],
      "Bundle",
      writeMenu([]),
    ]);
    expect(problems).toEqual([]);
  });

  it("refuses a menu item whose function is not exported", () => {
    const code = "var Bundle = { onOpen: function () {} };\nfunction onOpen() { return Bundle.onOpen(); }";
    const root = writeMenu([{ caption: "Score leads", functionName: "menuScoreLeads" }]);
    const problems = runBuildModule("check-bundle.mjs", "checkBundle", [
      code,
      [{ name: "onOpen", params: [], jsDoc: "" }],
      "Bundle",
      root,
    ]);
    expect(problems).toEqual([expect.stringContaining('"menuScoreLeads"')]);
  });
});

function writeMenu(items: readonly { caption: string; functionName: string }[]): string {
  const root = mkdtempSync(join(tmpdir(), "pc-root-"));
  mkdirSync(join(root, "src", "sheets", "menu"), { recursive: true });
  writeFileSync(
    join(root, "src", "sheets", "menu", "menu-items.ts"),
    `export const MENU_ITEMS = ${JSON.stringify(items)};`,
  );
  return root;
}
