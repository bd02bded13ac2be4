import type { Browser } from "playwright-core";
import { createSpreadsheet } from "../../src/local/spreadsheet";
import { addTab } from "../helpers/load-addon";
import { launchChromium, openSidebar } from "./sidebar-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// Each would run script (setting window.pwned) if the sidebar ever parsed sheet text as HTML.
const HOSTILE_ID = "<img src=x onerror=window.pwned=1>";
const HOSTILE_VALUE = "<img src=y onerror=window.pwned=2>";
const HOSTILE_NAME = "<script>window.pwned=3</script><b>Big deal</b>";

/** A pipeline whose lead carries markup in its id, name and value (the value also makes a data issue). */
function createHostileSpreadsheet() {
  const spreadsheet = createSpreadsheet({ timeZone: "Etc/UTC" });
  addTab(spreadsheet, "Stages", [
    ["Stage", "Confidence", "Type"],
    ["Proposal", 0.6, "Open"],
    ["Negotiation", 0.8, "Open"],
  ]);
  addTab(spreadsheet, "Leads", [
    ["Lead ID", "Name", "Stage", "Value"],
    [HOSTILE_ID, HOSTILE_NAME, "Negotiation", HOSTILE_VALUE],
  ]);
  addTab(spreadsheet, "Activities", [["Lead ID", "Type", "Date"]]);
  return spreadsheet;
}

async function expectNoMarkup(page: import("playwright-core").Page): Promise<void> {
  expect(await page.locator("img").count()).toBe(0);
  expect(await page.locator("#result b, #result script").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
}

describe("sheet text in the sidebar", () => {
  it("shows a data issue about a value holding markup as literal text", async () => {
    const { page } = await openSidebar(browser, createHostileSpreadsheet());
    await page.click("button[data-action=score]");
    await page.locator("#result .card h2", { hasText: "Score leads" }).waitFor();
    const issues = await page.locator("#result .issues li").allInnerTexts();
    // Row 2 is the lead's row (row 1 is the header); its Value cannot be read as money (SPEC §1).
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^Leads row 2, Value: /);
    expect(issues[0]).toContain(HOSTILE_VALUE);
    await expectNoMarkup(page);
  });

  it("shows a hot lead's id and name holding markup as literal text", async () => {
    const { page } = await openSidebar(browser, createHostileSpreadsheet());
    await page.click("button[data-action=hot]");
    await page.locator("#result .top-leads li").waitFor();
    // Negotiation's 80 % is above the 60 % default threshold, so the one lead is hot.
    expect(await page.locator("#result .top-leads li").textContent()).toContain(
      `${HOSTILE_NAME} (${HOSTILE_ID})`,
    );
    await expectNoMarkup(page);
  });

  it("loads nothing from the network: styles and script are inlined", async () => {
    const { page, requests } = await openSidebar(browser, createHostileSpreadsheet());
    await page.click("button[data-action=funnel]");
    await page.locator("#result .card h2", { hasText: "Funnel report" }).waitFor();
    expect(requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
  });
});
