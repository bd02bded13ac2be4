// npm run picture -- [--workbook demo.xlsx] [--tab Forecast] [--out docs/forecast-report.png]
// Draws one tab of a workbook as Sheets would show it (src/local/preview) and screenshots it in
// Debian's headless Chromium: how the README's picture of a report tab is made, and kept true.
import { writeFileSync } from "node:fs";
import { launchChromium } from "../src/local/preview/launch-chromium";
import { renderSheetHtml } from "../src/local/preview/render-sheet-html";
import { loadWorkbook } from "../src/local/xlsx";

function readOption(args: readonly string[], name: string, fallback: string): string {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
}

async function main(args: readonly string[]): Promise<void> {
  const workbookPath = readOption(args, "workbook", "demo.xlsx");
  const tab = readOption(args, "tab", "Forecast");
  const out = readOption(args, "out", "docs/forecast-report.png");
  const { spreadsheet } = await loadWorkbook(workbookPath);
  const sheet = spreadsheet.getSheetByName(tab);
  if (sheet === null) throw new Error(`${workbookPath} has no tab named "${tab}"`);
  const html = renderSheetHtml(sheet, `${tab} — ${spreadsheet.getName()}`);
  if (out.endsWith(".html")) {
    writeFileSync(out, html);
    return;
  }
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.setContent(html);
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
  }
  console.error(`Wrote ${out}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`picture: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
