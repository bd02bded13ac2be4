import type { LeadEntry } from "./collect-forecast-entries";
import { spellOwners } from "./filter-by-owner";

/**
 * Each entry's owner group: the owner under its first spelling among the entries (spellOwners),
 * "(no owner)" when blank. Owners repeat, so each distinct cell text is matched once.
 * @example
 * nameOwners(entries)(entryOfAna); // => "Ana"
 */
export function nameOwners(entries: readonly LeadEntry[]): (entry: LeadEntry) => string {
  const spellings = spellOwners(entries.map((entry) => entry.lead));
  const nameByText = new Map<string, string>();
  return (entry) => {
    const text = entry.lead.owner;
    let name = nameByText.get(text);
    if (name === undefined) {
      name = spellings.get(text.trim().toLowerCase()) ?? "(no owner)";
      nameByText.set(text, name);
    }
    return name;
  };
}
