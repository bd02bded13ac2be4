import { isSheetError } from "../../core/tables/is-sheet-error";
import type { DataIssue, Stage } from "../../core/types";
import { normalizeKey } from "../../core/values/normalize-key";
import { readTextCell } from "./read-text-cell";
import type { StageLookup } from "./table-options";

/** A Stage cell read: the text as written (trimmed), its matching key, and the stage it names. */
export interface StageCell {
  readonly stage: string;
  readonly stageKey: string;
  readonly known: Stage | undefined;
}

/**
 * A reader of Stage cells for one table read (readTextCell, then the key and the lookup). A
 * stage column repeats a handful of names, so each distinct text is trimmed, keyed and looked up
 * once and its strings shared by every row; sheet errors are read (and reported) every time.
 */
export function createStageReader(
  stages: StageLookup,
): (raw: unknown, issues: DataIssue[], tab: string, row: number, column: string) => StageCell {
  const cellByText = new Map<string, StageCell>();
  return (raw, issues, tab, row, column) => {
    const cached = typeof raw === "string" ? cellByText.get(raw) : undefined;
    if (cached !== undefined) return cached;
    const stage = readTextCell(raw, issues, tab, row, column);
    const stageKey = normalizeKey(stage);
    const known = stages.get(stageKey);
    // The Stages tab's own key string: matching a lead against its history compares one pointer.
    const cell = { stage, stageKey: known?.key === stageKey ? known.key : stageKey, known };
    if (typeof raw === "string" && !isSheetError(raw)) cellByText.set(raw, cell);
    return cell;
  };
}
