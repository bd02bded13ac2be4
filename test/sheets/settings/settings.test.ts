import { PipelineError } from "../../../src/core/pipeline-error";
import { DEFAULT_SETTINGS } from "../../../src/sheets/settings/default-settings";
import { loadSettings } from "../../../src/sheets/settings/load-settings";
import { saveSettings } from "../../../src/sheets/settings/save-settings";
import { SETTINGS_KEY } from "../../../src/sheets/settings/settings-key";

/** Document properties held in a Map: just the two calls the settings use. */
function createProperties(stored: Record<string, string> = {}) {
  const values = new Map(Object.entries(stored));
  const properties = {
    getProperty: (key: string) => values.get(key) ?? null,
    setProperty: (key: string, value: string) => {
      values.set(key, value);
      return properties;
    },
  };
  return { values, properties: properties as unknown as GoogleAppsScript.Properties.Properties };
}

function catchError(run: () => unknown): PipelineError {
  try {
    run();
  } catch (error) {
    if (error instanceof PipelineError) return error;
    throw error;
  }
  throw new Error("expected a PipelineError");
}

describe("DEFAULT_SETTINGS", () => {
  it("holds the defaults of SPEC §1, §2 and §3", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      tabs: {
        leads: "Leads",
        stages: "Stages",
        activities: "Activities",
        activityTypes: "Activity Types",
        stageHistory: "Stage History",
        confidenceHistory: "Confidence History",
      },
      columns: {
        leads: {},
        stages: {},
        activities: {},
        activityTypes: {},
        stageHistory: {},
        confidenceHistory: {},
      },
      model: { activityWindowDays: 90, staleDays: 30, hotThreshold: 0.6 },
      forecast: { target: null, period: null },
    });
  });
});

describe("saveSettings", () => {
  it("stores the settings as JSON under one key, filling in defaults", () => {
    const { values, properties } = createProperties();
    const saved = saveSettings(properties, {
      tabs: { leads: " Deals " },
      model: { staleDays: 14 },
      forecast: { target: 250000, period: "2024-Q3" },
    });
    expect(saved.tabs.leads).toBe("Deals");
    expect(saved.tabs.stages).toBe("Stages");
    expect(saved.model).toEqual({ activityWindowDays: 90, staleDays: 14, hotThreshold: 0.6 });
    expect(saved.forecast).toEqual({ target: 250000, period: "2024-Q3" });
    expect(JSON.parse(values.get(SETTINGS_KEY) ?? "")).toEqual(saved);
  });

  it("stores column mappings per table", () => {
    const { properties } = createProperties();
    expect(
      saveSettings(properties, { columns: { leads: { value: "Weighted Amount" } } }).columns.leads,
    ).toEqual({ value: "Weighted Amount" });
  });

  it("round-trips through loadSettings", () => {
    const { properties } = createProperties();
    const saved = saveSettings(properties, {
      model: { hotThreshold: 0.75 },
      columns: { activities: { type: "Kind of touch" } },
    });
    expect(loadSettings(properties)).toEqual({ settings: saved, issues: [] });
  });
});

describe("loadSettings", () => {
  it("gives the defaults when nothing is stored", () => {
    expect(loadSettings(createProperties().properties)).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
  });
});

