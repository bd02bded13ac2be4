import { parseMoney } from "../../core/values/parse-money";

/**
 * A money cell for the custom functions: null when blank, NaN when unreadable or negative.
 * Numbers (what Sheets passes for a number cell) skip the text parser.
 * @example
 * readMoney("$10,000"); // => 10000
 * readMoney(-5); // => NaN
 */
export function readMoney(raw: unknown): number | null {
  const amount = typeof raw === "number" ? raw : parseMoney(raw);
  if (amount === null) return null;
  return Number.isFinite(amount) && amount >= 0 ? amount : Number.NaN;
}
