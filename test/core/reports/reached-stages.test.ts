import { reachedStages } from "../../../src/core/reports/reached-stages";
import { buildSamplePipeline, makeChange, makeLead, makePipeline } from "./report-fixture";

// Open stage indexes: Lead 0, Qualified 1, Proposal 2, Negotiation 3.
describe("reachedStages", () => {
  it("follows the Reached rule on the sample pipeline", () => {
    const { pipeline } = buildSamplePipeline();
    const reached = reachedStages(pipeline);
    // Won → every stage (3); L2 lost on "Lost", latest open history row Qualified → 1; L3 lost,
    // no history → first stage 0; L4 lost on Proposal → 2; open leads at their stage; L8's
    // history (Qualified, Proposal) agrees with its stage → 2.
    expect(Object.fromEntries(reached.furthest)).toEqual({
      L1: 3,
      L2: 1,
      L3: 0,
      L4: 2,
      L5: 3,
      L6: 1,
      L7: 0,
      L8: 2,
      L9: 3,
      L10: 0,
    });
    expect(reached.lastOpenStage.get("L2")).toBe(1);
    expect(reached.lastOpenStage.get("L4")).toBe(2);
    expect(reached.usedHistory).toBe(true);
    expect(reached.issues).toEqual([
      expect.objectContaining({ tab: "Leads", row: pipeline.leads[2]?.row, column: "Stage" }),
    ]);
  });

  it("counts a stage seen in history even when the lead went back", () => {
    // Reached Negotiation, fell back to Qualified, then lost: furthest 3, last open stage 1.
    const lead = makeLead({ id: "B1", stage: "Lost", status: "lost" });
    const history = [
      makeChange("B1", "Lead", "2026-01-01"),
      makeChange("B1", "Negotiation", "2026-02-01"),
      makeChange("B1", "Qualified", "2026-03-01"),
      makeChange("B1", "Lost", "2026-04-01"),
    ];
    const reached = reachedStages(makePipeline([lead], history));
    expect(reached.furthest.get("B1")).toBe(3);
    expect(reached.lastOpenStage.get("B1")).toBe(1);
    expect(reached.issues).toEqual([]);
  });

  it("takes the later row when two history rows share a day", () => {
    const lead = makeLead({ id: "T1", stage: "Lost", status: "lost" });
    const history = [makeChange("T1", "Proposal", "2026-01-01"), makeChange("T1", "Qualified", "2026-01-01")];
    expect(reachedStages(makePipeline([lead], history)).lastOpenStage.get("T1")).toBe(1);
  });
});

describe("bad input", () => {
  it("sends lost leads without history to the first open stage, with one issue each", () => {
    const { pipeline } = buildSamplePipeline({ history: false });
    const reached = reachedStages(pipeline);
    expect(reached.usedHistory).toBe(false);
    expect(reached.lastOpenStage.get("L2")).toBe(0);
    expect(reached.issues.map((issue) => issue.row)).toEqual([
      pipeline.leads[1]?.row,
      pipeline.leads[2]?.row,
    ]);
  });

  it("treats an open lead on an unknown stage like a lead with no known stage", () => {
    const lead = makeLead({ id: "U1", stage: "Mystery", status: "open" });
    const reached = reachedStages(makePipeline([lead], []));
    expect(reached.furthest.get("U1")).toBe(0);
    expect(reached.issues).toHaveLength(1);
  });

  it("returns nothing when there are no open stages", () => {
    const lead = makeLead({ id: "N1", stage: "Won", status: "won" });
    const reached = reachedStages(makePipeline([lead], [], []));
    expect(reached.furthest.size).toBe(0);
    expect(reached.issues).toEqual([]);
  });

  it("ignores history rows of unknown leads and stages", () => {
    const lead = makeLead({ id: "K1", stage: "Lead", status: "open" });
    const history = [
      makeChange("ghost", "Negotiation", "2026-01-01"),
      makeChange("K1", "Nowhere", "2026-01-02"),
    ];
    expect(reachedStages(makePipeline([lead], history)).furthest.get("K1")).toBe(0);
  });
});
