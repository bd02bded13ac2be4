import { PipelineError } from "../../../src/core/pipeline-error";
import { BUSY_MESSAGE, withDocumentLock } from "../../../src/sheets/write/with-document-lock";
import { createLocks, errorThrownBy } from "../report/report-fixtures";

describe("withDocumentLock", () => {
  it("holds the document lock while writing and releases it afterwards", () => {
    const { lockService } = createLocks();
    const heldDuring = withDocumentLock(() => lockService.getDocumentLock().hasLock(), lockService, 0);
    expect(heldDuring).toBe(true);
    expect(lockService.getDocumentLock().hasLock()).toBe(false);
  });

  it("releases the lock when the write throws, and lets the error through", () => {
    const { lockService } = createLocks();
    expect(() =>
      withDocumentLock(
        () => {
          throw new Error("write failed");
        },
        lockService,
        0,
      ),
    ).toThrow("write failed");
    expect(lockService.getDocumentLock().hasLock()).toBe(false);
  });

  it("keeps a lock this run already holds", () => {
    const { lockService } = createLocks();
    lockService.getDocumentLock().tryLock(0);
    withDocumentLock(() => undefined, lockService, 0);
    expect(lockService.getDocumentLock().hasLock()).toBe(true);
  });

  it("refuses with BUSY while another execution holds the lock", () => {
    const { lockService, holdByAnother } = createLocks();
    const release = holdByAnother();
    let written = false;
    const attempt = () =>
      withDocumentLock(
        () => {
          written = true;
        },
        lockService,
        0,
      );
    const error = errorThrownBy(attempt);
    expect(error).toBeInstanceOf(PipelineError);
    expect(error).toMatchObject({ code: "BUSY", message: BUSY_MESSAGE });
    expect(written).toBe(false);
    release();
    attempt();
    expect(written).toBe(true);
  });
});
