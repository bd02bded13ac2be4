import { parseDecimalText } from "./parse-percent";

/**
 * The value of digits with "." and "," in them, deciding which is the decimal mark: the last
 * separator is decimal unless exactly three digits follow it and it is the only separator kind.
 * A lone separator after a leading "0" is decimal ("0.125" = 0.125): no one groups a zero.
 * Repeated separators of one kind must group by three (or two, Indian style, before the last
 * group), so "1.5.2024" is not an amount.
 * @example
 * readAmountDigits("1.234,50"); // => 1234.5
 * readAmountDigits("10,000"); // => 10000
 */
export function readAmountDigits(text: string): number {
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot < 0 && lastComma < 0) return parseDecimalText(text);
  const decimalIndex = Math.max(lastDot, lastComma);
  const decimalMark = text[decimalIndex] as string;
  const groupMark = decimalMark === "." ? "," : ".";
  if (lastDot >= 0 && lastComma >= 0) {
    const integerPart = text.slice(0, decimalIndex);
    if (integerPart.includes(decimalMark)) return Number.NaN;
    const digits = readGroupedInteger(integerPart, groupMark);
    if (digits === "") return Number.NaN;
    return parseDecimalText(`${digits}.${text.slice(decimalIndex + 1)}`);
  }
  const firstIndex = text.indexOf(decimalMark);
  if (firstIndex !== decimalIndex) return readGroupedIntegerAsNumber(text, decimalMark);
  const digitsAfter = text.length - decimalIndex - 1;
  const integerPart = text.slice(0, decimalIndex);
  if (digitsAfter === 3 && integerPart !== "" && integerPart !== "0") {
    return readGroupedIntegerAsNumber(text, decimalMark);
  }
  return parseDecimalText(text);
}

function readGroupedIntegerAsNumber(text: string, groupMark: string): number {
  const digits = readGroupedInteger(text, groupMark);
  return digits === "" ? Number.NaN : Number(digits);
}

/** The digits of an integer grouped by `groupMark`, or "" when the grouping is not valid. */
function readGroupedInteger(text: string, groupMark: string): string {
  if (!text.includes(groupMark)) return text;
  const groups = text.split(groupMark);
  const lastIndex = groups.length - 1;
  for (let index = 0; index <= lastIndex; index += 1) {
    const length = (groups[index] as string).length;
    const fits =
      index === 0 ? length >= 1 && length <= 3 : length === 3 || (length === 2 && index < lastIndex);
    if (!fits) return "";
  }
  return groups.join("");
}
