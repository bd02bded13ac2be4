// Google's palette: green / amber / blue for hot / warm / cold, like Sheets' own presets.
const HOT = "#b7e1cd";
const WARM = "#fce8b2";
const COLD = "#c9daf8";

function sameColumn(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule, column: number): boolean {
  return rule.getRanges().some((range) => range.getColumn() === column && range.getNumColumns() === 1);
}

/**
 * Colours the Confidence column hot (≥ the hot threshold), warm (≥ half of it) or cold. The
 * add-on's previous rules on that column are replaced; every other rule is kept as it was.
 */
export function applyConfidenceColours(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  hotThreshold: number,
): void {
  const range = sheet.getRange(2, column, Math.max(1, sheet.getMaxRows() - 1), 1);
  const warmThreshold = hotThreshold / 2;
  const rule = () => SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
  const ours = [
    rule().whenNumberGreaterThanOrEqualTo(hotThreshold).setBackground(HOT).build(),
    rule()
      .whenNumberBetween(warmThreshold, hotThreshold - 1e-9)
      .setBackground(WARM)
      .build(),
    rule().whenNumberLessThan(warmThreshold).setBackground(COLD).build(),
  ];
  const others = sheet.getConditionalFormatRules().filter((existing) => !sameColumn(existing, column));
  sheet.setConditionalFormatRules([...others, ...ours]);
}
