import type { Browser } from "playwright-core";
import { createSpreadsheet } from "../../src/local/spreadsheet";
import { launchChromium, openSidebar, readFigure } from "./sidebar-page";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A sidebar over a spreadsheet that Set up sample sheet has filled, clicked from the sidebar itself. */
async function openSampleSidebar() {
  const session = await openSidebar(browser);
  await session.page.click("button[data-action=sample]");
  await session.page.locator("#result .card h2", { hasText: "Set up sample sheet" }).waitFor();
  return session;
}

describe("Score leads", () => {
  it("shows the summary of the 7 sample leads and writes their confidence", async () => {
    const { page, spreadsheet, calls } = await openSampleSidebar();
    await page.click("button[data-action=score]");
    await page.locator("#result .card h2", { hasText: "Score leads" }).waitFor();
    // src/sheets/sample/sample-tabs.ts: 7 leads, L-005 won and L-006 lost, so 5 open.
    expect(await readFigure(page, "Leads")).toBe("7");
    expect(await readFigure(page, "Open")).toBe("5");
    // By hand (SPEC §2, sample activities within each lead's stage): L-001 60+5+3+1 = 69 %,
    // L-002 80+5+5+3 = 93 %, L-003 20+1 = 21 %, L-004 40+5 = 45 %, L-007 10 %. Weighted:
    // 24000·0.69 + 56000·0.93 + 8000·0.21 + 31000·0.45 + 18000·0.10 = 86,070; hot (≥ 60 %): L-001, L-002.
    expect(await readFigure(page, "Weighted pipeline")).toBe("86,070");
    expect(await readFigure(page, "Hot (≥ 60%)")).toBe("2");
    expect(await page.locator("#result").textContent()).toContain("Confidence written to tab Leads");
    expect(calls.find((call) => call.name === "apiScoreLeads")?.args).toEqual([
      { write: true, leads: false },
    ]);
    const header = spreadsheet.getSheetByName("Leads")?.getDataRange().getValues()[0];
    expect(header).toContain("Confidence");
  });
});

describe("reports", () => {
  it("writes the Forecast tab and shows its key figures", async () => {
    const { page, spreadsheet } = await openSampleSidebar();
    await page.click("button[data-action=forecast]");
    await page.locator("#result .card h2", { hasText: "Forecast report" }).waitFor();
    expect(await page.locator("#result .written").textContent()).toBe("Written to tab Forecast");
    expect(spreadsheet.getSheetByName("Forecast")).not.toBeNull();
    expect(await readFigure(page, "Expected")).toMatch(/^[\d,]+$/);
    expect(await readFigure(page, "P10 – P90")).toMatch(/^[\d,]+ – [\d,]+$/);
    // No target in the default settings (SPEC §3: target is a setting or an argument).
    expect(await readFigure(page, "Probability of target")).toBe("no target set");
  });

  it("shows the funnel's lead count and overall win rate", async () => {
    const { page, spreadsheet } = await openSampleSidebar();
    await page.click("button[data-action=funnel]");
    await page.locator("#result .written", { hasText: "Written to tab Funnel" }).waitFor();
    expect(spreadsheet.getSheetByName("Funnel")).not.toBeNull();
    expect(await readFigure(page, "Leads")).toBe("7");
    // Sample: 1 won (L-005), 1 lost (L-006): 1 / (1 + 1) = 50 %.
    expect(await readFigure(page, "Overall win rate")).toBe("50%");
  });

  it("lists the hot leads by weighted value", async () => {
    const { page } = await openSampleSidebar();
    await page.click("button[data-action=hot]");
    await page.locator("#result .written", { hasText: "Written to tab Hot Leads" }).waitFor();
    // By hand (see Score leads): L-002 56000·0.93 = 52,080 before L-001 24000·0.69 = 16,560.
    expect(await readFigure(page, "Hot leads (≥ 60%)")).toBe("2");
    const top = await page.locator("#result .top-leads li").allInnerTexts();
    expect(top).toEqual(["CRM rollout (L-002) 93% · 52,080", "Website redesign (L-001) 69% · 16,560"]);
  });
});

describe("progress state", () => {
  it("disables every action button while a call is pending, then restores them", async () => {
    const { page, hold } = await openSampleSidebar();
    const release = hold("apiScoreLeads");
    await page.click("button[data-action=score]");
    await page.locator("button[data-action=score]", { hasText: "Working…" }).waitFor();
    const disabled = await page.$$eval("button[data-action]", (buttons) =>
      buttons.map((button) => (button as HTMLButtonElement).disabled),
    );
    expect(disabled).toEqual([true, true, true, true, true]);
    expect(await page.locator("#status").textContent()).toContain("Working");
    release();
    await page.locator("#result .card h2", { hasText: "Score leads" }).waitFor();
    const labels = await page.locator("button[data-action]").allInnerTexts();
    expect(labels).toEqual([
      "Score leads",
      "Funnel report",
      "Forecast report",
      "Hot leads",
      "Set up sample sheet",
    ]);
    expect(await page.locator("button[data-action]:disabled").count()).toBe(0);
  });
});

describe("bad input", () => {
  it("shows the server's message when there is no Leads tab", async () => {
    const { page } = await openSidebar(browser, createSpreadsheet({ timeZone: "Etc/UTC" }));
    await page.click("button[data-action=score]");
    const alert = page.locator("#result [role=alert]");
    await alert.waitFor();
    expect(await alert.locator("h2").textContent()).toBe("Score leads failed");
    expect(await alert.textContent()).toContain('No tab named "Leads"');
  });

  it("shows a call that broke on the server through the failure handler", async () => {
    const { page, runtime } = await openSampleSidebar();
    // A throwing server function is what reaches the failure handler in Apps Script.
    jest.spyOn(runtime, "call").mockImplementation(() => {
      throw new Error("Exceeded maximum execution time");
    });
    await page.click("button[data-action=hot]");
    const alert = page.locator("#result [role=alert]");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("The server call failed");
    expect(await alert.textContent()).toContain("Exceeded maximum execution time");
  });
});
