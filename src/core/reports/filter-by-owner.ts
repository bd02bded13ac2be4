import type { Lead } from "../types";

/**
 * The leads of one owner (trimmed, case-insensitive), with a note naming the owners that exist
 * when none matches; all leads when no owner is given.
 * @example
 * filterByOwner(leads, "ana").leads.length; // => 3
 */
export function filterByOwner(
  leads: readonly Lead[],
  owner: string | undefined,
): { leads: readonly Lead[]; notes: string[] } {
  const wanted = owner?.trim().toLowerCase() ?? "";
  if (wanted === "") return { leads, notes: [] };
  const matching = leads.filter((lead) => lead.owner.trim().toLowerCase() === wanted);
  if (matching.length > 0) return { leads: matching, notes: [] };
  const owners = [...spellOwners(leads).values()].sort((left, right) => left.localeCompare(right));
  const known = owners.length === 0 ? "no lead has an owner" : `owners are: ${owners.join(", ")}`;
  return { leads: [], notes: [`No lead belongs to owner "${owner?.trim()}"; ${known}.`] };
}

/**
 * Each owner once, case-insensitively, under the first spelling met (blank owners left out).
 * @example
 * spellOwners(leads).get("ana"); // => "Ana"
 */
export function spellOwners(leads: readonly Lead[]): Map<string, string> {
  const spellings = new Map<string, string>();
  // Owners repeat: each distinct cell text is trimmed and lower-cased once.
  const seen = new Set<string>();
  for (const lead of leads) {
    if (seen.has(lead.owner)) continue;
    seen.add(lead.owner);
    const name = lead.owner.trim();
    const key = name.toLowerCase();
    if (name !== "" && !spellings.has(key)) spellings.set(key, name);
  }
  return spellings;
}
