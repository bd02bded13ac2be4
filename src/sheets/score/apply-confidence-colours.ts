// Google's palette: green / amber / blue for hot / warm / cold, like Sheets' own presets.
const HOT = "#b7e1cd";
const WARM = "#fce8b2";
const COLD = "#c9daf8";

function sameColumn(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule, column: number): boolean {
  return rule.getRanges().some((range) => range.getColumn() === column && range.getNumColumns() === 1);
}

/**
 * The cold rule's formula: a number below the warm threshold. Sheets' own "less than" rule also
 * colours blank cells (as 0), which would paint unscored leads and the empty rows below the
 * table. No commas and no decimal point, so it reads the same in every spreadsheet locale.
 * @example
 * coldFormula("G2", 0.3); // => "=ISNUMBER(G2)*(G2*10000<3000)"
 */
export function coldFormula(firstCell: string, warmThreshold: number): string {
  return `=ISNUMBER(${firstCell})*(${firstCell}*10000<${Math.round(warmThreshold * 10000)})`;
}

/**
 * Colours the Confidence column below the header row hot (≥ the hot threshold), warm (≥ half of
 * it) or cold (a number below that; blanks stay white). The add-on's previous rules on that
 * column are replaced; every other rule is kept as it was.
 */
export function applyConfidenceColours(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  firstRow: number,
  hotThreshold: number,
): void {
  const range = sheet.getRange(firstRow, column, Math.max(1, sheet.getMaxRows() - firstRow + 1), 1);
  const firstCell = range.getCell(1, 1).getA1Notation();
  const warmThreshold = hotThreshold / 2;
  const rule = () => SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
  const ours = [
    rule().whenNumberGreaterThanOrEqualTo(hotThreshold).setBackground(HOT).build(),
    rule()
      .whenNumberBetween(warmThreshold, hotThreshold - 1e-9)
      .setBackground(WARM)
      .build(),
    rule().whenFormulaSatisfied(coldFormula(firstCell, warmThreshold)).setBackground(COLD).build(),
  ];
  const others = sheet.getConditionalFormatRules().filter((existing) => !sameColumn(existing, column));
  sheet.setConditionalFormatRules([...others, ...ours]);
}
