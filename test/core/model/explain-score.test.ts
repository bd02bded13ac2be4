import { explainScore, type ScoreExplanationInput } from "../../../src/core/model/explain-score";
import { formatPercent, formatPoints } from "../../../src/core/model/format-percent";
import { labelPoints } from "../../../src/core/model/label-points";
import { pluralizeType } from "../../../src/core/model/pluralize-type";
import { NO_ACTIVITY } from "../../../src/core/model/total-activity-points";
import { makeStage } from "./fixtures";

const PROPOSAL = { stage: makeStage("Proposal", 0.5, 0), base: 0.5, cap: 0.6 };
const TWO_MEETINGS_ONE_CALL = {
  points: 13, // 2 × 5 + 1 × 3
  countedActivities: 3,
  tallies: [
    { typeKey: "meeting", count: 2, points: 10, capped: false },
    { typeKey: "call", count: 1, points: 3, capped: false },
  ],
};

function explain(input: Partial<ScoreExplanationInput>): string {
  return explainScore({
    source: "model",
    stageName: "Proposal",
    stageUnusable: false,
    confidence: null,
    modelConfidence: null,
    bounds: { ...PROPOSAL, cap: 0.95 },
    activity: NO_ACTIVITY,
    hasStageEntry: true,
    activityWindowDays: 90,
    ...input,
  });
}

describe("explainScore", () => {
  it("adds the activities to the stage's base", () => {
    // 50 % + 13 pts = 63 %
    expect(explain({ activity: TWO_MEETINGS_ONE_CALL, confidence: 0.63 })).toBe(
      "Proposal 50% + 2 meetings, 1 call (+13 pts) = 63%",
    );
  });

  it("says when the stage cap cut the sum", () => {
    const activity = {
      points: 17, // 2 × 5 + 1 × 3 + 4 × 1
      countedActivities: 7,
      tallies: [...TWO_MEETINGS_ONE_CALL.tallies, { typeKey: "email", count: 4, points: 4, capped: false }],
    };
    // 50 % + 17 pts = 67 % > cap 60 %
    expect(explain({ bounds: PROPOSAL, activity, confidence: 0.6 })).toBe(
      "Proposal 50% + 2 meetings, 1 call, 4 emails (+17 pts, capped at 60%) = 60%",
    );
  });

  it("does not call a sum equal to the cap capped", () => {
    const activity = {
      points: 10, // 2 × 5
      countedActivities: 2,
      tallies: [{ typeKey: "meeting", count: 2, points: 10, capped: false }],
    };
    // 50 % + 10 pts = 60 % = cap
    expect(explain({ bounds: PROPOSAL, activity, confidence: 0.6 })).toBe(
      "Proposal 50% + 2 meetings (+10 pts) = 60%",
    );
  });

  it("says when a type hit its Max Per Stage", () => {
    const activity = {
      points: 3,
      countedActivities: 4,
      tallies: [{ typeKey: "email", count: 4, points: 3, capped: true }],
    };
    expect(explain({ activity, confidence: 0.53 })).toBe(
      "Proposal 50% + 4 emails (max 3 pts) (+3 pts) = 53%",
    );
  });

  it("says pt for a single point, in the sum and in a type's max", () => {
    const activity = {
      points: 1, // 1 email × 1 pt, its Max Per Stage reached
      countedActivities: 1,
      tallies: [{ typeKey: "email", count: 1, points: 1, capped: true }],
    };
    // 50 % + 1 pt = 51 %, worked by hand
    expect(explain({ activity, confidence: 0.51 })).toBe("Proposal 50% + 1 email (max 1 pt) (+1 pt) = 51%");
  });

  it("says there was no activity in the stage, or in the window", () => {
    expect(explain({ confidence: 0.5 })).toBe("Proposal 50%, no activity in stage = 50%");
    expect(explain({ confidence: 0.5, hasStageEntry: false })).toBe(
      "Proposal 50%, no activity in 90 days = 50%",
    );
  });

  it("explains the other sources", () => {
    expect(explain({ source: "won", confidence: 1 })).toBe("Won");
    expect(explain({ source: "lost", confidence: 0 })).toBe("Lost");
    expect(explain({ source: "override", confidence: 0.8, modelConfidence: 0.63 })).toBe(
      "Override 80% (model says 63%)",
    );
    expect(explain({ source: "override", confidence: 0.8, bounds: null })).toBe("Override 80%");
    expect(explain({ source: "initial", confidence: 0.3 })).toBe("Initial 30% (not yet worked)");
    expect(explain({ source: "unscored", stageName: "Foo", bounds: null })).toBe('Unknown stage "Foo"');
    expect(explain({ source: "unscored", stageName: "Qualified", bounds: null, stageUnusable: true })).toBe(
      'Stage "Qualified" has no usable Confidence on the Stages tab',
    );
  });
});

describe("formatPercent", () => {
  it("rounds to a whole percent, or one decimal when needed", () => {
    expect(formatPercent(0.63)).toBe("63%");
    expect(formatPercent(0.625)).toBe("62.5%");
    expect(formatPercent(19 / 30)).toBe("63.3%"); // 63.333… → 63.3
    expect(formatPercent(0.6300001)).toBe("63%");
    expect(formatPercent(0.4 + 0.2)).toBe("60%"); // 0.6000000000000001
  });

  it("writes points the same way", () => {
    expect(formatPoints(2.5)).toBe("2.5");
    expect(formatPoints(13)).toBe("13");
  });
});

describe("labelPoints", () => {
  it("is singular only for one point as shown", () => {
    expect(labelPoints(1)).toBe("1 pt");
    expect(labelPoints(1.04)).toBe("1 pt"); // shown as 1
    expect(labelPoints(-1)).toBe("-1 pt");
    expect(labelPoints(0)).toBe("0 pts");
    expect(labelPoints(0.5)).toBe("0.5 pts");
    expect(labelPoints(1.5)).toBe("1.5 pts");
    expect(labelPoints(13)).toBe("13 pts");
  });
});

describe("pluralizeType", () => {
  it("pluralises English nouns", () => {
    expect(pluralizeType("call", 1)).toBe("1 call");
    expect(pluralizeType("meeting", 2)).toBe("2 meetings");
    expect(pluralizeType("box", 2)).toBe("2 boxes");
    expect(pluralizeType("reply", 3)).toBe("3 replies");
    expect(pluralizeType("survey", 2)).toBe("2 surveys");
    expect(pluralizeType("linkedin message", 2)).toBe("2 linkedin messages");
  });
});
