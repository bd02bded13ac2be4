import * as entry from "../../src/entry";
import { MENU_ITEMS } from "../../src/sheets/menu/menu-items";
import { loadAddon, readCode } from "../helpers/load-addon";

// Globals Apps Script must see whatever else changes: triggers, menu actions, sidebar/CLI calls,
// custom functions. The full lists are derived below, from src/entry.ts and from the bundle.
const KNOWN_GLOBALS = [
  "onOpen",
  "onInstall",
  "onEdit",
  "showSidebar",
  "menuScoreLeads",
  "menuFunnelReport",
  "menuForecastReport",
  "menuHotLeads",
  "menuSetUpSampleSheet",
  "apiListTabs",
  "apiScoreLeads",
  "apiRunReport",
  "apiSetUpSampleSheet",
  "apiGetSettings",
  "apiSaveSettings",
  "LEADCONFIDENCE",
  "ACTIVITYPOINTS",
  "WEIGHTEDPIPELINE",
  "WINRATE",
  "PIPELINENEEDED",
  "FORECASTRANGE",
  "TARGETPROBABILITY",
];
// STYLE.md: UPPERCASE only for custom functions.
const isCustomFunctionName = (name: string) => /^[A-Z][A-Z0-9]*$/.test(name);
const ENTRY_EXPORTS = Object.keys(entry).sort();

/** The JSDoc block written right before `function NAME(` in Code.js, and its parameter list. */
function wrapperOf(code: string, name: string): { jsDoc: string; params: string[] } {
  const match = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\s*\\nfunction ${name}\\(([^)]*)\\)`).exec(
    code,
  );
  if (!match) throw new Error(`no JSDoc'd top-level function ${name} in Code.js`);
  const params = (match[2] ?? "")
    .split(",")
    .map((param) => param.trim())
    .filter((param) => param !== "");
  return { jsDoc: match[1] ?? "", params };
}

describe("dist/Code.js", () => {
  it("defines the known globals as top-level functions in a bare vm", () => {
    const { runtime } = loadAddon();
    const globals = runtime.globalNames();
    for (const name of KNOWN_GLOBALS) expect(globals).toContain(name);
  });

  it("defines exactly one top-level function per export of src/entry.ts", () => {
    const { runtime } = loadAddon();
    expect(runtime.globalNames().sort()).toEqual(ENTRY_EXPORTS);
  });

  it("has the same custom functions (UPPERCASE globals) as src/entry.ts exports", () => {
    const { runtime } = loadAddon();
    const fromBundle = runtime.globalNames().filter(isCustomFunctionName).sort();
    expect(fromBundle).toEqual(ENTRY_EXPORTS.filter(isCustomFunctionName));
    expect(fromBundle).toEqual(expect.arrayContaining(KNOWN_GLOBALS.filter(isCustomFunctionName)));
  });

  it("gives every custom function a wrapper with @customfunction JSDoc documenting each parameter", () => {
    const code = readCode();
    const customFunctions = loadAddon().runtime.globalNames().filter(isCustomFunctionName);
    expect(customFunctions.length).toBeGreaterThan(0);
    for (const name of customFunctions) {
      const { jsDoc, params } = wrapperOf(code, name);
      expect(jsDoc).toContain("@customfunction");
      expect(params.length).toBeGreaterThan(0);
      for (const param of params)
        expect(jsDoc).toMatch(new RegExp(`@param\\s+\\{[^}]+\\}\\s+\\[?${param}\\b`));
    }
  });

  it("builds the add-on menu in AuthMode.NONE, every item naming an existing global", () => {
    const { runtime } = loadAddon();
    runtime.simulateOpen("NONE");
    const menu = runtime.ui.menus[0];
    expect(menu?.entries.flatMap((entry) => (entry.kind === "item" ? [entry.caption] : []))).toEqual(
      MENU_ITEMS.map((item) => item.caption),
    );
    const globals = runtime.globalNames();
    for (const entry of menu?.entries ?? []) {
      if (entry.kind === "item") expect(globals).toContain(entry.functionName);
    }
  });

  it("loads without touching any service (no top-level side effects)", () => {
    const { runtime } = loadAddon();
    expect(runtime.totalCalls()).toBe(0);
  });
});
