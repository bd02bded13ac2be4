import { formatDay } from "../day/format-day";
import type { Day, Lead } from "../types";

/**
 * The leads created between two days (both included, either end optional), with a note on the
 * leads left out because they have no Created date.
 * @example
 * filterByCreated(leads, 19_723, undefined).leads.length; // => 4
 */
export function filterByCreated(
  leads: readonly Lead[],
  createdFrom: Day | undefined,
  createdTo: Day | undefined,
): { leads: readonly Lead[]; notes: string[] } {
  if (createdFrom === undefined && createdTo === undefined) return { leads, notes: [] };
  const undated = leads.filter((lead) => lead.created === null).length;
  const kept = leads.filter(
    (lead) =>
      lead.created !== null &&
      (createdFrom === undefined || lead.created >= createdFrom) &&
      (createdTo === undefined || lead.created <= createdTo),
  );
  const span = `${createdFrom === undefined ? "…" : formatDay(createdFrom)} to ${createdTo === undefined ? "…" : formatDay(createdTo)}`;
  const notes = [`Created filter ${span}: ${kept.length} of ${leads.length} leads.`];
  if (undated > 0)
    notes.push(`${countLeads(undated)} without a Created date left out by the Created filter.`);
  return { leads: kept, notes };
}

/** "1 lead", "3 leads". */
export function countLeads(count: number): string {
  return `${count} ${count === 1 ? "lead" : "leads"}`;
}
