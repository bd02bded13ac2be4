import { PipelineError } from "../../core/pipeline-error";

/** How long a run waits for another run's write to finish before giving up. */
export const LOCK_WAIT_MS = 10000;

/** The busy message every write shows when another execution holds the document lock. */
export const BUSY_MESSAGE =
  "Another Pipeline Confidence run is writing to this spreadsheet. Try again in a moment.";

/**
 * Runs `write` while holding the document lock, so two runs never interleave their writes.
 * Throws PipelineError BUSY when another execution keeps the lock past `waitMs`.
 */
export function withDocumentLock<T>(
  write: () => T,
  lockService: GoogleAppsScript.Lock.LockService = LockService,
  waitMs: number = LOCK_WAIT_MS,
): T {
  const lock = lockService.getDocumentLock();
  if (lock === null)
    throw new Error("LockService.getDocumentLock() returned null: the script is not bound to a document");
  // The lock is per execution: when an outer step of this run already holds it, keep it held.
  if (lock.hasLock()) return write();
  if (!lock.tryLock(waitMs)) throw new PipelineError("BUSY", BUSY_MESSAGE);
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
}
