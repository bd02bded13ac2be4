import type { Lead, StageChange } from "../types";

/**
 * Whether a lead has moved since it was created: a Stage History row dated after Created.
 * Without a Created date any row counts, since nothing shows it is the creation row.
 * @example
 * hasMovedSinceCreated({ created: 10 }, [{ day: 10 }]); // => false
 */
export function hasMovedSinceCreated(
  lead: Pick<Lead, "created">,
  history: readonly Pick<StageChange, "day">[],
): boolean {
  const created = lead.created;
  if (created === null) return history.length > 0;
  return history.some((change) => change.day > created);
}
