import type { Worksheet } from "exceljs";
import type { ConditionalFormatRule } from "../spreadsheet";
import { toArgb } from "./to-argb";

type Operator = "greaterThan" | "greaterThanOrEqual" | "lessThan" | "lessThanOrEqual" | "equal" | "notEqual";

// Sheets' number criteria as OOXML cellIs operators; between is written as its own type.
const OPERATORS: Readonly<Record<string, Operator>> = {
  NUMBER_GREATER_THAN: "greaterThan",
  NUMBER_GREATER_THAN_OR_EQUAL_TO: "greaterThanOrEqual",
  NUMBER_LESS_THAN: "lessThan",
  NUMBER_LESS_THAN_OR_EQUAL_TO: "lessThanOrEqual",
  NUMBER_EQUAL_TO: "equal",
  NUMBER_NOT_EQUAL_TO: "notEqual",
};

/**
 * Writes the sheet's number and custom-formula colour rules as native .xlsx conditional
 * formatting too, so the Confidence colours show in Excel, LibreOffice or Sheets after an
 * upload. The state sheet still carries every rule exactly (load restores from it, never from
 * these), so a rule Excel cannot express is simply not written here.
 */
export function writeConditionalFormats(rules: readonly ConditionalFormatRule[], worksheet: Worksheet): void {
  let priority = 1;
  for (const rule of rules) {
    const condition = rule.getBooleanCondition();
    const background = condition?.getBackground();
    const criteria = condition?.getCriteriaType();
    if (condition === null || condition === undefined || !background || !criteria) continue;
    const values = condition.getCriteriaValues();
    const style = {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(background) } },
    } as const;
    const native = toNativeRule(criteria, values, style, priority);
    if (native === null) continue;
    priority += 1;
    for (const range of rule.getRanges()) {
      worksheet.addConditionalFormatting({ ref: range.getA1Notation(), rules: [native] } as never);
    }
  }
}

function toNativeRule(criteria: string, values: readonly unknown[], style: object, priority: number) {
  const numbers = values.map(Number);
  const operator = OPERATORS[criteria];
  if (operator !== undefined) return { type: "cellIs", operator, formulae: [numbers[0]], style, priority };
  if (criteria === "NUMBER_BETWEEN")
    return { type: "cellIs", operator: "between", formulae: [numbers[0], numbers[1]], style, priority };
  if (criteria === "CUSTOM_FORMULA" && typeof values[0] === "string")
    return { type: "expression", formulae: [values[0].replace(/^=/, "")], style, priority };
  return null;
}
