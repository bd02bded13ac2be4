import { resolveStageBounds } from "../../../src/core/model/resolve-stage-bounds";
import { makeStage, STAGES } from "./fixtures";

describe("resolveStageBounds", () => {
  it("caps an open stage at the next open stage's confidence", () => {
    const { bounds, issues } = resolveStageBounds(STAGES);
    expect(bounds.get("lead")).toMatchObject({ base: 0.1, cap: 0.2 }); // next open: Qualified 20 %
    expect(bounds.get("qualified")).toMatchObject({ base: 0.2, cap: 0.5 }); // next open: Proposal 50 %
    expect(issues).toEqual([]);
  });

  it("prefers Max Confidence over the next stage", () => {
    const { bounds } = resolveStageBounds(STAGES);
    expect(bounds.get("proposal")).toMatchObject({ base: 0.5, cap: 0.6 }); // Max Confidence 60 %, not 70 %
  });

  it("caps the last open stage at 95 %, or its base when that is higher", () => {
    expect(resolveStageBounds(STAGES).bounds.get("negotiation")).toMatchObject({ base: 0.7, cap: 0.95 });
    const high = [makeStage("Contract", 0.97, 0)];
    const { bounds, issues } = resolveStageBounds(high);
    expect(bounds.get("contract")).toMatchObject({ base: 0.97, cap: 0.97 });
    expect(issues).toEqual([]); // the default cap is ours, not the user's mistake
  });

  it("leaves an open stage without a usable confidence unbounded and passes over it", () => {
    // Qualified's Confidence was bad (null): Lead is capped by Proposal's 50 %, not by a 0 %
    const stages = [
      makeStage("Lead", 0.1, 0),
      { ...makeStage("Qualified", 0, 1), confidence: null },
      makeStage("Proposal", 0.5, 2),
    ];
    const { bounds, unusable, issues } = resolveStageBounds(stages);
    expect(bounds.get("lead")).toMatchObject({ base: 0.1, cap: 0.5 });
    expect(bounds.has("qualified")).toBe(false);
    expect([...unusable]).toEqual(["qualified"]);
    expect(issues).toEqual([]);
  });

  it("takes the last open stage's cap from the options", () => {
    const { bounds } = resolveStageBounds(STAGES, { lastOpenStageCap: 0.9 });
    expect(bounds.get("negotiation")?.cap).toBe(0.9);
  });

  it("gives won stages 100 % and lost stages 0 %, whatever their Confidence", () => {
    const stages = [
      makeStage("Signed", 0.9, 0, { type: "won" }),
      makeStage("Dead", 0.2, 1, { type: "lost" }),
    ];
    const { bounds } = resolveStageBounds(stages);
    expect(bounds.get("signed")).toMatchObject({ base: 1, cap: 1 });
    expect(bounds.get("dead")).toMatchObject({ base: 0, cap: 0 });
  });

  it("follows Order, skipping closed stages, to find the next open stage", () => {
    // Given out of order: Lost (order 1) sits between Demo (0) and Trial (2).
    const stages = [
      makeStage("Trial", 0.4, 2),
      makeStage("Demo", 0.3, 0),
      makeStage("Lost", 0, 1, { type: "lost" }),
    ];
    expect(resolveStageBounds(stages).bounds.get("demo")?.cap).toBe(0.4);
  });

  it("reports confidences that go down and caps at the base", () => {
    const stages = [makeStage("Proposal", 0.5, 0), makeStage("Negotiation", 0.4, 1)];
    const rows = new Map([
      ["proposal", 3],
      ["negotiation", 4],
    ]);
    const { bounds, issues } = resolveStageBounds(stages, { rowOf: (stage) => rows.get(stage.key) ?? 0 });
    expect(bounds.get("proposal")).toMatchObject({ base: 0.5, cap: 0.5 });
    expect(issues).toEqual([
      {
        tab: "Stages",
        row: 4,
        column: "Confidence",
        message: "confidences go down: Negotiation 40% after Proposal 50%; capping Proposal at 50%",
      },
    ]);
  });

  it("reports a Max Confidence below the Confidence and caps at the base", () => {
    const { bounds, issues } = resolveStageBounds([makeStage("Demo", 0.5, 0, { maxConfidence: 0.3 })]);
    expect(bounds.get("demo")).toMatchObject({ base: 0.5, cap: 0.5 });
    expect(issues).toEqual([
      {
        tab: "Stages",
        row: 0, // no rowOf given
        column: "Max Confidence",
        message: "Max Confidence 30% of Demo is below its Confidence 50%; capping at 50%",
      },
    ]);
  });

  it("names the stages tab it is given in its issues", () => {
    const stages = [makeStage("Demo", 0.5, 0, { maxConfidence: 0.3 })];
    const { issues } = resolveStageBounds(stages, { stagesTab: "Pipeline Stages" });
    expect(issues.map((issue) => issue.tab)).toEqual(["Pipeline Stages"]);
  });

  it("keeps the first stage of a repeated key", () => {
    const stages = [makeStage("Demo", 0.3, 0), makeStage("demo", 0.6, 1)];
    expect(resolveStageBounds(stages).bounds.get("demo")?.base).toBe(0.3);
  });
});
