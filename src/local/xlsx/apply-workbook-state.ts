import {
  ConditionalFormatRuleBuilder,
  EmbeddedChartBuilder,
  type Range,
  type Sheet,
  type Spreadsheet,
} from "../spreadsheet";
import type { SheetState, WorkbookState } from "./workbook-state";

/** A range from "Sheet!A1:B2", splitting on the last "!" (sheet names may contain "!"). */
export function resolveRangeRef(spreadsheet: Spreadsheet, reference: string): Range {
  const bang = reference.lastIndexOf("!");
  const sheet = spreadsheet.getSheetByName(reference.slice(0, bang));
  if (sheet === null) throw new Error(`Saved state names a missing sheet: ${reference}`);
  return sheet.getRange(reference.slice(bang + 1));
}

function applySheet(spreadsheet: Spreadsheet, sheet: Sheet, saved: SheetState): void {
  for (const protection of saved.protections) {
    const restored = protection.type === "SHEET" ? sheet.protect() : sheet.getRange(protection.a1).protect();
    restored
      .setDescription(protection.description)
      .setWarningOnly(protection.warningOnly)
      .addEditors(protection.editors);
  }
  sheet.setConditionalFormatRules(
    saved.conditionalRules.map((rule) =>
      new ConditionalFormatRuleBuilder({
        ...rule,
        ranges: rule.ranges.map((reference) => resolveRangeRef(spreadsheet, reference)),
      }).build(),
    ),
  );
  for (const chart of saved.charts) {
    const [anchorRow, anchorColumn, offsetX, offsetY] = chart.position;
    const ranges = chart.ranges.map((reference) => resolveRangeRef(spreadsheet, reference));
    const settings = {
      type: chart.type as "BAR",
      ranges,
      options: chart.options,
      position: { anchorRow, anchorColumn, offsetX, offsetY },
    };
    sheet.insertChart(new EmbeddedChartBuilder(sheet, settings).build());
  }
}

/** Puts saved protections, conditional rules, charts and metadata back on a freshly loaded spreadsheet. */
export function applyState(spreadsheet: Spreadsheet, state: WorkbookState): void {
  for (const saved of state.sheets) {
    const sheet = spreadsheet.getSheetByName(saved.name);
    if (sheet !== null) applySheet(spreadsheet, sheet, saved);
  }
  for (const record of state.metadata) {
    const sheet = record.sheet === null ? null : spreadsheet.getSheetByName(record.sheet);
    if (record.type !== "SPREADSHEET" && sheet === null) continue;
    const place =
      record.type === "SPREADSHEET" || sheet === null
        ? ({ type: "SPREADSHEET" } as const)
        : record.type === "SHEET"
          ? ({ type: "SHEET", sheet } as const)
          : { type: record.type, sheet, start: record.start, count: record.count };
    spreadsheet.metadata.restore({
      id: record.id,
      key: record.key,
      value: record.value,
      visibility: record.visibility,
      place,
    });
  }
}
