// A plain decimal with "." or "," as the decimal mark (no exponent, no hex, no grouping).
const DECIMAL_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * A percentage cell as a fraction: null when blank, NaN when it is not a percentage in 0–100 %.
 * Formula: number in [0, 1] → itself; in (1, 100] → n / 100; text "n%" → n / 100 (always a
 * percent, so "0.5%" = 0.005); text without "%" follows the number rule.
 * @example
 * parsePercent(0.6); // => 0.6
 * parsePercent(" 60 % "); // => 0.6
 * parsePercent("150%"); // => NaN
 */
export function parsePercent(raw: unknown): number | null {
  if (typeof raw === "number") return fractionFromNumber(raw);
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== "string") return Number.NaN;
  const text = raw.trim();
  if (text === "") return null;
  if (text.charCodeAt(text.length - 1) === 37 /* % */) {
    const percent = parseDecimalText(text.slice(0, -1).trim());
    return percent >= 0 && percent <= 100 ? percent / 100 : Number.NaN;
  }
  return fractionFromNumber(parseDecimalText(text));
}

function fractionFromNumber(value: number): number {
  if (value >= 0 && value <= 1) return value;
  if (value > 1 && value <= 100) return value / 100;
  return Number.NaN;
}

/** A decimal written with "." or ","; NaN for anything else. */
export function parseDecimalText(text: string): number {
  if (!DECIMAL_TEXT.test(text)) return Number.NaN;
  return Number(text.replace(",", "."));
}
