import type { TypeCount } from "./total-activity-points";

/**
 * Counted activities per lead and type, for every lead at once: one linked list per lead (in
 * the order types are first met) kept in flat arrays, so a million activities add no object per
 * lead or per type until a lead's counts are listed.
 */
export interface LeadTypeCounts {
  /** First and last entry of each lead's list (−1: none). */
  readonly heads: Int32Array;
  readonly tails: Int32Array;
  readonly typeKeys: string[];
  readonly counts: number[];
  /** The next entry of the same lead (−1: last). */
  readonly next: number[];
}

/** Empty counts for `leadCount` leads. */
export function createLeadTypeCounts(leadCount: number): LeadTypeCounts {
  return {
    heads: new Int32Array(leadCount).fill(-1),
    tails: new Int32Array(leadCount).fill(-1),
    typeKeys: [],
    counts: [],
    next: [],
  };
}

/**
 * Adds one counted activity of `typeKey` to the lead at `position` (a short walk: leads have few types).
 * @example
 * addLeadTypeCount(counts, 0, "call"); // listLeadTypeCounts(counts, 0) => [{ typeKey: "call", count: 1 }]
 */
export function addLeadTypeCount(counts: LeadTypeCounts, position: number, typeKey: string): void {
  const { typeKeys, next } = counts;
  for (let entry = counts.heads[position] as number; entry >= 0; entry = next[entry] as number) {
    if (typeKeys[entry] === typeKey) {
      counts.counts[entry] = (counts.counts[entry] as number) + 1;
      return;
    }
  }
  const entry = typeKeys.length;
  typeKeys.push(typeKey);
  counts.counts.push(1);
  next.push(-1);
  const tail = counts.tails[position] as number;
  if (tail < 0) counts.heads[position] = entry;
  else next[tail] = entry;
  counts.tails[position] = entry;
}

/**
 * The counts of the lead at `position`, in the order its types were first met.
 * @example
 * listLeadTypeCounts(counts, 0); // => [{ typeKey: "call", count: 2 }, { typeKey: "email", count: 1 }]
 */
export function listLeadTypeCounts(counts: LeadTypeCounts, position: number): TypeCount[] {
  const list: TypeCount[] = [];
  for (let entry = counts.heads[position] as number; entry >= 0; entry = counts.next[entry] as number) {
    list.push({ typeKey: counts.typeKeys[entry] as string, count: counts.counts[entry] as number });
  }
  return list;
}
