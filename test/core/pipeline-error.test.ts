import { PipelineError } from "../../src/core/pipeline-error";

describe("PipelineError", () => {
  it("carries a stable code beside its message", () => {
    const error = new PipelineError("MISSING_TAB", "No tab named 'Leads'");
    expect(error.code).toBe("MISSING_TAB");
    expect(error.message).toBe("No tab named 'Leads'");
    expect(error).toBeInstanceOf(Error);
  });
});
