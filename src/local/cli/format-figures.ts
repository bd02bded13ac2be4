/** 1234567.8 → "1,234,568": whole currency units read best in a terminal summary. */
export function formatMoney(amount: number): string {
  return Math.round(amount).toLocaleString("en-US");
}

/** 0.634 → "63%". */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
