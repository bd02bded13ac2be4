import { DEFAULT_MODEL, resolveModelOptions } from "../../../src/core/model/model-options";
import { scoreLeads } from "../../../src/core/model/score-leads";
import type { Activity, Lead, StageChange } from "../../../src/core/types";
import { AS_OF, makeActivity, makeChange, makeLead, makePipeline } from "./fixtures";

// STAGES: Lead 10 % (cap 20 %), Qualified 20 % (cap 50 %), Proposal 50 % (max 60 %),
// Negotiation 70 % (cap 95 %), Closed Won, Closed Lost. Points: meeting 5, call 3, email 1.

function scoreOne(lead: Lead, activities: Activity[] = [], history: StageChange[] = [], options = {}) {
  const { scores } = scoreLeads(
    makePipeline({ leads: [lead], activities, stageHistory: history }),
    AS_OF,
    options,
  );
  expect(scores).toHaveLength(1);
  return scores[0] as NonNullable<(typeof scores)[number]>;
}

const recentWork = (id: string) => [
  makeActivity(id, "Meeting", AS_OF - 3),
  makeActivity(id, "Meeting", AS_OF - 2),
  makeActivity(id, "Call", AS_OF - 1),
];

describe("scoreLeads", () => {
  it("scores won leads 100 % and lost leads 0 %, never stale", () => {
    const won = scoreOne(makeLead("W", "Closed Won"));
    expect(won).toMatchObject({ confidence: 1, source: "won", explanation: "Won", stale: false });
    const lost = scoreOne(makeLead("L", "Closed Lost"));
    expect(lost).toMatchObject({ confidence: 0, source: "lost", explanation: "Lost", stale: false });
  });

  it("lets a status of won beat an override", () => {
    expect(scoreOne(makeLead("W", "Proposal", { status: "won", confidenceOverride: 0.4 })).confidence).toBe(
      1,
    );
  });

  it("uses the override and still reports the model", () => {
    const score = scoreOne(makeLead("O", "Negotiation", { confidenceOverride: 0.8 }), recentWork("O"));
    expect(score.confidence).toBe(0.8);
    expect(score.source).toBe("override");
    expect(score.modelConfidence).toBeCloseTo(0.83, 12); // 70 % + 13 pts (2 × 5 + 3)
    expect(score.explanation).toBe("Override 80% (model says 83%)");
  });

  it("leaves an unknown stage unscored", () => {
    const score = scoreOne(makeLead("U", "Foo"), recentWork("U"));
    expect(score).toMatchObject({
      confidence: null,
      source: "unscored",
      modelConfidence: null,
      stage: "Foo",
    });
    expect(score.explanation).toBe('Unknown stage "Foo"');
  });

  it("adds counted points to the base, from the lead's entry into its stage", () => {
    const activities = [
      makeActivity("Q", "Meeting", AS_OF - 10),
      makeActivity("Q", "Call", AS_OF - 40), // before the entry on day −30: not counted
      makeActivity("Q", "Email", AS_OF - 5),
    ];
    const score = scoreOne(makeLead("Q", "qualified"), activities, [
      makeChange("Q", "Qualified", AS_OF - 30),
    ]);
    expect(score.confidence).toBeCloseTo(0.26, 12); // 20 % + 5 + 1 pts
    expect(score).toMatchObject({ source: "model", activityPoints: 6, stage: "Qualified" });
    expect(score.explanation).toBe("Qualified 20% + 1 meeting, 1 email (+6 pts) = 26%");
  });

  it("takes the lead's last entry into its current stage", () => {
    const history = [
      makeChange("Q", "Qualified", AS_OF - 60),
      makeChange("Q", "Lead", AS_OF - 50),
      makeChange("Q", "Qualified", AS_OF - 20),
    ];
    const activities = [makeActivity("Q", "Call", AS_OF - 30), makeActivity("Q", "Email", AS_OF - 20)];
    expect(scoreOne(makeLead("Q", "Qualified"), activities, history).activityPoints).toBe(1); // only the email
  });

  it("counts the last 90 days without a stage entry", () => {
    const activities = [makeActivity("N", "Call", AS_OF - 90), makeActivity("N", "Meeting", AS_OF - 91)];
    const score = scoreOne(makeLead("N", "Lead"), activities);
    expect(score.confidence).toBeCloseTo(0.13, 12); // 10 % + 3 pts; the meeting is 91 days old
    expect(scoreOne(makeLead("N", "Lead"), activities, [], { activityWindowDays: 30 }).activityPoints).toBe(
      0,
    );
  });

  it("caps the model at the stage's cap", () => {
    const meetings = [1, 2, 3].map((daysAgo) => makeActivity("C", "Meeting", AS_OF - daysAgo));
    const score = scoreOne(makeLead("C", "Lead"), meetings);
    expect(score.confidence).toBe(0.2); // min(10 % + 15 pts, 20 %)
    expect(score.explanation).toBe("Lead 10% + 3 meetings (+15 pts, capped at 20%) = 20%");
  });

  it("never goes below 0 %", () => {
    const pipeline = makePipeline({
      leads: [makeLead("Z", "Lead")],
      activities: [makeActivity("Z", "Complaint", AS_OF)],
      activityTypes: [{ name: "Complaint", key: "complaint", points: -20, maxPerStage: null }],
    });
    expect(scoreLeads(pipeline, AS_OF).scores[0]?.confidence).toBe(0); // max(0, 10 % − 20 pts)
  });

  it("uses Initial Confidence until the lead is worked or moves", () => {
    const lead = makeLead("I", "Proposal", { initialConfidence: 0.3, created: AS_OF - 10 });
    const fresh = scoreOne(lead, [], [makeChange("I", "Proposal", AS_OF - 10)]); // entry on Created: not a move
    expect(fresh).toMatchObject({
      confidence: 0.3,
      source: "initial",
      explanation: "Initial 30% (not yet worked)",
    });
    expect(fresh.modelConfidence).toBe(0.5);
    expect(scoreOne(lead, [], [makeChange("I", "Proposal", AS_OF - 9)]).source).toBe("model"); // moved
    expect(scoreOne(lead, [makeActivity("I", "Note", AS_OF - 1)]).confidence).toBeCloseTo(0.51, 12); // worked: 50 % + 1
    // A planned activity is no work.
    expect(scoreOne(lead, [makeActivity("I", "Call", AS_OF - 1, false)]).source).toBe("initial");
  });

  it("ignores Stage History rows dated after the as-of date", () => {
    // At AS_OF the lead had been in Proposal since day −40; the Proposal row on day +5 (a later
    // re-entry) had not happened: both meetings since −40 count, 50 % + 10 pts = 60 %.
    const history = [makeChange("P", "Proposal", AS_OF - 40), makeChange("P", "Proposal", AS_OF + 5)];
    const meetings = [makeActivity("P", "Meeting", AS_OF - 20), makeActivity("P", "Meeting", AS_OF - 10)];
    expect(scoreOne(makeLead("P", "Proposal"), meetings, history)).toMatchObject({
      confidence: 0.6,
      activityPoints: 10,
    });
    // A move after AS_OF does not end Initial Confidence at AS_OF.
    const fresh = makeLead("I", "Proposal", { initialConfidence: 0.25, created: AS_OF - 10 });
    expect(scoreOne(fresh, [], [makeChange("I", "Proposal", AS_OF + 3)])).toMatchObject({
      confidence: 0.25,
      source: "initial",
    });
  });

  it("flags open leads without completed activity for more than staleDays", () => {
    const call = (daysAgo: number, completed: boolean | null = true) => [
      makeActivity("S", "Call", AS_OF - daysAgo, completed),
    ];
    expect(scoreOne(makeLead("S", "Lead"), call(30))).toMatchObject({ stale: false, daysSinceActivity: 30 });
    expect(scoreOne(makeLead("S", "Lead"), call(31))).toMatchObject({
      stale: true,
      lastActivity: AS_OF - 31,
    });
    expect(scoreOne(makeLead("S", "Lead"), call(1, false))).toMatchObject({
      stale: true,
      lastActivity: null,
    });
    expect(scoreOne(makeLead("S", "Lead"))).toMatchObject({ stale: true, daysSinceActivity: null });
    // Never worked: quiet since Created, so a lead made 30 days ago is not stale yet, 31 is.
    expect(scoreOne(makeLead("S", "Lead", { created: AS_OF - 30 }))).toMatchObject({
      stale: false,
      daysSinceActivity: null,
    });
    expect(scoreOne(makeLead("S", "Lead", { created: AS_OF - 31 })).stale).toBe(true);
    expect(scoreOne(makeLead("S", "Lead"), call(31), [], { staleDays: 45 }).stale).toBe(false);
    // Activity in an earlier stage still counts for staleness (not for points).
    const moved = scoreOne(makeLead("S", "Qualified"), call(5), [makeChange("S", "Qualified", AS_OF - 1)]);
    expect(moved).toMatchObject({ stale: false, activityPoints: 0 });
  });

  it("returns one score per lead in lead order, ignoring other leads' rows", () => {
    const leads = [makeLead("B", "Lead"), makeLead("A", "Closed Won"), makeLead("C", "Foo")];
    const activities = [
      makeActivity("A", "Call", AS_OF),
      makeActivity("ghost", "Call", AS_OF),
      ...recentWork("B"),
    ];
    const { scores } = scoreLeads(makePipeline({ leads, activities }), AS_OF);
    expect(scores.map((score) => score.id)).toEqual(["B", "A", "C"]);
    expect(scores[0]?.activityPoints).toBe(13); // B's own work only: 5 + 5 + 3
  });

  it("passes on Stages issues with their rows", () => {
    const { issues } = scoreLeads(
      makePipeline({
        stages: [{ name: "Demo", key: "demo", confidence: 0.5, type: "open", maxConfidence: 0.4, order: 0 }],
      }),
      AS_OF,
      { rowOf: () => 2 },
    );
    expect(issues).toEqual([expect.objectContaining({ tab: "Stages", row: 2, column: "Max Confidence" })]);
  });
});

describe("resolveModelOptions", () => {
  it("fills what is not given from DEFAULT_MODEL", () => {
    expect(DEFAULT_MODEL).toMatchObject({ activityWindowDays: 90, staleDays: 30, hotThreshold: 0.6 });
    expect(resolveModelOptions({ staleDays: 14 })).toEqual({ ...DEFAULT_MODEL, staleDays: 14 });
    expect(resolveModelOptions()).toBe(DEFAULT_MODEL);
  });
});
