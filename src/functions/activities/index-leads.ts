import { isSheetError } from "../../core/tables/is-sheet-error";
import { normalizeId } from "../../core/values/normalize-id";
import type { ColumnArgument } from "../shared/column-argument";
import { cellAt } from "../shared/count-rows";
import { createTextIndex } from "../shared/text-index";

/** Lead IDs numbered once, so activities add into flat arrays instead of maps of objects. */
export interface LeadIndex {
  /** The lead slot of each input row; -1 for a blank ID. Duplicate IDs share the first slot. */
  readonly slotOfRow: Int32Array;
  readonly leadCount: number;
  /** The slot of a raw Lead ID cell (as an activity row holds it); -1 when not a listed lead. */
  readonly findSlot: (rawId: unknown) => number;
}

/**
 * Numbers the distinct lead IDs of a column (matching as normalizeId does: trimmed, 123 = "123";
 * a cell showing a sheet error such as #N/A is no ID). An activity's ID cell is looked up as it
 * is; only a miss pays for normalizeId, and a raw text that differs from its ID is remembered.
 * @example
 * indexLeads(readColumnArgument("X", "ids", [["L-1"], [" L-1 "], [""], [7]])).findSlot("7"); // => 1
 */
export function indexLeads(leadIds: ColumnArgument): LeadIndex {
  // Texts are IDs, then raw spellings met in activities; slotOfText maps each to its lead.
  // A raw text equal to some ID is that ID (normalizeId is idempotent), so entries never disagree.
  const texts = createTextIndex();
  const slotOfText: number[] = [];
  const slotOfRow = new Int32Array(leadIds.length);
  let leadCount = 0;
  for (let row = 0; row < leadIds.length; row++) {
    const rawId = cellAt(leadIds, row);
    const id = isSheetError(rawId) ? "" : normalizeId(rawId);
    if (id === "") {
      slotOfRow[row] = -1;
      continue;
    }
    let text = texts.find(id);
    if (text < 0) {
      text = texts.add(id);
      slotOfText.push(leadCount++);
    }
    slotOfRow[row] = slotOfText[text] as number;
  }
  const slotOfNumber = new Map<number, number>();
  const findSpelling = (rawId: string): number => {
    const id = isSheetError(rawId) ? "" : normalizeId(rawId);
    if (id === rawId) return -1;
    const text = id === "" ? -1 : texts.find(id);
    const slot = text < 0 ? -1 : (slotOfText[text] as number);
    texts.add(rawId);
    slotOfText.push(slot);
    return slot;
  };
  const findSlot = (rawId: unknown): number => {
    if (typeof rawId === "string") {
      const text = texts.find(rawId);
      return text >= 0 ? (slotOfText[text] as number) : findSpelling(rawId);
    }
    if (typeof rawId !== "number") return -1;
    let slot = slotOfNumber.get(rawId);
    if (slot === undefined) {
      const text = texts.find(normalizeId(rawId));
      slot = text < 0 ? -1 : (slotOfText[text] as number);
      slotOfNumber.set(rawId, slot);
    }
    return slot;
  };
  return { slotOfRow, leadCount, findSlot };
}
