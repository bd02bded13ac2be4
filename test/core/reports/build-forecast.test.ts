import { buildForecast } from "../../../src/core/reports/build-forecast";
import { parsePeriod } from "../../../src/core/reports/parse-period";
import {
  buildSamplePipeline,
  day,
  expectAllFinite,
  makeLead,
  makePipeline,
  makeScore,
} from "./report-fixture";

// As of 2026-05-15 the default period is Q2 2026 (2026-04-01 … 2026-06-30). In it:
//   won:  L1 40 000 (closed 04-20). L9 closed in February: outside.
//   open: L5 50 000 × 0.8 = 40 000 (due 06-10); L6 no value × 0.35 = 0 (due 05-20); L7 has no
//   Expected Close: undated open leads count (SPEC §3), 8 000 × 0.15 = 1 200, and are also
//   summed apart under `undated`.
//   outside: L8 (due September), L10 (due 03-01, before the period).
// Win rate, leads closed after 2025-05-15 up to 2026-05-15: won L1 40 000 + L9 12 000 = 52 000;
// lost L2 10 000 + L3 5 000 + L4 20 000 = 35 000 → 52 000 / 87 000.
const WIN_RATE = 52_000 / 87_000;

describe("buildForecast", () => {
  const { pipeline, scores, asOf } = buildSamplePipeline();

  it("sums won, open and weighted pipeline for the period", () => {
    const forecast = buildForecast(pipeline, scores, { asOf, target: 90_000 });
    expect(forecast.period).toEqual({ start: "2026-04-01", end: "2026-06-30" });
    expect(forecast.asOf).toBe("2026-05-15");
    expect(forecast.won).toBe(40_000);
    expect(forecast.openPipeline).toBe(58_000); // 50 000 + 8 000
    expect(forecast.weightedPipeline).toBe(41_200); // 40 000 + 1 200
    expect(forecast.expected).toBe(81_200);
    expect(forecast.undated).toEqual({ count: 1, leads: 1, value: 8000, weighted: 1200 });
  });

  it("derives gap, win rate, pipeline needed and coverages from the target", () => {
    const forecast = buildForecast(pipeline, scores, { asOf, target: 90_000 });
    expect(forecast.target).toBe(90_000);
    expect(forecast.gap).toBe(8_800); // 90 000 − 81 200
    expect(forecast.winRate).toBeCloseTo(WIN_RATE, 12);
    // Still to win: 90 000 − 40 000 = 50 000; ÷ (52/87) = 83 653.85.
    expect(forecast.pipelineNeeded).toBeCloseTo(50_000 / WIN_RATE, 6);
    expect(forecast.coverage).toBeCloseTo(1.16, 12); // 58 000 open ÷ 50 000 still to win
    expect(forecast.requiredCoverage).toBeCloseTo(87_000 / 52_000, 12);
  });

  it("reads percentiles and the target's probability off the outcome distribution", () => {
    // R = 40 000 + 50 000 · B(0.8) + 8 000 · B(0.15) (L6 adds no value):
    //   40 000: 0.2 × 0.85 = 0.17; 48 000: 0.2 × 0.15 = 0.03; 90 000: 0.8 × 0.85 = 0.68; 98 000: 0.8 × 0.15 = 0.12.
    // CDF 0.17, 0.20, 0.88, 1 → p10 = 40 000, p50 = 90 000, p90 = 98 000 (0.88 < 0.9). P(R ≥ 90 000) = 0.80.
    const forecast = buildForecast(pipeline, scores, { asOf, target: 90_000 });
    expect([forecast.p10, forecast.p50, forecast.p90]).toEqual([40_000, 90_000, 98_000]);
    expect(forecast.probabilityOfTarget).toBeCloseTo(0.8, 12);
    expect(buildForecast(pipeline, scores, { asOf, target: 100_000 }).probabilityOfTarget).toBe(0); // R ≤ 98 000
  });

  it("draws the distribution as revenue at P5 … P95 with the chance of at least that", () => {
    // Same R and CDF (0.17, 0.20, 0.88, 1): q ≤ 0.17 → 40 000 (P(R ≥ 40 000) = 1);
    // 0.17 < q ≤ 0.20 → 48 000 (P ≥ 0.83); 0.20 < q ≤ 0.88 → 90 000 (0.80); q > 0.88 → 98 000 (0.12).
    const { percentiles } = buildForecast(pipeline, scores, { asOf, target: 90_000 });
    const expected = Array.from({ length: 19 }, (_, step) => {
      const q = (step + 1) / 20;
      if (q <= 0.17) return [q, 40_000, 1];
      if (q <= 0.2) return [q, 48_000, 0.83];
      if (q <= 0.88) return [q, 90_000, 0.8];
      return [q, 98_000, 0.12];
    });
    expect(percentiles).toHaveLength(19);
    percentiles.forEach((point, index) => {
      const [q, revenue, chance] = expected[index] as number[];
      expect(point.percentile).toBeCloseTo(q as number, 12);
      expect(point.revenue).toBe(revenue);
      expect(point.chanceOfAtLeast).toBeCloseTo(chance as number, 12);
    });
  });

  it("breaks the period down by owner, stage and month", () => {
    const forecast = buildForecast(pipeline, scores, { asOf, target: 90_000 });
    // Ana and ana are one owner: L1 won 40 000, L5 and L6 open.
    expect(forecast.byOwner).toEqual([
      {
        owner: "Ana",
        count: 3,
        leads: 3,
        won: 40_000,
        openPipeline: 50_000,
        weightedPipeline: 40_000,
        expected: 80_000,
      },
      // Ben's undated L7: 8 000 × 0.15 = 1 200.
      {
        owner: "Ben",
        count: 1,
        leads: 1,
        won: 0,
        openPipeline: 8_000,
        weightedPipeline: 1_200,
        expected: 1_200,
      },
    ]);
    // In Stages-tab order: Lead (L7), Qualified (L6), Negotiation (L5), Won (L1).
    expect(forecast.byStage.map((group) => [group.stage, group.expected])).toEqual([
      ["Lead", 1_200],
      ["Qualified", 0],
      ["Negotiation", 40_000],
      ["Won", 40_000],
    ]);
    // Won by Closed month, open by Expected Close month, the undated L7 under "no date".
    expect(forecast.byMonth.map((group) => [group.month, group.won, group.weightedPipeline])).toEqual([
      ["2026-04", 40_000, 0],
      ["2026-05", 0, 0],
      ["2026-06", 0, 40_000],
      ["no date", 0, 1_200],
    ]);
  });

  it("explains what it left out", () => {
    const notes = buildForecast(pipeline, scores, { asOf, target: 90_000 }).notes.join("\n");
    expect(notes).toMatch(/1 lead open without an Expected Close: counted in this period, and shown apart/);
    expect(notes).toMatch(/1 lead open with an Expected Close before the period/); // L10
    expect(notes).toMatch(/1 lead in the forecast without a Value/); // L6
  });

  it("counts open leads due in the period but already past, and sums and names them apart", () => {
    // As of 2026-05-15, in Q2 2026: P1 20 000 due 04-10 and P2 15 000 due 05-14 are past; P3
    // 9 000 due 05-15 (the as-of day itself) and P4 6 000 due 06-01 are not; P5 3 000 due
    // 03-01 is before the period and not counted at all. Overdue: 2 leads, 20 000 + 15 000 =
    // 35 000; open pipeline 20 000 + 15 000 + 9 000 + 6 000 = 50 000 (worked by hand).
    const dues = { P1: "2026-04-10", P2: "2026-05-14", P3: "2026-05-15", P4: "2026-06-01", P5: "2026-03-01" };
    const values = { P1: 20_000, P2: 15_000, P3: 9000, P4: 6000, P5: 3000 };
    const leads = Object.entries(dues).map(([id, expectedClose]) =>
      makeLead({
        id,
        stage: "Proposal",
        status: "open",
        value: values[id as keyof typeof values],
        expectedClose,
      }),
    );
    const dueScores = leads.map((lead) => makeScore(lead, 0.5));
    const forecast = buildForecast(makePipeline(leads, []), dueScores, { asOf });
    expect(forecast.overdue).toEqual({ count: 2, value: 35_000 });
    expect(forecast.openPipeline).toBe(50_000);
    expect(forecast.notes).toContain(
      "2 open leads (35,000) have an Expected Close already past (before 2026-05-15): still counted in this period (update Expected Close to move them).",
    );
    expect(forecast.notes).toContain("1 lead open with an Expected Close before the period: not counted.");
  });

  it("has nothing overdue in the sample: its open leads are due after the as-of date or undated", () => {
    const forecast = buildForecast(pipeline, scores, { asOf });
    expect(forecast.overdue).toEqual({ count: 0, value: 0 });
    expect(forecast.notes.join(" ")).not.toMatch(/already past/);
  });

  it("accepts another period and an owner", () => {
    // Q1 2026 for Cy: L9 won 12 000 on 02-15; Cy's L8 is due in September.
    const forecast = buildForecast(pipeline, scores, {
      asOf,
      period: parsePeriod("2026-Q1") ?? undefined,
      owner: "cy",
    });
    expect(forecast.won).toBe(12_000);
    expect(forecast.openPipeline).toBe(0);
    // Cy's closed leads: L9 won 12 000 only → win rate 1.
    expect(forecast.winRate).toBe(1);
    expect(forecast.target).toBeNull();
    expect([forecast.gap, forecast.pipelineNeeded, forecast.coverage, forecast.probabilityOfTarget]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(forecast.requiredCoverage).toBe(1);
  });
});

describe("bad input", () => {
  const { pipeline, scores, asOf } = buildSamplePipeline();

  it("treats a target of 0 as already met", () => {
    const forecast = buildForecast(pipeline, scores, { asOf, target: 0 });
    expect(forecast.gap).toBe(0); // max(0, 0 − 81 200)
    expect(forecast.pipelineNeeded).toBe(0); // nothing left to win
    expect(forecast.coverage).toBeNull(); // open ÷ 0
    expect(forecast.probabilityOfTarget).toBe(1);
    expect(forecast.notes.join(" ")).toMatch(/already met/);
    expectAllFinite(forecast);
  });

  it("reports a period with no leads as zeros", () => {
    const forecast = buildForecast(pipeline, scores, {
      asOf,
      period: { start: day("2030-01-01"), end: day("2030-03-31") },
      target: 50_000,
    });
    // Only the undated L7 (8 000 × B(0.15)) counts: P(R = 0) = 0.85 → p10 = p50 = 0, p90 = 8 000.
    expect([forecast.won, forecast.openPipeline, forecast.p10, forecast.p50, forecast.p90]).toEqual([
      0, 8_000, 0, 0, 8_000,
    ]);
    expect(forecast.byOwner.map((group) => group.owner)).toEqual(["Ben"]);
    expect(forecast.probabilityOfTarget).toBe(0);
    expect(forecast.coverage).toBeCloseTo(0.16, 12); // 8 000 open ÷ 50 000 to win
    expect(forecast.notes.join(" ")).toMatch(
      /No won or open lead with a date falls in the period 2030-01-01 to 2030-03-31/,
    );
    expectAllFinite(forecast);
  });

  it("leaves pipeline needed and required coverage null when the win rate is 0", () => {
    // Only lost leads closed in the last year (10 000 + 5 000 + 20 000), one open lead of 50 000.
    const leads = pipeline.leads.filter((lead) => ["L2", "L3", "L4", "L5"].includes(lead.id));
    const forecast = buildForecast(makePipeline(leads, []), scores, { asOf, target: 100_000 });
    expect(forecast.winRate).toBe(0);
    expect(forecast.pipelineNeeded).toBeNull();
    expect(forecast.requiredCoverage).toBeNull();
    expect(forecast.coverage).toBe(0.5); // 50 000 ÷ 100 000
    expect(forecast.notes).toContain(
      "Win rate is 0: pipeline needed and required coverage cannot be computed.",
    );
    expectAllFinite(forecast);
  });

  it("leaves the win rate null when nothing closed in the last 365 days", () => {
    const leads = pipeline.leads.filter((lead) => lead.status === "open");
    const forecast = buildForecast(makePipeline(leads, []), scores, { asOf, target: 100_000 });
    expect([forecast.winRate, forecast.pipelineNeeded, forecast.requiredCoverage]).toEqual([
      null,
      null,
      null,
    ]);
    expect(forecast.notes.join(" ")).toMatch(/No lead closed in the 365 days/);
    expectAllFinite(forecast);
  });

  it("gives an empty forecast for an unknown owner", () => {
    const forecast = buildForecast(pipeline, scores, { asOf, owner: "Zed", target: 10 });
    expect([forecast.won, forecast.openPipeline, forecast.expected]).toEqual([0, 0, 0]);
    expect(forecast.notes[0]).toBe('No lead belongs to owner "Zed"; owners are: Ana, Ben, Cy.');
    expectAllFinite(forecast);
  });

  it("weights open leads without a score or confidence as 0", () => {
    const lead = makeLead({
      id: "X1",
      stage: "Nowhere",
      status: "open",
      value: 7000,
      expectedClose: "2026-05-01",
    });
    const forecast = buildForecast(makePipeline([lead], []), [makeScore(lead, null)], { asOf });
    expect(forecast.openPipeline).toBe(7000);
    expect(forecast.weightedPipeline).toBe(0);
    expect(forecast.p90).toBe(0);
    expect(forecast.notes.join(" ")).toMatch(/without a confidence/);
    expectAllFinite(forecast);
  });

  it("rejects a target that is not a number of 0 or more, and a reversed period", () => {
    expect(() => buildForecast(pipeline, scores, { asOf, target: Number.NaN })).toThrow(
      expect.objectContaining({ code: "BAD_ARGUMENT" }),
    );
    expect(() => buildForecast(pipeline, scores, { asOf, target: -1 })).toThrow(/0 or more/);
    expect(() =>
      buildForecast(pipeline, scores, { asOf, period: { start: day("2026-06-01"), end: day("2026-05-01") } }),
    ).toThrow(/ends before it starts/);
  });
});
