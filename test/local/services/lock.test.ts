import { LOCK_TIMEOUT_MESSAGE, LockTable } from "../../../src/local/services/lock";
import { LockService } from "../../../src/local/services/lock-service";

function createLocks() {
  const table = new LockTable();
  let execution = Symbol("first");
  const service = new LockService(table, () => execution);
  return { table, service, switchTo: (next: symbol) => (execution = next) };
}

describe("Lock", () => {
  it("is not held before it is taken", () => {
    expect(createLocks().service.getDocumentLock().hasLock()).toBe(false);
  });

  it("is taken by tryLock and released by releaseLock", () => {
    const { service } = createLocks();
    const lock = service.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it("can be taken again by the execution that holds it", () => {
    const { service } = createLocks();
    service.getDocumentLock().waitLock(1000);
    expect(service.getDocumentLock().tryLock(0)).toBe(true);
  });

  it("fails tryLock at once while another execution holds it", () => {
    const { table, service } = createLocks();
    table.acquire("document", Symbol("other"));
    expect(service.getDocumentLock().tryLock(30_000)).toBe(false);
  });

  it("throws Apps Script's timeout error from waitLock while another execution holds it", () => {
    const { table, service } = createLocks();
    table.acquire("document", Symbol("other"));
    expect(() => service.getDocumentLock().waitLock(30_000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(LOCK_TIMEOUT_MESSAGE).toBe("Lock timeout: another process was holding the lock for too long.");
  });

  it("keeps the document, script and user locks apart", () => {
    const { table, service } = createLocks();
    table.acquire("document", Symbol("other"));
    expect(service.getScriptLock().tryLock(0)).toBe(true);
    expect(service.getUserLock().tryLock(0)).toBe(true);
  });

  it("frees every lock of an execution when it ends", () => {
    const { table, service, switchTo } = createLocks();
    const first = Symbol("first run");
    switchTo(first);
    service.getDocumentLock().waitLock(0);
    table.releaseAll(first);
    switchTo(Symbol("second run"));
    expect(service.getDocumentLock().tryLock(0)).toBe(true);
  });

  describe("bad input", () => {
    it("refuses a negative timeout", () => {
      expect(() => createLocks().service.getDocumentLock().tryLock(-1)).toThrow(
        "Invalid argument: timeoutInMillis",
      );
    });
  });
});
