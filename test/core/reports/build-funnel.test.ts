import { buildFunnel } from "../../../src/core/reports/build-funnel";
import { buildSamplePipeline, day, expectAllFinite } from "./report-fixture";

const pick = <K extends string>(stages: readonly Record<K, unknown>[], key: K) =>
  stages.map((stage) => stage[key]);

describe("buildFunnel", () => {
  const { pipeline } = buildSamplePipeline();
  const funnel = buildFunnel(pipeline, { asOf: day("2026-05-15") });

  it("counts the leads that reached each open stage, back-filling skipped ones", () => {
    // Furthest stage: Lead {L3, L7, L10}, Qualified {L2, L6}, Proposal {L4, L8},
    // Negotiation {L1, L5, L9}; reached(s) = leads whose furthest is s or later.
    expect(pick(funnel.stages, "stage")).toEqual(["Lead", "Qualified", "Proposal", "Negotiation"]);
    expect(pick(funnel.stages, "reached")).toEqual([10, 7, 5, 3]);
    // Negotiation: 40 000 + 50 000 + 12 000 = 102 000; Proposal adds 20 000 + 30 000 = 152 000;
    // Qualified adds 10 000 + 0 (L6 has no value) = 162 000; Lead adds 5 000 + 8 000 + 3 000 = 178 000.
    expect(pick(funnel.stages, "reachedValue")).toEqual([178_000, 162_000, 152_000, 102_000]);
  });

  it("counts advanced, lost and open per stage", () => {
    // advanced = reached(next); for Negotiation the won leads L1, L9.
    expect(pick(funnel.stages, "advanced")).toEqual([7, 5, 3, 2]);
    // Lost leads by last open stage: L3 → Lead, L2 → Qualified, L4 → Proposal.
    expect(pick(funnel.stages, "lost")).toEqual([1, 1, 1, 0]);
    // Open now: L7, L10 on Lead; L6 Qualified; L8 Proposal; L5 Negotiation.
    expect(pick(funnel.stages, "open")).toEqual([2, 1, 1, 1]);
  });

  it("computes conversions and win rates", () => {
    expect(pick(funnel.stages, "stepConversion")).toEqual([7 / 10, 5 / 7, 3 / 5, 2 / 3]);
    expect(pick(funnel.stages, "cumulativeConversion")).toEqual([1, 7 / 10, 5 / 10, 3 / 10]);
    // Won / (won + lost) among leads that reached s: Lead: won L1, L9, lost L2, L3, L4 → 2/5;
    // Qualified: lost L2, L4 → 2/4; Proposal: lost L4 → 2/3; Negotiation: none lost → 2/2.
    expect(pick(funnel.stages, "winRate")).toEqual([2 / 5, 2 / 4, 2 / 3, 1]);
  });

  it("takes the median days from entering a stage to the next history row", () => {
    // Lead: L1 22 (01-10→02-01), L2 17 (01-15→02-01), L4 31 (10-01→11-01), L5 10, L6 20 → median 20.
    // Qualified: L2 37 (02-01→03-10), L5 18 (02-11→03-01), L8 20 → 20. Proposal: L1 28. Negotiation: L1 50 (03-01→04-20).
    // L4's Proposal, L5's Negotiation and L6's Qualified rows have no later row and do not count.
    expect(pick(funnel.stages, "medianDaysInStage")).toEqual([20, 20, 28, 50]);
  });

  it("reports totals, the as-of date and the lost lead it could not place", () => {
    expect(funnel.totals).toEqual({ leads: 10, open: 5, won: 2, lost: 3 });
    expect(funnel.asOf).toBe("2026-05-15");
    expect(funnel.issues).toHaveLength(1); // L3: lost, no history
    expect(funnel.notes).toEqual([]);
  });

  it("filters by owner, case-insensitively", () => {
    // "ANA" matches Ana's L1, L3, L5 and ana's L6: furthest 3, 0, 3, 1.
    const owned = buildFunnel(pipeline, { owner: "ANA" });
    expect(pick(owned.stages, "reached")).toEqual([4, 3, 2, 2]);
    expect(pick(owned.stages, "advanced")).toEqual([3, 2, 2, 1]); // Negotiation → won: L1 only
    expect(owned.totals).toEqual({ leads: 4, open: 2, won: 1, lost: 1 });
    expect(owned.filters.owner).toBe("ANA");
  });

  it("filters by Created date and says which leads had none", () => {
    // Created on or after 2026-03-01: L6 (03-01), L7 (04-01), L8 (04-10); L9 has no Created date.
    const recent = buildFunnel(pipeline, { createdFrom: day("2026-03-01") });
    expect(recent.totals.leads).toBe(3);
    expect(pick(recent.stages, "reached")).toEqual([3, 2, 1, 0]);
    expect(recent.filters.createdFrom).toBe("2026-03-01");
    expect(recent.notes.join(" ")).toMatch(/1 lead without a Created date/);
  });
});

describe("bad input", () => {
  it("uses current stages only without a Stage History tab, and says so", () => {
    const funnel = buildFunnel(buildSamplePipeline({ history: false }).pipeline);
    // L2 (lost on "Lost", no history) now falls to Lead: furthest Lead {L2, L3, L7, L10},
    // Qualified {L6}, Proposal {L4, L8}, Negotiation {L1, L5, L9}.
    expect(pick(funnel.stages, "reached")).toEqual([10, 6, 5, 3]);
    expect(pick(funnel.stages, "lost")).toEqual([2, 0, 1, 0]);
    expect(pick(funnel.stages, "medianDaysInStage")).toEqual([null, null, null, null]);
    expect(funnel.notes.join(" ")).toMatch(/No Stage History tab/);
    expect(funnel.issues).toHaveLength(2);
    expect(funnel.asOf).toBeNull();
    expectAllFinite(funnel);
  });

  it("gives an empty funnel and names the owners when the owner matches nobody", () => {
    const funnel = buildFunnel(buildSamplePipeline().pipeline, { owner: "Zed" });
    expect(pick(funnel.stages, "reached")).toEqual([0, 0, 0, 0]);
    expect(pick(funnel.stages, "stepConversion")).toEqual([null, null, null, null]);
    expect(pick(funnel.stages, "winRate")).toEqual([null, null, null, null]);
    expect(funnel.totals).toEqual({ leads: 0, open: 0, won: 0, lost: 0 });
    expect(funnel.notes).toEqual(['No lead belongs to owner "Zed"; owners are: Ana, Ben, Cy.']);
    expectAllFinite(funnel);
  });

  it("has no stages when the Stages tab has no open stage", () => {
    const { pipeline } = buildSamplePipeline();
    const funnel = buildFunnel({
      ...pipeline,
      stages: pipeline.stages.filter((stage) => stage.type !== "open"),
    });
    expect(funnel.stages).toEqual([]);
    expect(funnel.notes.join(" ")).toMatch(/no open stage/);
    expectAllFinite(funnel);
  });
});
