import { isSheetError } from "../../core/tables/is-sheet-error";
import { normalizeKey } from "../../core/values/normalize-key";
import { createTextIndex } from "../shared/text-index";

/** Points and cap of one activity type, in percentage points (cap null = uncapped). */
export interface TypePoints {
  readonly points: number;
  readonly maxPerStage: number | null;
}

/** Activity types numbered as they are met, with their points in flat arrays. */
export interface ActivityTypeIndex {
  /** The slot of a raw Type cell; -1 for a blank type or a sheet error (#N/A …). */
  readonly findSlot: (rawType: unknown) => number;
  /** Points per slot. */
  readonly points: number[];
  /** Per slot: the index of its cap among capped types, or -1 when uncapped. */
  readonly capSlot: number[];
  /** Max Per Stage of each capped type, by cap slot. */
  readonly caps: number[];
}

/**
 * Numbers activity types by their cell text (normalizeKey runs once per distinct text) and
 * looks up each one's points once. Only capped types get a cap slot, so per-lead sums need
 * `leads × capped types` numbers, not `leads × types`.
 * @example
 * const types = indexActivityTypes(() => ({ points: 5, maxPerStage: 10 }));
 * types.points[types.findSlot("Meeting")]; // => 5
 */
export function indexActivityTypes(pointsOfType: (typeKey: string) => TypePoints): ActivityTypeIndex {
  const points: number[] = [];
  const capSlot: number[] = [];
  const caps: number[] = [];
  const slotByKey = new Map<string, number>();
  const slotOfKey = (typeKey: string): number => {
    const known = slotByKey.get(typeKey);
    if (known !== undefined) return known;
    const typePoints = pointsOfType(typeKey);
    points.push(typePoints.points);
    capSlot.push(typePoints.maxPerStage === null ? -1 : caps.length);
    if (typePoints.maxPerStage !== null) caps.push(typePoints.maxPerStage);
    slotByKey.set(typeKey, points.length - 1);
    return points.length - 1;
  };
  // Raw cell texts (as spelled) → slot, so each spelling is normalized once (see text-index.ts).
  const texts = createTextIndex();
  const slotOfText: number[] = [];
  const findSlot = (rawType: unknown): number => {
    if (typeof rawType !== "string")
      return typeof rawType === "number" ? slotOfKey(normalizeKey(rawType)) : -1;
    const text = texts.find(rawType);
    if (text >= 0) return slotOfText[text] as number;
    const typeKey = isSheetError(rawType) ? "" : normalizeKey(rawType);
    const slot = typeKey === "" ? -1 : slotOfKey(typeKey);
    texts.add(rawType);
    slotOfText.push(slot);
    return slot;
  };
  return { findSlot, points, capSlot, caps };
}