describe("bad input", () => {
  it("refuses a non-whole or too small number of days, naming the field", () => {
    const { values, properties } = createProperties();
    const error = catchError(() => saveSettings(properties, { model: { staleDays: 0.5 } }));
    expect(error.code).toBe("BAD_SETTINGS");
    expect(error.message).toBe("Settings not saved: model.staleDays: expected a whole number ≥ 1.");
    expect(values.size).toBe(0);
    expect(catchError(() => saveSettings(properties, { model: { activityWindowDays: 0 } })).message).toBe(
      "Settings not saved: model.activityWindowDays: expected a whole number ≥ 1.",
    );
  });

  it("refuses a hot threshold written as a percent, a negative target and a bad period", () => {
    const { properties } = createProperties();
    const error = catchError(() =>
      saveSettings(properties, { model: { hotThreshold: 60 }, forecast: { target: -1, period: "Q3" } }),
    );
    expect(error.message).toBe(
      "Settings not saved: model.hotThreshold: expected a fraction from 0 to 1 (0.6 = 60 %); " +
        "forecast.target: expected an amount ≥ 0, or null; forecast.period: expected a period like 2024-Q3, 2024-07 or 2024.",
    );
  });

  it("refuses unknown settings and unknown column fields", () => {
    const { properties } = createProperties();
    expect(catchError(() => saveSettings(properties, { colour: "red" })).message).toBe(
      "Settings not saved: colour: unknown setting.",
    );
    expect(
      catchError(() => saveSettings(properties, { columns: { leads: { vaule: "Amount" } } })).message,
    ).toBe("Settings not saved: columns.leads.vaule: unknown setting.");
  });

  it("refuses blank tab names and two tables in one tab", () => {
    const { properties } = createProperties();
    expect(catchError(() => saveSettings(properties, { tabs: { leads: "  " } })).message).toBe(
      "Settings not saved: tabs.leads: expected a tab name, not blank.",
    );
    expect(catchError(() => saveSettings(properties, { tabs: { activities: "stages" } })).message).toBe(
      'Settings not saved: tabs.activities: expected a tab of its own, but tabs.stages is also "stages".',
    );
  });

  it("refuses input that is not an object", () => {
    expect(catchError(() => saveSettings(createProperties().properties, "Leads")).message).toBe(
      "Settings not saved: settings: expected an object of settings.",
    );
  });

  it("falls back on the defaults, with a message, when the stored text is not JSON", () => {
    const { settings, issues } = loadSettings(createProperties({ [SETTINGS_KEY]: "{tabs:" }).properties);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^Stored settings are not valid JSON \(.+\); using the defaults\.$/);
  });

  it("replaces only the stored values that are no longer valid", () => {
    const stored = JSON.stringify({
      tabs: { leads: "Deals" },
      model: { staleDays: -3, hotThreshold: 0.7 },
      legacy: true,
    });
    const { settings, issues } = loadSettings(createProperties({ [SETTINGS_KEY]: stored }).properties);
    expect(settings.tabs.leads).toBe("Deals");
    expect(settings.model).toEqual({ activityWindowDays: 90, staleDays: 30, hotThreshold: 0.7 });
    expect([...issues].sort()).toEqual([
      "Stored setting legacy: unknown setting; using the default.",
      "Stored setting model.staleDays: expected a whole number ≥ 1; using the default.",
    ]);
  });

  it("drops the second of two stored tab names that clash", () => {
    const stored = JSON.stringify({ tabs: { leads: "Pipeline", stages: "pipeline" } });
    const { settings, issues } = loadSettings(createProperties({ [SETTINGS_KEY]: stored }).properties);
    expect(settings.tabs).toEqual({ ...DEFAULT_SETTINGS.tabs, leads: "Pipeline" });
    expect(issues).toEqual([
      'Stored setting tabs.stages: expected a tab of its own, but tabs.leads is also "pipeline"; using the default.',
    ]);
  });

  it("resets the tab names when dropping the clashing one would not help", () => {
    // Leads stored as "Stages" clashes with the default Stages tab, which is not stored to drop.
    const stored = JSON.stringify({ tabs: { leads: "Stages" }, model: { staleDays: 7 } });
    const { settings } = loadSettings(createProperties({ [SETTINGS_KEY]: stored }).properties);
    expect(settings.tabs).toEqual(DEFAULT_SETTINGS.tabs);
    expect(settings.model.staleDays).toBe(7);
  });

  it("gives the defaults when the stored JSON is not an object", () => {
    const { settings, issues } = loadSettings(createProperties({ [SETTINGS_KEY]: "42" }).properties);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(issues).toEqual(["Stored setting settings: expected an object of settings; using the default."]);
  });
});
