import { dayFromParts } from "../../../src/core/day/day-from-parts";
import type { Day, Lead, LeadScore, Pipeline, Stage, StageChange, Status } from "../../../src/core/types";

/** A Day from "YYYY-MM-DD" text, for readable fixtures. */
export function day(text: string): Day {
  const [year, month, dayOfMonth] = text.split("-").map(Number);
  return dayFromParts(year ?? 0, month ?? 0, dayOfMonth ?? 0);
}

export function makeStage(name: string, confidence: number, type: Status, order: number): Stage {
  return { name, key: name.trim().toLowerCase(), confidence, type, maxConfidence: null, order };
}

/** Lead → Qualified → Proposal → Negotiation are open; Won and Lost close. */
export const STAGES: Stage[] = [
  makeStage("Lead", 0.1, "open", 1),
  makeStage("Qualified", 0.3, "open", 2),
  makeStage("Proposal", 0.5, "open", 3),
  makeStage("Negotiation", 0.7, "open", 4),
  makeStage("Won", 1, "won", 5),
  makeStage("Lost", 0, "lost", 6),
];

let nextRow = 2;

/** A lead with everything optional except its id, stage and status. */
export function makeLead(
  fields: Partial<Omit<Lead, "created" | "expectedClose" | "closed">> & {
    id: string;
    stage: string;
    status: Status;
    created?: string | null;
    expectedClose?: string | null;
    closed?: string | null;
  },
): Lead {
  const toDay = (text: string | null | undefined): Day | null =>
    text === null || text === undefined ? null : day(text);
  return {
    row: nextRow++,
    name: `Deal ${fields.id}`,
    company: "",
    owner: "",
    value: null,
    confidenceOverride: null,
    initialConfidence: null,
    ...fields,
    stageKey: fields.stage.trim().toLowerCase(),
    created: toDay(fields.created),
    expectedClose: toDay(fields.expectedClose),
    closed: toDay(fields.closed),
  };
}

export function makeChange(leadId: string, stage: string, date: string): StageChange {
  return { leadId, stage, stageKey: stage.trim().toLowerCase(), day: day(date), fromStage: null };
}

export function makePipeline(
  leads: Lead[],
  stageHistory: StageChange[] | null,
  stages: Stage[] = STAGES,
): Pipeline {
  return {
    leads,
    stages,
    activities: [],
    activityTypes: [],
    stageHistory: stageHistory ?? [],
    hasStageHistory: stageHistory !== null,
    confidenceHistory: [],
    issues: [],
  };
}

export function makeScore(
  lead: Lead,
  confidence: number | null,
  activity: { lastActivity?: string; daysSinceActivity?: number; stale?: boolean } = {},
): LeadScore {
  return {
    id: lead.id,
    stage: lead.stage,
    status: lead.status,
    confidence,
    source: confidence === null ? "unscored" : "model",
    activityPoints: 0,
    modelConfidence: confidence,
    lastActivity: activity.lastActivity === undefined ? null : day(activity.lastActivity),
    daysSinceActivity: activity.daysSinceActivity ?? null,
    stale: activity.stale ?? false,
    explanation: `${lead.stage} ${confidence === null ? "unscored" : `${Math.round(confidence * 100)}%`}`,
  };
}

/** Fails with the path of the first NaN, ±Infinity or undefined anywhere inside a report. */
export function expectAllFinite(report: unknown, path = "report"): void {
  if (typeof report === "number") {
    if (!Number.isFinite(report)) throw new Error(`${path} is ${report}`);
    return;
  }
  if (report === undefined) throw new Error(`${path} is undefined`);
  if (report === null || typeof report !== "object") return;
  for (const [key, value] of Object.entries(report)) expectAllFinite(value, `${path}.${key}`);
}

/**
 * Ten leads covering every case (as-of 2026-05-15, so the default period is 2026-04-01 … 2026-06-30):
 *   L1  won   Won         40 000  Ana  closed 2026-04-20  history Lead → Proposal (skips Qualified) → Negotiation → Won
 *   L2  lost  Lost        10 000  Ben  closed 2026-03-10  history Lead → Qualified → Lost
 *   L3  lost  Lost         5 000  Ana  closed 2026-05-01  no history (unknown last open stage)
 *   L4  lost  Proposal    20 000  Ben  closed 2025-12-01  history Lead → Proposal (status lost on an open stage)
 *   L5  open  Negotiation 50 000  Ana  due 2026-06-10     history Lead → Qualified → Negotiation (skips Proposal)
 *   L6  open  Qualified   no value ana due 2026-05-20     history Lead → Qualified
 *   L7  open  Lead         8 000  Ben  no Expected Close  no history
 *   L8  open  Proposal    30 000  Cy   due 2026-09-15     history Qualified → Proposal (entered at Qualified)
 *   L9  won   Won         12 000  Cy   closed 2026-02-15  no Created, no history
 *   L10 open  Lead         3 000  Ben  due 2026-03-01 (before the period), no history
 */
