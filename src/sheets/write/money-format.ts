/** Euro-area locales (language_COUNTRY) whose currency is the euro. */
const EURO_COUNTRIES = new Set([
  "AT",
  "BE",
  "CY",
  "DE",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PT",
  "SI",
  "SK",
]);

/** Currency formats by country: how a sales manager there expects whole amounts to look. */
const COUNTRY_FORMATS: Readonly<Record<string, string>> = {
  US: "$#,##0",
  CA: "$#,##0",
  AU: "$#,##0",
  NZ: "$#,##0",
  MX: "$#,##0",
  SG: "$#,##0",
  HK: "[$HK$]#,##0",
  GB: "£#,##0",
  IN: "[$₹]#,##0",
  JP: "[$¥]#,##0",
  CN: "[$¥]#,##0",
  KR: "[$₩]#,##0",
  BR: "[$R$] #,##0",
  CH: "[$CHF] #,##0",
  SE: "#,##0 [$kr]",
  NO: "[$kr] #,##0",
  DK: "#,##0 [$kr.]",
  PL: "#,##0 [$zł]",
  CZ: "#,##0 [$Kč]",
  HU: "#,##0 [$Ft]",
  RU: "#,##0 [$₽]",
  TR: "[$₺]#,##0",
  ZA: "[$R] #,##0",
  IL: "[$₪] #,##0",
};

/** Plain grouping when the locale's currency is unknown: better no symbol than a wrong one. */
const UNKNOWN_CURRENCY_FORMAT = "#,##0";

/**
 * The number format for whole money amounts in a spreadsheet locale ("en_US", "de_DE", "fr"):
 * Apps Script exposes no currency, so the locale's country decides it. Patterns always use
 * "," for grouping; Sheets shows them with the locale's own separators.
 * @example moneyFormat("de_DE") // => "#,##0 [$€]"
 */
export function moneyFormat(locale: string): string {
  const country = (locale.split(/[_-]/)[1] ?? "").toUpperCase();
  if (EURO_COUNTRIES.has(country)) return "#,##0 [$€]";
  return COUNTRY_FORMATS[country] ?? UNKNOWN_CURRENCY_FORMAT;
}
