import type { GridCell } from "./grid-cell";

// A number format's digits ("#,##0", "0.0"), and the literal text it shows around them.
const DIGITS_PART = /[#0,.]+/;
const BRACKETED_LITERAL = /\[\$([^\]]*)\]/g;
const QUOTED_LITERAL = /"([^"]*)"/g;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * About the text Sheets shows for a grid cell, to size its column before anything is written:
 * text as it is (without the escaping apostrophe), a number through its pattern ("$#,##0" →
 * "$50,000", "0.0%" → "25.0%", '0.0"x"' → "2.5x"), a date as long as its pattern.
 * @example
 * estimateShownText({ value: 50000, pattern: "[$R$] #,##0" }); // => "R$ 50,000"
 */
export function estimateShownText(cell: GridCell): string {
  const { value, pattern } = cell;
  if (typeof value === "string") return value.startsWith("'") ? value.slice(1) : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (pattern === "@") return String(value);
  if (pattern.includes("y")) return pattern;
  const literal = pattern.replace(BRACKETED_LITERAL, "$1").replace(QUOTED_LITERAL, "$1");
  const digitsPart = DIGITS_PART.exec(literal)?.[0];
  if (digitsPart === undefined) return String(value);
  const decimals = digitsPart.split(".")[1]?.length ?? 0;
  const scaled = literal.includes("%") ? value * 100 : value;
  const [whole = "", fraction] = Math.abs(scaled).toFixed(decimals).split(".");
  const grouped = digitsPart.includes(",") ? groupThousands(whole) : whole;
  const number = `${scaled < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
  return literal.replace(digitsPart, number);
}
