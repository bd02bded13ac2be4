import type { TableKey, TableSpec } from "./table-spec";

const LEAD_ID = ["Lead ID", "ID", "Lead", "Deal ID", "Opportunity ID"] as const;
const AMOUNT = ["Value", "Amount", "Deal Value", "Deal Size", "Opportunity Value", "Deal Amount"] as const;

export type LeadField =
  | "leadId"
  | "stage"
  | "name"
  | "company"
  | "owner"
  | "value"
  | "status"
  | "created"
  | "expectedClose"
  | "closed"
  | "confidenceOverride"
  | "initialConfidence";
export type StageField = "stage" | "confidence" | "type" | "maxConfidence" | "order";
export type ActivityField = "leadId" | "type" | "date" | "completed";
export type ActivityTypeField = "type" | "points" | "maxPerStage";
export type StageHistoryField = "leadId" | "stage" | "date" | "fromStage";
export type ConfidenceHistoryField = "snapshotDate" | "leadId" | "confidence" | "stage" | "value" | "status";

// "Confidence" is deliberately not an alias of Confidence Override: Score leads writes its own
// Confidence column into Leads, and reading it back as an override would freeze every score.
const LEADS: TableSpec<LeadField> = {
  key: "leads",
  defaultTab: "Leads",
  required: ["leadId", "stage"],
  optional: [
    "name",
    "company",
    "owner",
    "value",
    "status",
    "created",
    "expectedClose",
    "closed",
    "confidenceOverride",
    "initialConfidence",
  ],
  aliases: {
    leadId: LEAD_ID,
    stage: ["Stage", "Pipeline Stage", "Deal Stage", "Lead Stage"],
    name: ["Name", "Lead Name", "Deal Name", "Opportunity Name", "Opportunity", "Deal"],
    company: ["Company", "Account", "Company Name", "Account Name", "Organization", "Organisation"],
    owner: ["Owner", "Rep", "Sales Rep", "Assigned To", "Salesperson", "Deal Owner", "Lead Owner"],
    value: AMOUNT,
    status: ["Status", "Deal Status", "Lead Status", "Outcome"],
    created: ["Created", "Created Date", "Created On", "Date Created", "Create Date"],
    expectedClose: ["Expected Close", "Expected Close Date", "Close Date", "Expected Closing Date"],
    closed: ["Closed", "Closed Date", "Closed On", "Date Closed", "Actual Close Date"],
    confidenceOverride: ["Confidence Override", "Override", "Manual Confidence"],
    initialConfidence: ["Initial Confidence", "Starting Confidence"],
  },
};

const STAGES: TableSpec<StageField> = {
  key: "stages",
  defaultTab: "Stages",
  required: ["stage", "confidence"],
  optional: ["type", "maxConfidence", "order"],
  aliases: {
    stage: ["Stage", "Stage Name", "Name", "Pipeline Stage"],
    confidence: ["Confidence", "Probability", "Win Probability", "Base Confidence"],
    type: ["Type", "Stage Type"],
    maxConfidence: ["Max Confidence", "Maximum Confidence", "Confidence Cap", "Cap"],
    order: ["Order", "Sort Order", "Position"],
  },
};

const ACTIVITIES: TableSpec<ActivityField> = {
  key: "activities",
  defaultTab: "Activities",
  required: ["leadId", "type"],
  optional: ["date", "completed"],
  aliases: {
    leadId: LEAD_ID,
    type: ["Type", "Activity Type", "Activity", "Kind"],
    date: ["Date", "Activity Date", "Date Completed", "Completed On"],
    completed: ["Completed", "Done", "Complete", "Is Completed"],
  },
};

const ACTIVITY_TYPES: TableSpec<ActivityTypeField> = {
  key: "activityTypes",
  defaultTab: "Activity Types",
  required: ["type", "points"],
  optional: ["maxPerStage"],
  aliases: {
    type: ["Type", "Activity Type", "Activity", "Name"],
    points: ["Points", "Pts", "Score"],
    maxPerStage: ["Max Per Stage", "Max Points Per Stage", "Max Points", "Cap"],
  },
};

const STAGE_HISTORY: TableSpec<StageHistoryField> = {
  key: "stageHistory",
  defaultTab: "Stage History",
  required: ["leadId", "stage", "date"],
  optional: ["fromStage"],
  aliases: {
    leadId: LEAD_ID,
    stage: ["Stage", "To Stage", "New Stage"],
    date: ["Date", "Changed On", "Date Entered", "Entered On", "Changed"],
    fromStage: ["From Stage", "Previous Stage", "Old Stage"],
  },
};

const CONFIDENCE_HISTORY: TableSpec<ConfidenceHistoryField> = {
  key: "confidenceHistory",
  defaultTab: "Confidence History",
  required: ["snapshotDate", "leadId", "confidence"],
  optional: ["stage", "value", "status"],
  aliases: {
    snapshotDate: ["Snapshot Date", "Date", "Snapshot"],
    leadId: LEAD_ID,
    confidence: ["Confidence", "Probability"],
    stage: ["Stage"],
    value: AMOUNT,
    status: ["Status"],
  },
};

/** Every input table of SPEC §1: its default tab, its required and optional fields, their headers. */
export const TABLE_SPECS = {
  leads: LEADS,
  stages: STAGES,
  activities: ACTIVITIES,
  activityTypes: ACTIVITY_TYPES,
  stageHistory: STAGE_HISTORY,
  confidenceHistory: CONFIDENCE_HISTORY,
} as const satisfies Record<TableKey, TableSpec>;
