/**
 * The domain types shared by every part of Pipeline Confidence. Plain data only: core functions
 * take these, readonly, and return new plain data.
 */

/** A calendar date as whole days since 1970-01-01 (no time of day, no time zone). */
export type Day = number;

/** Where a lead stands: still being worked, closed as won, or closed as lost. */
export type Status = "open" | "won" | "lost";

/** A problem with one cell or row of a tab. `row` is the sheet's own 1-based row number. */
export interface DataIssue {
  readonly tab: string;
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

/** A row of the Stages tab. `key` is the trimmed, lower-cased name used for matching. */
export interface Stage {
  readonly name: string;
  readonly key: string;
  /** Base confidence, a fraction in [0, 1]. */
  readonly confidence: number | null;
  readonly type: Status;
  /** Max Confidence as a fraction, or null when the column or cell is blank. */
  readonly maxConfidence: number | null;
  /** Sort position among all stages (Order column, else row order). */
  readonly order: number;
  /** The Stages tab row it came from (1-based), for data issues; absent for built-in stages. */
  readonly row?: number;
}

/** A row of the Leads tab after parsing. Fields that failed to parse are null (and an issue). */
export interface Lead {
  readonly id: string;
  /** The sheet row the lead came from (1-based). */
  readonly row: number;
  readonly name: string;
  readonly company: string;
  readonly owner: string;
  /** The stage as written in the sheet. */
  readonly stage: string;
  /** Trimmed, lower-cased stage name, for matching against `Stage.key`. */
  readonly stageKey: string;
  readonly value: number | null;
  /** Final status: from the Status column, else from the stage's type. */
  readonly status: Status;
  readonly created: Day | null;
  readonly expectedClose: Day | null;
  readonly closed: Day | null;
  readonly confidenceOverride: number | null;
  readonly initialConfidence: number | null;
}

/** A row of the Activities tab. `completed` is null when the cell is blank or the column absent. */
export interface Activity {
  readonly leadId: string;
  readonly type: string;
  /** Trimmed, lower-cased type, for matching against `ActivityType.key`. */
  readonly typeKey: string;
  readonly day: Day | null;
  readonly completed: boolean | null;
}

/** A row of the Activity Types tab. */
export interface ActivityType {
  readonly name: string;
  readonly key: string;
  /** Percentage points (5 means +5 pts). */
  readonly points: number;
  /** Cap on this type's points within one stage, in percentage points; null = no cap. */
  readonly maxPerStage: number | null;
}

/** A row of the Stage History tab: the lead entered `stage` on `day`. */
export interface StageChange {
  readonly leadId: string;
  readonly stage: string;
  readonly stageKey: string;
  readonly day: Day;
  readonly fromStage: string | null;
}

/** A row of the Confidence History tab. */
export interface ConfidenceSnapshot {
  readonly day: Day;
  readonly leadId: string;
  readonly confidence: number;
  readonly stage: string | null;
  readonly value: number | null;
  readonly status: Status | null;
}

/** Everything read from the workbook, parsed, with the issues found while reading. */
export interface Pipeline {
  readonly leads: readonly Lead[];
  /** In pipeline order (by `order`). */
  readonly stages: readonly Stage[];
  readonly activities: readonly Activity[];
  /** Empty when the Activity Types tab is absent (defaults apply). */
  readonly activityTypes: readonly ActivityType[];
  readonly stageHistory: readonly StageChange[];
  /** False when the Stage History tab does not exist (reports say so). */
  readonly hasStageHistory: boolean;
  readonly confidenceHistory: readonly ConfidenceSnapshot[];
  readonly issues: readonly DataIssue[];
}

/** How a lead's confidence was decided. `unscored`: unknown stage and no override. */
export type ConfidenceSource = "won" | "lost" | "override" | "model" | "initial" | "unscored";

/** The confidence of one lead at the as-of date, with how it was reached. */
export interface LeadScore {
  readonly id: string;
  readonly stage: string;
  readonly status: Status;
  /** A fraction in [0, 1]; null only when `source` is `unscored`. */
  readonly confidence: number | null;
  readonly source: ConfidenceSource;
  /** Counted activity points, in percentage points (after per-type caps). */
  readonly activityPoints: number;
  /** What the stage + activity model says, even when an override or initial value wins. */
  readonly modelConfidence: number | null;
  readonly lastActivity: Day | null;
  readonly daysSinceActivity: number | null;
  readonly stale: boolean;
  readonly explanation: string;
}
