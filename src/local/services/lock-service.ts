import { Lock, type LockHolder, type LockTable } from "./lock";

/** Apps Script's LockService; `execution` names the running execution, so locks know their owner. */
export class LockService {
  constructor(
    private readonly table: LockTable,
    private readonly execution: () => LockHolder,
  ) {}

  getDocumentLock(): Lock {
    return new Lock(this.table, "document", this.execution);
  }

  getScriptLock(): Lock {
    return new Lock(this.table, "script", this.execution);
  }

  getUserLock(): Lock {
    return new Lock(this.table, "user", this.execution);
  }

  toString(): string {
    return "LockService";
  }
}
