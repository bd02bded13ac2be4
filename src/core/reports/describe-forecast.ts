import { formatDay } from "../day/format-day";
import type { Day } from "../types";
import type { ForecastEntries } from "./collect-forecast-entries";
import { countLeads } from "./filter-by-created";
import { formatAmount } from "./format-amount";
import type { Period } from "./period";

/**
 * The forecast's remarks in words: undated and overdue leads, missing values and confidences,
 * an empty period, figures that cannot be computed.
 * @example
 * describeForecast(facts)[0]; // => "2 open leads have no Expected Close: …"
 */
export function describeForecast(facts: {
  collected: ForecastEntries;
  period: Period;
  asOf: Day;
  target: number | null;
  winRate: number | null;
  remaining: number | null;
}): string[] {
  const { collected, period, asOf, target, winRate, remaining } = facts;
  const notes: string[] = [];
  const span = `${formatDay(period.start)} to ${formatDay(period.end)}`;
  if (collected.entries.length === collected.undated.count)
    notes.push(`No won or open lead with a date falls in the period ${span}.`);
  const { undated } = collected;
  if (undated.count > 0) {
    notes.push(
      `${countLeads(undated.count)} open without an Expected Close: counted in this period, and shown apart as "undated" (set Expected Close to place them).`,
    );
  }
  const { overdue } = collected;
  if (overdue.count > 0) {
    const have = overdue.count === 1 ? "has" : "have";
    notes.push(
      `${overdue.count} open ${overdue.count === 1 ? "lead" : "leads"} (${formatAmount(overdue.value)}) ${have} an Expected Close already past (before ${formatDay(asOf)}): still counted in this period (update Expected Close to move them).`,
    );
  }
  if (collected.beforePeriod > 0) {
    notes.push(
      `${countLeads(collected.beforePeriod)} open with an Expected Close before the period: not counted.`,
    );
  }
  if (collected.wonWithoutClosed > 0) {
    notes.push(
      `${countLeads(collected.wonWithoutClosed)} won without a Closed date: not counted as won in any period.`,
    );
  }
  if (collected.withoutValue > 0) {
    notes.push(
      `${countLeads(collected.withoutValue)} in the forecast without a Value: counted, but they add no value.`,
    );
  }
  if (collected.withoutConfidence > 0) {
    notes.push(
      `${countLeads(collected.withoutConfidence)} open without a confidence (unknown stage, no override): weighted as 0.`,
    );
  }
  if (winRate === 0) notes.push("Win rate is 0: pipeline needed and required coverage cannot be computed.");
  if (target === null)
    notes.push("No target: gap, pipeline needed, coverage and probability of target are not computed.");
  else if (remaining === 0) notes.push("The target is already met by won revenue: coverage is not computed.");
  return notes;
}
