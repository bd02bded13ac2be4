/**
 * A money amount for a note, whole and grouped by thousands; no currency symbol, which only the
 * spreadsheet's locale knows (the report tab's cells carry it).
 * Formula: round(amount), digits grouped in threes with ",".
 * @example
 * formatAmount(128000.4); // => "128,000"
 */
export function formatAmount(amount: number): string {
  const rounded = Math.round(amount);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return rounded < 0 ? `-${digits}` : digits;
}
