import type { Day, Lead, LeadScore } from "../types";
import type { ForecastEntry } from "./forecast-groups";
import { monthKey } from "./month-key";
import { isInPeriod, type Period } from "./period";

export interface LeadEntry extends ForecastEntry {
  readonly lead: Lead;
  readonly confidence: number;
  /** "YYYY-MM" of the Expected Close (open) or Closed (won) date. */
  readonly month: string;
}

/** The byMonth group of open leads without an Expected Close. */
export const NO_MONTH = "no date";

/** Open leads without Expected Close: counted in the period's totals, and reported apart too. */
export type UndatedLeads = {
  readonly count: number;
  /** Same number as `count`. */
  readonly leads: number;
  readonly value: number;
  readonly weighted: number;
};

/** Open leads counted in the period whose Expected Close is already past (before the as-of date). */
export type OverdueLeads = {
  readonly count: number;
  readonly value: number;
};

/** What the forecast counts, and the counts its notes speak of. */
export interface ForecastEntries {
  readonly entries: LeadEntry[];
  readonly undated: UndatedLeads;
  readonly overdue: OverdueLeads;
  /** Open leads due before the period starts: not counted. */
  readonly beforePeriod: number;
  readonly wonWithoutClosed: number;
  readonly withoutValue: number;
  readonly withoutConfidence: number;
}

/**
 * Sorts leads into the forecast (SPEC §3): won leads with Closed in the period; open leads with
 * Expected Close in the period or none (SPEC §3: undated open leads count), weighted by their
 * confidence (none → 0); the undated ones are also summed apart, and so are the counted ones
 * whose Expected Close is before `asOf` (still counted, as SPEC §3 says, but worth a word).
 * @example
 * collectForecastEntries(leads, scoresById, period, asOf).undated.count; // => 1
 */
export function collectForecastEntries(
  leads: readonly Lead[],
  scoresById: ReadonlyMap<string, LeadScore>,
  period: Period,
  asOf: Day,
): ForecastEntries {
  const entries: LeadEntry[] = [];
  const undated = { count: 0, leads: 0, value: 0, weighted: 0 };
  const overdue = { count: 0, value: 0 };
  const counts = { beforePeriod: 0, wonWithoutClosed: 0, withoutValue: 0, withoutConfidence: 0 };
  // A period holds a few distinct months: each month's text is made once and shared.
  const monthByDay = new Map<number, string>();
  const monthOf = (day: number): string => {
    let month = monthByDay.get(day);
    if (month === undefined) {
      month = monthKey(day);
      monthByDay.set(day, month);
    }
    return month;
  };
  for (const lead of leads) {
    const value = lead.value ?? 0;
    if (lead.status === "won") {
      if (lead.closed === null) counts.wonWithoutClosed += 1;
      else if (isInPeriod(lead.closed, period)) {
        entries.push({ lead, open: false, value, weighted: 0, confidence: 1, month: monthOf(lead.closed) });
        if (lead.value === null) counts.withoutValue += 1;
      }
      continue;
    }
    if (lead.status !== "open") continue;
    const due = lead.expectedClose;
    if (due !== null && due < period.start) counts.beforePeriod += 1;
    if (due !== null && !isInPeriod(due, period)) continue;
    const score = scoresById.get(lead.id)?.confidence;
    const confidence = score === null || score === undefined || !Number.isFinite(score) ? 0 : score;
    if (lead.value === null) counts.withoutValue += 1;
    if (confidence !== score) counts.withoutConfidence += 1;
    if (due === null) {
      undated.count += 1;
      undated.leads += 1;
      undated.value += value;
      undated.weighted += value * confidence;
    } else if (due < asOf) {
      overdue.count += 1;
      overdue.value += value;
    }
    entries.push({
      lead,
      open: true,
      value,
      weighted: value * confidence,
      confidence,
      month: due === null ? NO_MONTH : monthOf(due),
    });
  }
  return { entries, undated, overdue, ...counts };
}
