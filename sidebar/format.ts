// Figures as a person reads them; a figure the server could not compute (null) reads as "n/a".

const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** 1234567.8 → "1,234,568" (the sidebar does not know the sheet's currency, so no symbol). */
export function formatMoney(amount: number | null): string {
  return amount === null ? "n/a" : money.format(amount);
}

/** 0.634 → "63%"; 0.0049 → "0.5%" so a small probability does not read as zero. */
export function formatPercent(fraction: number | null): string {
  if (fraction === null) return "n/a";
  const percent = fraction * 100;
  const digits = percent !== 0 && Math.abs(percent) < 1 ? 1 : 0;
  return `${percent.toFixed(digits)}%`;
}

/** 1 → "1 lead", 3 → "3 leads". */
export function formatCount(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
