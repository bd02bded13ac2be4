import type { Browser } from "playwright-core";
import { createSpreadsheet } from "../../src/local/spreadsheet";
import { SETTINGS_KEY } from "../../src/sheets/settings/settings-key";
import { launchChromium, openSidebar } from "./sidebar-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Stored settings with a column mapping, which the form does not show and must keep. */
const STORED = {
  [SETTINGS_KEY]: JSON.stringify({
    tabs: { leads: "Deals" },
    columns: { leads: { value: "Deal Amount" } },
    model: { staleDays: 21 },
  }),
};

async function openSettings(documentProperties: Record<string, string> = {}) {
  const session = await openSidebar(browser, createSpreadsheet({ timeZone: "Etc/UTC" }), documentProperties);
  // Fail at once, not at a timeout, when src/entry.ts does not export the settings calls.
  expect(session.runtime.globalNames()).toEqual(
    expect.arrayContaining(["apiGetSettings", "apiSaveSettings"]),
  );
  await session.page.click("#settings summary");
  await session.page.locator("#settings-save:enabled").waitFor();
  return session;
}

function readStored(documentProperties: Record<string, string>) {
  return JSON.parse(documentProperties[SETTINGS_KEY] ?? "null");
}

describe("settings form", () => {
  it("shows the stored settings, the hot threshold as a percent", async () => {
    const { page } = await openSettings(STORED);
    expect(await page.inputValue("#tab-leads")).toBe("Deals");
    expect(await page.inputValue("#stale-days")).toBe("21");
    // Not stored, so the SPEC defaults: hot threshold 0.6 shown as 60, activity window 90 days.
    expect(await page.inputValue("#hot-threshold")).toBe("60");
    expect(await page.inputValue("#activity-window-days")).toBe("90");
    expect(await page.inputValue("#target")).toBe("");
  });

  it("saves edited settings and keeps the column mapping it does not show", async () => {
    const { page, runtime } = await openSettings(STORED);
    await page.fill("#stale-days", "14");
    await page.fill("#hot-threshold", "75");
    await page.fill("#target", "250000");
    await page.fill("#period", "2026-Q4");
    await page.click("#settings-save");
    await page.locator("#settings-message", { hasText: "Settings saved." }).waitFor();
    const stored = readStored(runtime.documentProperties());
    // 75 % typed → 0.75 stored (SPEC §1: percentages are fractions in [0, 1]).
    expect(stored.model).toEqual({ staleDays: 14, hotThreshold: 0.75, activityWindowDays: 90 });
    expect(stored.forecast).toEqual({ target: 250000, period: "2026-Q4" });
    expect(stored.columns.leads).toEqual({ value: "Deal Amount" });
    expect(stored.tabs.leads).toBe("Deals");
  });

  it("clears the target when its field is emptied", async () => {
    const stored = { [SETTINGS_KEY]: JSON.stringify({ forecast: { target: 100000 } }) };
    const { page, runtime } = await openSettings(stored);
    expect(await page.inputValue("#target")).toBe("100000");
    await page.fill("#target", "");
    await page.click("#settings-save");
    await page.locator("#settings-message", { hasText: "Settings saved." }).waitFor();
    expect(readStored(runtime.documentProperties()).forecast.target).toBeNull();
  });
});

describe("bad input", () => {
  it("shows the validation message for stale days of -3 and stores nothing", async () => {
    const { page, runtime } = await openSettings();
    await page.fill("#stale-days", "-3");
    await page.click("#settings-save");
    const message = page.locator("#settings-message .error-text");
    await message.waitFor();
    const text = await message.textContent();
    expect(text).toContain("model.staleDays");
    expect(text).toContain("expected a whole number ≥ 1");
    expect(await page.getAttribute("#stale-days", "aria-invalid")).not.toBeNull();
    expect(await page.getAttribute("#hot-threshold", "aria-invalid")).toBeNull();
    expect(runtime.documentProperties()[SETTINGS_KEY]).toBeUndefined();
    expect(await page.locator("#settings-save:enabled").count()).toBe(1);
  });

  it("sends text that is not a number as typed, so the server names the field", async () => {
    const { page, calls } = await openSettings();
    await page.fill("#target", "lots");
    await page.click("#settings-save");
    await page.locator("#settings-message .error-text").waitFor();
    expect(await page.locator("#settings-message").textContent()).toContain("forecast.target");
    const saved = calls.find((call) => call.name === "apiSaveSettings")?.args[0] as { forecast: unknown };
    expect(saved.forecast).toEqual({ target: "lots", period: null });
  });

  it("says so when the stored settings had to be replaced by defaults", async () => {
    const { page } = await openSettings({ [SETTINGS_KEY]: "{not json" });
    expect(await page.locator("#settings-message").textContent()).toContain("not valid JSON");
    expect(await page.inputValue("#stale-days")).toBe("30");
  });
});
