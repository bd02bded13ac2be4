import type { Day, Lead } from "../types";
import { ratioOrNull } from "./ratio-or-null";

/** The days before (and including) the as-of date over which the forecast's win rate is measured. */
export const WIN_RATE_DAYS = 365;

/**
 * The value-weighted win rate of leads closed in the 365 days up to and including `asOf`, with a
 * note when it cannot be computed (no closed lead, or closed leads without value).
 * Formula: Σ won value / Σ (won + lost) value over leads with asOf − 365 < Closed ≤ asOf.
 * @example
 * winRateBefore(leads, 20_000).winRate; // => 0.4 (40 000 won of 100 000 closed)
 */
export function winRateBefore(
  leads: readonly Lead[],
  asOf: Day,
): { winRate: number | null; notes: string[] } {
  let wonValue = 0;
  let closedValue = 0;
  let closedCount = 0;
  for (const lead of leads) {
    if (lead.status === "open" || lead.closed === null) continue;
    if (lead.closed <= asOf - WIN_RATE_DAYS || lead.closed > asOf) continue;
    closedCount += 1;
    closedValue += lead.value ?? 0;
    if (lead.status === "won") wonValue += lead.value ?? 0;
  }
  if (closedCount === 0) {
    return {
      winRate: null,
      notes: ["No lead closed in the 365 days before the as-of date: the win rate cannot be computed."],
    };
  }
  if (closedValue === 0) {
    return {
      winRate: null,
      notes: [
        "The leads closed in the last 365 days have no value: the value-weighted win rate cannot be computed.",
      ],
    };
  }
  return { winRate: ratioOrNull(wonValue, closedValue), notes: [] };
}
