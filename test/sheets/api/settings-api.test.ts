import type { LocalRuntime } from "../../../src/local/runtime";
import { createLocalRuntime } from "../../../src/local/runtime";
import { createSpreadsheet } from "../../../src/local/spreadsheet";
import { SETTINGS_KEY } from "../../../src/sheets/settings/settings-key";
import { bundleForRuntime } from "../report/bundle-for-runtime";

// The two sidebar calls wired exactly as src/entry.ts wires them, so they run in the vm as Code.js would.
const ENTRY = `
import { respond } from "./sheets/api/respond";
import { getSettings, saveSettingsFromSidebar } from "./sheets/api/settings-api";
export function apiGetSettings() { return respond(() => getSettings()); }
export function apiSaveSettings(input: unknown) { return respond(() => saveSettingsFromSidebar(input)); }
`;
const CODE = bundleForRuntime(ENTRY, ["apiGetSettings", "apiSaveSettings"]);

function startRuntime(documentProperties: Record<string, string> = {}): LocalRuntime {
  const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
  return createLocalRuntime(CODE, { spreadsheet, documentProperties });
}

interface SettingsResponse {
  ok: boolean;
  code?: string;
  message?: string;
  result?: { settings: { model: Record<string, number>; tabs: Record<string, string> }; issues: string[] };
}

describe("apiGetSettings", () => {
  it("gives the SPEC defaults when nothing is stored", () => {
    const response = startRuntime().call("apiGetSettings") as SettingsResponse;
    expect(response.ok).toBe(true);
    // SPEC §2: activityWindowDays 90, staleDays 30; §3: hotThreshold 60 %.
    expect(response.result?.settings.model).toEqual({
      activityWindowDays: 90,
      staleDays: 30,
      hotThreshold: 0.6,
    });
    expect(response.result?.settings.tabs.leads).toBe("Leads");
    expect(response.result?.issues).toEqual([]);
  });
});

describe("apiSaveSettings", () => {
  it("stores valid settings that the next apiGetSettings reads back", () => {
    const runtime = startRuntime();
    const input = {
      tabs: { leads: "Deals" },
      model: { staleDays: 14, activityWindowDays: 60, hotThreshold: 0.75 },
      forecast: { target: 250000, period: "2026-Q4" },
    };
    const saved = runtime.call("apiSaveSettings", input) as { ok: boolean };
    expect(saved.ok).toBe(true);
    const read = runtime.call("apiGetSettings") as SettingsResponse;
    expect(read.result?.settings.tabs.leads).toBe("Deals");
    expect(read.result?.settings.model).toEqual(input.model);
    expect(read.result?.settings).toMatchObject({ forecast: input.forecast });
    expect(JSON.parse(runtime.documentProperties()[SETTINGS_KEY] ?? "{}").model.staleDays).toBe(14);
  });
});

describe("bad input", () => {
  it("refuses stale days of -3 with a message naming the field, and stores nothing", () => {
    const runtime = startRuntime();
    const response = runtime.call("apiSaveSettings", { model: { staleDays: -3 } }) as SettingsResponse;
    expect(response.ok).toBe(false);
    expect(response.code).toBe("BAD_SETTINGS");
    expect(response.message).toContain("model.staleDays");
    expect(response.message).toContain("≥ 1");
    expect(runtime.documentProperties()[SETTINGS_KEY]).toBeUndefined();
  });

  it("names every bad field of one save", () => {
    const runtime = startRuntime();
    const input = { model: { hotThreshold: 1.5 }, forecast: { period: "next quarter" } };
    const response = runtime.call("apiSaveSettings", input) as SettingsResponse;
    expect(response.message).toContain("model.hotThreshold");
    expect(response.message).toContain("forecast.period");
  });

  it("refuses input that is not an object of settings", () => {
    const response = startRuntime().call("apiSaveSettings", "stale=3") as SettingsResponse;
    expect(response).toMatchObject({ ok: false, code: "BAD_SETTINGS" });
    expect(response.message).toContain("expected an object of settings");
  });

  it("reads back the defaults, with a message, when the stored settings are not JSON", () => {
    const response = startRuntime({ [SETTINGS_KEY]: "{not json" }).call("apiGetSettings") as SettingsResponse;
    expect(response.ok).toBe(true);
    expect(response.result?.settings.model.staleDays).toBe(30);
    expect(response.result?.issues[0]).toContain("not valid JSON");
  });
});
