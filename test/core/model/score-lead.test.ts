import { groupByLead } from "../../../src/core/model/group-by-lead";
import { DEFAULT_MODEL } from "../../../src/core/model/model-options";
import { resolveActivityPoints } from "../../../src/core/model/resolve-activity-points";
import { resolveStageBounds } from "../../../src/core/model/resolve-stage-bounds";
import { scoreLead } from "../../../src/core/model/score-lead";
import { scoreLeads } from "../../../src/core/model/score-leads";
import type { Activity, Lead, StageChange } from "../../../src/core/types";
import { AS_OF, makeActivity, makeChange, makeLead, makePipeline, STAGES } from "./fixtures";

/** A small deterministic pseudo-random sequence (Park–Miller), so the pipeline is the same every run. */
function makeRandom(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 48_271) % 2_147_483_647;
    return state % below;
  };
}

const STAGE_NAMES = ["Lead", "Qualified", "Proposal", "Negotiation", "Closed Won", "Closed Lost", "Foo"];
const TYPES = ["Meeting", "Call", "Email", "Demo", "Lunch"];

function makeRandomPipeline() {
  const random = makeRandom(42);
  const leads: Lead[] = [];
  const activities: Activity[] = [];
  const history: StageChange[] = [];
  for (let index = 0; index < 300; index += 1) {
    const id = `L${index}`;
    leads.push(
      makeLead(id, STAGE_NAMES[random(7)] as string, {
        created: random(4) === 0 ? null : AS_OF - random(200),
        confidenceOverride: random(10) === 0 ? 0.45 : null,
        initialConfidence: random(3) === 0 ? 0.25 : null,
      }),
    );
  }
  for (let index = 0; index < 3000; index += 1) {
    const completed = [true, false, null][random(3)] as boolean | null;
    const day = random(20) === 0 ? null : AS_OF - 150 + random(170);
    activities.push(makeActivity(`L${random(320)}`, TYPES[random(5)] as string, day, completed));
  }
  for (let index = 0; index < 600; index += 1) {
    history.push(makeChange(`L${random(320)}`, STAGE_NAMES[random(4)] as string, AS_OF - random(250) + 10)); // some after AS_OF
  }
  return makePipeline({ leads, activities, stageHistory: history });
}

describe("scoreLead", () => {
  it("scores each lead as scoreLeads does, from the lead's own rows", () => {
    const pipeline = makeRandomPipeline();
    const context = {
      asOf: AS_OF,
      model: DEFAULT_MODEL,
      bounds: resolveStageBounds(STAGES).bounds,
      unusableStages: new Set<string>(),
      pointsOf: resolveActivityPoints([]),
    };
    const activitiesByLead = groupByLead(pipeline.activities);
    const historyByLead = groupByLead(pipeline.stageHistory);
    const oneByOne = pipeline.leads.map((lead) =>
      scoreLead(lead, activitiesByLead.get(lead.id) ?? [], historyByLead.get(lead.id) ?? [], context),
    );
    const { scores } = scoreLeads(pipeline, AS_OF);
    expect(scores).toEqual(oneByOne);
    // The comparison is only worth something if every rule fired somewhere.
    const sources = new Set(scores.map((score) => score.source));
    expect([...sources].sort()).toEqual(["initial", "lost", "model", "override", "unscored", "won"]);
    expect(scores.some((score) => score.explanation.includes("capped at"))).toBe(true);
    expect(scores.some((score) => score.stale) && scores.some((score) => !score.stale)).toBe(true);
  });
});

describe("groupByLead", () => {
  it("groups rows by Lead ID in row order", () => {
    const rows = [makeActivity("A", "Call", 1), makeActivity("B", "Call", 2), makeActivity("A", "Email", 3)];
    const groups = groupByLead(rows);
    expect(groups.get("A")?.map((row) => row.day)).toEqual([1, 3]);
    expect(groups.get("B")).toHaveLength(1);
  });
});
