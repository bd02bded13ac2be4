import { isSheetError } from "../../core/tables/is-sheet-error";
import { normalizeKey } from "../../core/values/normalize-key";

/** Points and cap of one activity type, in percentage points (cap null = uncapped). */
export interface TypePoints {
  readonly points: number;
  readonly maxPerStage: number | null;
}

/** Activity types numbered as they are met, with their points in flat arrays. */
export interface ActivityTypeIndex {
  readonly pointsOfType: (typeKey: string) => TypePoints;
  /** Slot by type key. */
  readonly slotOfKey: Map<string, number>;
  /** Slot by raw cell text (as spelled), so each spelling is normalized once; -1 for no type. */
  readonly slotOfText: Map<string, number>;
  /** Points per slot. */
  readonly points: number[];
  /** Per slot: the index of its cap among capped types, or -1 when uncapped. */
  readonly capSlot: number[];
  /** Max Per Stage of each capped type, by cap slot. */
  readonly caps: number[];
}

/**
 * An empty index of activity types, numbered by findTypeSlot as they are met. Only capped types
 * get a cap slot, so per-lead sums need `leads × capped types` numbers, not `leads × types`.
 * @example
 * const types = indexActivityTypes(() => ({ points: 5, maxPerStage: 10 }));
 * types.points[findTypeSlot(types, "Meeting")]; // => 5
 */
export function indexActivityTypes(pointsOfType: (typeKey: string) => TypePoints): ActivityTypeIndex {
  return { pointsOfType, slotOfKey: new Map(), slotOfText: new Map(), points: [], capSlot: [], caps: [] };
}

/**
 * The slot of a raw Type cell, numbering its type (and looking up its points) when new; -1 for
 * a blank type or a sheet error (#N/A …). normalizeKey runs once per distinct text.
 * @example
 * findTypeSlot(indexActivityTypes(() => ({ points: 5, maxPerStage: null })), " Call "); // => 0
 */
export function findTypeSlot(types: ActivityTypeIndex, rawType: unknown): number {
  if (typeof rawType !== "string")
    return typeof rawType === "number" ? findKeySlot(types, normalizeKey(rawType)) : -1;
  const known = types.slotOfText.get(rawType);
  if (known !== undefined) return known;
  const typeKey = isSheetError(rawType) ? "" : normalizeKey(rawType);
  const slot = typeKey === "" ? -1 : findKeySlot(types, typeKey);
  types.slotOfText.set(rawType, slot);
  return slot;
}

function findKeySlot(types: ActivityTypeIndex, typeKey: string): number {
  const known = types.slotOfKey.get(typeKey);
  if (known !== undefined) return known;
  const { points, maxPerStage } = types.pointsOfType(typeKey);
  const slot = types.points.length;
  types.points.push(points);
  types.capSlot.push(maxPerStage === null ? -1 : types.caps.length);
  if (maxPerStage !== null) types.caps.push(maxPerStage);
  types.slotOfKey.set(typeKey, slot);
  return slot;
}
