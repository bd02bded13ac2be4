import type { Activity, Lead, Pipeline, Stage, StageChange, Status } from "../../../src/core/types";

/** 2024-03-01: 54 × 365 + 13 leap days (1972…2020) + 31 + 29 = 19 783 days after 1970-01-01. */
export const AS_OF = 19_783;

export function makeStage(
  name: string,
  confidence: number,
  order: number,
  extra: Partial<Stage> = {},
): Stage {
  return {
    name,
    key: name.toLowerCase(),
    confidence,
    type: "open",
    maxConfidence: null,
    order,
    ...extra,
  };
}

/** Lead 10 %, Qualified 20 %, Proposal 50 % (max 60 %), Negotiation 70 %, Won, Lost. */
export const STAGES: readonly Stage[] = [
  makeStage("Lead", 0.1, 0),
  makeStage("Qualified", 0.2, 1),
  makeStage("Proposal", 0.5, 2, { maxConfidence: 0.6 }),
  makeStage("Negotiation", 0.7, 3),
  makeStage("Closed Won", 1, 4, { type: "won" }),
  makeStage("Closed Lost", 0, 5, { type: "lost" }),
];

export function makeLead(id: string, stage: string, extra: Partial<Lead> = {}): Lead {
  const status: Status = stage === "Closed Won" ? "won" : stage === "Closed Lost" ? "lost" : "open";
  return {
    id,
    row: 2,
    name: "",
    company: "",
    owner: "",
    stage,
    stageKey: stage.toLowerCase(),
    value: 1000,
    status,
    created: AS_OF - 200,
    expectedClose: null,
    closed: null,
    confidenceOverride: null,
    initialConfidence: null,
    ...extra,
  };
}

export function makeActivity(
  leadId: string,
  type: string,
  day: number | null,
  completed: boolean | null = true,
): Activity {
  return { leadId, type, typeKey: type.toLowerCase(), day, completed };
}

export function makeChange(leadId: string, stage: string, day: number): StageChange {
  return { leadId, stage, stageKey: stage.toLowerCase(), day, fromStage: null };
}

export function makePipeline(parts: Partial<Pipeline>): Pipeline {
  return {
    leads: [],
    stages: STAGES,
    activities: [],
    activityTypes: [],
    stageHistory: [],
    hasStageHistory: true,
    confidenceHistory: [],
    issues: [],
    ...parts,
  };
}
