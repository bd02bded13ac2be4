/** How a spreadsheet locale writes numbers and dates (what Sheets shows and accepts as typed input). */
export interface LocaleConventions {
  readonly decimal: string;
  readonly group: string;
  /** Order of a typed `1/2/2024`: month first (en_US) or day first (most other locales). */
  readonly monthFirst: boolean;
  /** How a date with no number format is shown. */
  readonly datePattern: string;
}

const cache = new Map<string, LocaleConventions>();

function datePatternFor(locale: string, monthFirst: boolean): string {
  if (monthFirst) return "M/d/yyyy";
  if (/^(de|ru|pl|fi|nb|da|tr|cs)/.test(locale)) return "dd.MM.yyyy";
  if (/^(sv|ja|zh|ko|lt|hu)/.test(locale)) return "yyyy-MM-dd";
  return "dd/MM/yyyy";
}

/** The number and date conventions of a Sheets locale such as "en_US" or "de_DE". */
export function localeConventions(locale: string): LocaleConventions {
  let conventions = cache.get(locale);
  if (conventions === undefined) {
    const parts = new Intl.NumberFormat(locale.replace("_", "-")).formatToParts(12345.5);
    const decimal = parts.find((part) => part.type === "decimal")?.value ?? ".";
    const group = parts.find((part) => part.type === "group")?.value ?? ",";
    const monthFirst = /^en_(US|PH)$|^en$/.test(locale);
    conventions = { decimal, group, monthFirst, datePattern: datePatternFor(locale, monthFirst) };
    cache.set(locale, conventions);
  }
  return conventions;
}
