import { PipelineError } from "../../../src/core/pipeline-error";
import { parseReportRequest } from "../../../src/sheets/reports/report-request";
import { errorThrownBy } from "../report/report-fixtures";

function badArgumentMessage(input: unknown): string {
  const error = errorThrownBy(() => parseReportRequest(input));
  expect(error).toBeInstanceOf(PipelineError);
  expect(error).toMatchObject({ code: "BAD_ARGUMENT" });
  return (error as PipelineError).message;
}

describe("parseReportRequest", () => {
  it("accepts a full request", () => {
    const request = {
      kind: "forecast",
      asOf: "2024-01-15",
      period: "2024-Q1",
      target: 80000,
      owner: "Ana",
      write: true,
    };
    expect(parseReportRequest(request)).toEqual({ ...request, notes: [] });
  });

  it("reads a target given as text as an amount", () => {
    expect(parseReportRequest({ kind: "forecast", target: "$80,000" }).target).toBe(80000);
    expect(parseReportRequest({ kind: "forecast", target: "250000" }).target).toBe(250000);
  });

  it("leaves a blank or null target to the settings", () => {
    expect(parseReportRequest({ kind: "forecast", target: null }).target).toBeUndefined();
    expect(parseReportRequest({ kind: "forecast", target: " " }).target).toBeUndefined();
  });

  describe("bad input", () => {
    it("names the field of a bad kind", () => {
      expect(badArgumentMessage({ kind: "calibrate" })).toBe("kind must be funnel, forecast or hot");
      expect(badArgumentMessage({})).toBe("kind must be funnel, forecast or hot");
    });

    it("reads a target typed as text that is no amount as no target, with a note", () => {
      const parsed = parseReportRequest({ kind: "forecast", target: "lots" });
      expect(parsed.target).toBeNull();
      expect(parsed.notes).toEqual([
        'Target "lots" is not an amount: the forecast is shown without a target.',
      ]);
    });

    it("refuses a target that is not a number", () => {
      expect(badArgumentMessage({ kind: "forecast", target: true })).toBe("target must be a number");
      expect(badArgumentMessage({ kind: "forecast", target: -5 })).toBe("target must be 0 or more");
    });

    it("refuses a period or date that is not text of the right form", () => {
      expect(badArgumentMessage({ kind: "forecast", period: 2024 })).toContain("period");
      expect(badArgumentMessage({ kind: "funnel", asOf: "15/01/2024" })).toBe(
        "asOf must be a date YYYY-MM-DD",
      );
      expect(badArgumentMessage({ kind: "hot", write: "yes" })).toBe("write must be true or false");
    });

    it("refuses a date of the right form that no calendar has", () => {
      // February 2026 has 28 days; 2024 is a leap year, 2023 is not; no month 13.
      expect(badArgumentMessage({ kind: "funnel", createdFrom: "2026-02-31" })).toBe(
        "createdFrom must be a real date YYYY-MM-DD",
      );
      expect(badArgumentMessage({ kind: "funnel", createdTo: "2023-02-29" })).toBe(
        "createdTo must be a real date YYYY-MM-DD",
      );
      expect(badArgumentMessage({ kind: "hot", asOf: "2024-13-01" })).toBe(
        "asOf must be a real date YYYY-MM-DD",
      );
      expect(parseReportRequest({ kind: "funnel", createdFrom: "2024-02-29" }).createdFrom).toBe(
        "2024-02-29",
      );
    });

    it("refuses a request that is not an object", () => {
      expect(badArgumentMessage("funnel")).toContain("request must be an object");
      expect(badArgumentMessage(null)).toContain("request must be an object");
    });
  });
});
