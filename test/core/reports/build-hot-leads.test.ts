import { scoreLeads } from "../../../src/core/model/score-leads";
import { buildHotLeads } from "../../../src/core/reports/build-hot-leads";
import { buildSamplePipeline, expectAllFinite, makeLead, makePipeline, makeScore } from "./report-fixture";

describe("buildHotLeads", () => {
  const { pipeline, scores, asOf } = buildSamplePipeline();

  it("lists open leads at or above 60 % by weighted value", () => {
    // Open with confidence ≥ 0.6: L5 (50 000 × 0.8 = 40 000) and L10 (3 000 × 0.62 = 1 860).
    const report = buildHotLeads(pipeline, scores, { asOf });
    expect(report.threshold).toBe(0.6);
    expect(report.asOf).toBe("2026-05-15");
    expect(report.leads.map((lead) => [lead.id, lead.weighted])).toEqual([
      ["L5", 40_000],
      ["L10", 3000 * 0.62],
    ]);
    expect(report.leads[0]).toMatchObject({
      owner: "Ana",
      stage: "Negotiation",
      value: 50_000,
      confidence: 0.8,
      lastActivity: "2026-05-05",
      daysSinceActivity: 10,
      stale: false,
      explanation: "Negotiation 80%",
    });
  });

  it("puts leads without value last at a lower threshold", () => {
    // ≥ 0.3: L5 40 000, L8 30 000 × 0.55 = 16 500, L10 1 860, then L6 (no value, 35 %).
    const report = buildHotLeads(pipeline, scores, { asOf, threshold: 0.3 });
    expect(report.leads.map((lead) => lead.id)).toEqual(["L5", "L8", "L10", "L6"]);
    expect(report.leads[3]?.weighted).toBeNull();
    expect(report.notes.join(" ")).toMatch(/1 hot leads have no Value/);
  });

  it("keeps one owner's leads, whatever the case, and says when the owner has none", () => {
    // ≥ 0.3 by owner: Ana has L5 and L6 (written "ana"); Cy has L8; Ben has L10.
    const ana = buildHotLeads(pipeline, scores, { asOf, threshold: 0.3, owner: " ANA " });
    expect(ana.leads.map((lead) => lead.id)).toEqual(["L5", "L6"]);
    const nobody = buildHotLeads(pipeline, scores, { asOf, threshold: 0.3, owner: "Dana" });
    expect(nobody.leads).toEqual([]);
    expect(nobody.notes[0]).toMatch(/^No lead belongs to owner "Dana"; owners are: Ana, Ben, Cy/);
  });

  it("breaks ties by confidence, then by id", () => {
    // B and A: 10 000 × 0.5 = 5 000 = 6 250 × 0.8 (C); C first by confidence, then A before B.
    const leads = [
      makeLead({ id: "B", stage: "Proposal", status: "open", value: 10_000 }),
      makeLead({ id: "A", stage: "Proposal", status: "open", value: 10_000 }),
      makeLead({ id: "C", stage: "Negotiation", status: "open", value: 6250 }),
    ];
    const scores = leads.map((lead) => makeScore(lead, lead.id === "C" ? 0.8 : 0.5));
    const report = buildHotLeads(makePipeline(leads, []), scores, { asOf, threshold: 0.5 });
    expect(report.leads.map((lead) => lead.id)).toEqual(["C", "A", "B"]);
  });

  it("takes the stale flag from the score, as the Leads tab shows it", () => {
    // Scored with staleDays 7: L5's last activity was 10 days ago (10 > 7) → stale; L10's score
    // says not stale. The report must not recompute either.
    const flagged = scores.map((score) =>
      score.id === "L5" ? { ...score, stale: true } : score.id === "L10" ? { ...score, stale: false } : score,
    );
    const report = buildHotLeads(pipeline, flagged, { asOf });
    expect(report.leads.map((lead) => [lead.id, lead.stale])).toEqual([
      ["L5", true],
      ["L10", false],
    ]);
  });

  it("does not call a never-worked lead stale until staleDays after it was created", () => {
    // No activity at all; staleDays 30. Created 2026-05-10 is 5 days before 2026-05-15 (5 ≤ 30):
    // not stale. Created 2026-03-16 is 60 days before (15 days to 2026-03-31, 30 in April, 15 in
    // May; 60 > 30): stale. Both are Negotiation 70 % ≥ 60 %, worked by hand.
    const leads = [
      makeLead({ id: "NEW", stage: "Negotiation", status: "open", value: 2000, created: "2026-05-10" }),
      makeLead({ id: "OLD", stage: "Negotiation", status: "open", value: 1000, created: "2026-03-16" }),
    ];
    const fresh = makePipeline(leads, []);
    const scored = scoreLeads(fresh, asOf, { staleDays: 30 }).scores;
    const report = buildHotLeads(fresh, scored, { asOf });
    expect(report.leads.map((lead) => [lead.id, lead.daysSinceActivity, lead.stale])).toEqual([
      ["NEW", null, false],
      ["OLD", null, true],
    ]);
    expect(report.leads.map((lead) => lead.stale)).toEqual(scored.map((score) => score.stale));
  });
});

describe("bad input", () => {
  const { pipeline, scores, asOf } = buildSamplePipeline();

  it("skips leads without a score or with no confidence, and closed leads", () => {
    // Won L1 and L9 score 1 but are not open; L5 has no score; L7's confidence is null.
    // Left: L8 30 000 × 0.55 = 16 500, L10 3 000 × 0.62 = 1 860, L6 no value.
    const withoutL5 = scores.filter((score) => score.id !== "L5");
    const unscored = withoutL5.map((score) => (score.id === "L7" ? { ...score, confidence: null } : score));
    const report = buildHotLeads(pipeline, unscored, { asOf, threshold: 0 });
    expect(report.leads.map((lead) => lead.id)).toEqual(["L8", "L10", "L6"]);
    expectAllFinite(report);
  });

  it("says so when no lead is hot", () => {
    const report = buildHotLeads(pipeline, scores, { asOf, threshold: 0.95 });
    expect(report.leads).toEqual([]);
    expect(report.notes).toEqual(["No open lead has a confidence of 95% or more."]);
    expectAllFinite(report);
  });
});
