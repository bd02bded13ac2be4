import { isSheetError } from "../../core/tables/is-sheet-error";
import { normalizeId } from "../../core/values/normalize-id";
import type { ColumnArgument } from "../shared/column-argument";
import { cellAt } from "../shared/count-rows";
import { addText, createTextIndex, findText, type TextIndex } from "../shared/text-index";

/** Lead IDs numbered once, so activities add into flat arrays instead of maps of objects. */
export interface LeadIndex {
  /** The lead slot of each input row; -1 for a blank ID. Duplicate IDs share the first slot. */
  readonly slotOfRow: Int32Array;
  readonly leadCount: number;
  /** The IDs, numbered by slot. */
  readonly ids: TextIndex;
  /** Numeric ID cells met in activities, each converted to text once. */
  readonly slotOfNumber: Map<number, number>;
}

/**
 * Numbers the distinct lead IDs of a column (matching as normalizeId does: trimmed, 123 = "123";
 * a cell showing a sheet error such as #N/A is no ID). A lead's slot is its ID's number.
 * @example
 * indexLeads(readColumnArgument("X", "ids", [["L-1"], [" L-1 "], [""], [7]])).slotOfRow; // => [0, 0, -1, 1]
 */
export function indexLeads(leadIds: ColumnArgument): LeadIndex {
  const ids = createTextIndex(leadIds.length);
  const slotOfRow = new Int32Array(leadIds.length);
  numberLeads(leadIds, ids, slotOfRow);
  return { slotOfRow, leadCount: ids.texts.length, ids, slotOfNumber: new Map() };
}

// The loop has a function of its own that ends with it: V8 compiles a long loop while it runs,
// and code after the loop that had not run yet would throw that code away on every call.
function numberLeads(leadIds: ColumnArgument, ids: TextIndex, slotOfRow: Int32Array): void {
  for (let row = 0; row < leadIds.length; row++) {
    const id = readLeadId(cellAt(leadIds, row));
    slotOfRow[row] = id === "" ? -1 : addText(ids, id);
  }
}

/**
 * The slot of a raw Lead ID cell as an activity row holds it; -1 when it is no listed lead. The
 * text is looked up as it is, one hash probe; only a miss pays for normalizeId.
 * @example
 * findLeadSlot(indexLeads(readColumnArgument("X", "ids", [["L-1"], [7]])), "7"); // => 1
 */
export function findLeadSlot(leads: LeadIndex, rawId: unknown): number {
  if (typeof rawId === "string") {
    const slot = findText(leads.ids, rawId);
    if (slot >= 0) return slot;
    // A text equal to its ID was just looked up; only another spelling can still match.
    const id = readLeadId(rawId);
    return id === rawId || id === "" ? -1 : findText(leads.ids, id);
  }
  if (typeof rawId !== "number") return -1;
  let slot = leads.slotOfNumber.get(rawId);
  if (slot === undefined) {
    slot = findText(leads.ids, normalizeId(rawId));
    leads.slotOfNumber.set(rawId, slot);
  }
  return slot;
}

function readLeadId(raw: unknown): string {
  return isSheetError(raw) ? "" : normalizeId(raw);
}