export function buildSamplePipeline(options: { history: boolean } = { history: true }) {
  const leads = [
    makeLead({
      id: "L1",
      stage: "Won",
      status: "won",
      value: 40_000,
      owner: "Ana",
      created: "2026-01-10",
      closed: "2026-04-20",
    }),
    makeLead({
      id: "L2",
      stage: "Lost",
      status: "lost",
      value: 10_000,
      owner: "Ben",
      created: "2026-01-15",
      closed: "2026-03-10",
    }),
    makeLead({
      id: "L3",
      stage: "Lost",
      status: "lost",
      value: 5000,
      owner: "Ana",
      created: "2026-02-01",
      closed: "2026-05-01",
    }),
    makeLead({
      id: "L4",
      stage: "Proposal",
      status: "lost",
      value: 20_000,
      owner: "Ben",
      created: "2025-10-01",
      closed: "2025-12-01",
    }),
    makeLead({
      id: "L5",
      stage: "Negotiation",
      status: "open",
      value: 50_000,
      owner: "Ana",
      created: "2026-02-01",
      expectedClose: "2026-06-10",
    }),
    makeLead({
      id: "L6",
      stage: "Qualified",
      status: "open",
      value: null,
      owner: "ana",
      created: "2026-03-01",
      expectedClose: "2026-05-20",
    }),
    makeLead({ id: "L7", stage: "Lead", status: "open", value: 8000, owner: "Ben", created: "2026-04-01" }),
    makeLead({
      id: "L8",
      stage: "Proposal",
      status: "open",
      value: 30_000,
      owner: "Cy",
      created: "2026-04-10",
      expectedClose: "2026-09-15",
    }),
    makeLead({ id: "L9", stage: "Won", status: "won", value: 12_000, owner: "Cy", closed: "2026-02-15" }),
    makeLead({
      id: "L10",
      stage: "Lead",
      status: "open",
      value: 3000,
      owner: "Ben",
      created: "2026-01-05",
      expectedClose: "2026-03-01",
    }),
  ];
  const history = [
    makeChange("L1", "Lead", "2026-01-10"),
    makeChange("L1", "Proposal", "2026-02-01"),
    makeChange("L1", "Negotiation", "2026-03-01"),
    makeChange("L1", "Won", "2026-04-20"),
    makeChange("L2", "Lead", "2026-01-15"),
    makeChange("L2", "Qualified", "2026-02-01"),
    makeChange("L2", "Lost", "2026-03-10"),
    makeChange("L4", "Lead", "2025-10-01"),
    makeChange("L4", "Proposal", "2025-11-01"),
    makeChange("L5", "Lead", "2026-02-01"),
    makeChange("L5", "Qualified", "2026-02-11"),
    makeChange("L5", "Negotiation", "2026-03-01"),
    makeChange("L6", "Lead", "2026-03-01"),
    makeChange("L6", "Qualified", "2026-03-21"),
    makeChange("L8", "Qualified", "2026-04-10"),
    makeChange("L8", "Proposal", "2026-04-30"),
  ];
  const pipeline = makePipeline(leads, options.history ? history : null);
  const lead = (id: string): Lead => leads.find((candidate) => candidate.id === id) as Lead;
  const scores = [
    makeScore(lead("L1"), 1),
    makeScore(lead("L2"), 0),
    makeScore(lead("L3"), 0),
    makeScore(lead("L4"), 0),
    makeScore(lead("L5"), 0.8, { lastActivity: "2026-05-05", daysSinceActivity: 10, stale: false }),
    makeScore(lead("L6"), 0.35, { lastActivity: "2026-03-25", daysSinceActivity: 51, stale: true }),
    makeScore(lead("L7"), 0.15),
    makeScore(lead("L8"), 0.55, { lastActivity: "2026-05-14", daysSinceActivity: 1, stale: false }),
    makeScore(lead("L9"), 1),
    makeScore(lead("L10"), 0.62, { stale: true }),
  ];
  return { pipeline, scores, lead, asOf: day("2026-05-15") };
}
