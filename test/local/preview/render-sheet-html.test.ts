import { renderSheetHtml } from "../../../src/local/preview/render-sheet-html";
import { createSpreadsheet } from "../../../src/local/spreadsheet";

function reportLikeSheet() {
  const sheet = createSpreadsheet({ timeZone: "Etc/UTC" }).getActiveSheet();
  sheet.getRange("A1:B3").setValues([
    ["Figure", "Value"],
    ["'<script>alert(1)</script>", 0.25],
    ["Won & lost", 1200],
  ]);
  sheet.getRange("B2").setNumberFormat("0%");
  sheet.getRange("A1:B1").setFontWeight("bold");
  sheet.setFrozenRows(1);
  return sheet;
}

describe("renderSheetHtml", () => {
  it("shows display values, numbers to the right, bold headers and the frozen line", () => {
    const html = renderSheetHtml(reportLikeSheet(), "Forecast");
    expect(html).toContain('<td style="text-align:right">25%</td>');
    expect(html).toContain('<td style="font-weight:bold">Figure</td>');
    expect(html).toContain('<tr class="frozen"><th>1</th>');
  });

  describe("bad input", () => {
    it("renders sheet text as text, never as markup", () => {
      const html = renderSheetHtml(reportLikeSheet(), "<b>tab</b>");
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(html).toContain("Won &amp; lost");
      expect(html).toContain("&lt;b&gt;tab&lt;/b&gt;");
      expect(html).not.toContain("<script>");
    });
  });
});
