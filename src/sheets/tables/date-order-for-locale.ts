import type { DateOrder } from "../../core/values/parse-day";

/** The order of "1/2/2024" in a spreadsheet locale: month first in en_US, day first elsewhere. */
export function dateOrderForLocale(locale: string): DateOrder {
  return locale.replace("-", "_").toLowerCase() === "en_us" ? "MDY" : "DMY";
}
