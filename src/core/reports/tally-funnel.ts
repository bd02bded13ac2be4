import type { Lead } from "../types";
import type { ReachedByPosition } from "./reached-stages";

/** Per-stage tallies indexed by open stage; `byFurthest` counts leads by the furthest stage they reached. */
export interface FunnelTallies {
  readonly byFurthest: number[];
  readonly valueByFurthest: number[];
  readonly wonByFurthest: number[];
  readonly lostByFurthest: number[];
  readonly lostAt: number[];
  readonly openAt: number[];
  readonly open: number;
  readonly won: number;
  readonly lost: number;
}

/**
 * Counts leads (and value) by the furthest open stage reached, lost leads by where they stood
 * last, open leads by their current open stage, and leads by status. A repeated Lead ID takes
 * what was reached by the last lead of that ID (as a lookup by ID would).
 * @example
 * tallyFunnel(leads, reached, openIndexOf, 4, indexLeadPositions(leads)).byFurthest; // => [1, 0, 2, 1]
 */
export function tallyFunnel(
  leads: readonly Lead[],
  reached: ReachedByPosition,
  openIndexOf: ReadonlyMap<string, number>,
  stageCount: number,
  positionOf: ReadonlyMap<string, number>,
): FunnelTallies {
  const zeros = (): number[] => new Array<number>(stageCount).fill(0);
  const tallies = {
    byFurthest: zeros(),
    valueByFurthest: zeros(),
    wonByFurthest: zeros(),
    lostByFurthest: zeros(),
    lostAt: zeros(),
    openAt: zeros(),
    open: 0,
    won: 0,
    lost: 0,
  };
  const reachedBy = positionOf.size === leads.length ? null : findLastOfEachId(leads);
  const hasStages = reached.furthest.length > 0;
  for (let position = 0; position < leads.length; position += 1) {
    const lead = leads[position] as Lead;
    const status = lead.status;
    if (status === "open") tallies.open += 1;
    else if (status === "won") tallies.won += 1;
    else if (status === "lost") tallies.lost += 1;
    if (status === "open") addAt(tallies.openAt, openIndexOf.get(lead.stageKey), 1);
    if (!hasStages) continue;
    const source = reachedBy === null ? position : (reachedBy[position] as number);
    const furthest = reached.furthest[source] as number;
    addAt(tallies.byFurthest, furthest, 1);
    addAt(tallies.valueByFurthest, furthest, lead.value ?? 0);
    if (status === "won") addAt(tallies.wonByFurthest, furthest, 1);
    if (status === "lost") {
      addAt(tallies.lostByFurthest, furthest, 1);
      addAt(tallies.lostAt, reached.lastOpenStage[source], 1);
    }
  }
  return tallies;
}

function addAt(counts: number[], at: number | undefined, amount: number): void {
  if (at !== undefined) counts[at] = (counts[at] ?? 0) + amount;
}

/** Per position, the position of the last lead with the same ID. */
function findLastOfEachId(leads: readonly Lead[]): Int32Array {
  const lastOf = new Map<string, number>();
  for (let position = 0; position < leads.length; position += 1)
    lastOf.set((leads[position] as Lead).id, position);
  return Int32Array.from(leads, (lead) => lastOf.get(lead.id) as number);
}
