/** Who holds each lock scope: one of this runtime's executions, or another (simulated) execution. */
export type LockHolder = symbol;
export type LockScope = "document" | "script" | "user";

export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";

/** The lock table shared by every execution of one runtime. */
export class LockTable {
  private readonly holders = new Map<LockScope, LockHolder>();

  holderOf(scope: LockScope): LockHolder | undefined {
    return this.holders.get(scope);
  }

  acquire(scope: LockScope, holder: LockHolder): boolean {
    const current = this.holders.get(scope);
    if (current !== undefined && current !== holder) return false;
    this.holders.set(scope, holder);
    return true;
  }

  release(scope: LockScope, holder: LockHolder): void {
    if (this.holders.get(scope) === holder) this.holders.delete(scope);
  }

  /** Apps Script releases an execution's locks when the execution ends. */
  releaseAll(holder: LockHolder): void {
    for (const [scope, current] of this.holders) if (current === holder) this.holders.delete(scope);
  }
}

/** Apps Script's Lock. Waiting never sleeps: another holder cannot finish while we wait synchronously. */
export class Lock {
  constructor(
    private readonly table: LockTable,
    private readonly scope: LockScope,
    private readonly execution: () => LockHolder,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    requireTimeout(timeoutInMillis);
    return this.table.acquire(this.scope, this.execution());
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  hasLock(): boolean {
    return this.table.holderOf(this.scope) === this.execution();
  }

  releaseLock(): void {
    this.table.release(this.scope, this.execution());
  }

  toString(): string {
    return "Lock";
  }
}

function requireTimeout(timeoutInMillis: unknown): void {
  if (typeof timeoutInMillis !== "number" || !(timeoutInMillis >= 0)) {
    throw new Error("Invalid argument: timeoutInMillis");
  }
}
