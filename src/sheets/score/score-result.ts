import type { DataIssue, Lead, LeadScore } from "../../core/types";

/** One lead in the `score --json` output (SPEC §7). */
export interface ScoredLeadJson {
  readonly id: string;
  readonly stage: string;
  readonly status: LeadScore["status"];
  readonly confidence: number | null;
  readonly source: LeadScore["source"];
  readonly activityPoints: number;
  readonly stale: boolean;
  readonly explanation: string;
}

/** What Score leads returns: SPEC §7's score JSON plus a summary and where it wrote. */
export interface ScoreResult {
  readonly asOf: string;
  /** Absent when the request asked for `leads: false`. */
  readonly leads?: readonly ScoredLeadJson[];
  readonly summary: {
    readonly leads: number;
    readonly open: number;
    readonly weightedPipeline: number;
    readonly hot: number;
    readonly stale: number;
    readonly hotThreshold: number;
  };
  readonly issues: readonly DataIssue[];
  readonly notes: readonly string[];
  readonly written: {
    readonly tab: string;
    readonly confidenceColumn: number;
    readonly explanationColumn: number;
  } | null;
}

/** The summary figures a person reads first: open leads, weighted pipeline, hot and stale counts. */
export function summarizeScores(leads: readonly Lead[], scores: readonly LeadScore[], hotThreshold: number) {
  let open = 0;
  let weightedPipeline = 0;
  let hot = 0;
  let stale = 0;
  scores.forEach((score, position) => {
    if (score.status !== "open") return;
    open++;
    if (score.stale) stale++;
    const confidence = score.confidence ?? 0;
    if (score.confidence !== null && confidence >= hotThreshold) hot++;
    weightedPipeline += (leads[position]?.value ?? 0) * confidence;
  });
  return { leads: scores.length, open, weightedPipeline, hot, stale, hotThreshold };
}

/** The score JSON of every lead, in sheet order. */
export function toScoredLeadsJson(scores: readonly LeadScore[]): ScoredLeadJson[] {
  return scores.map((score) => ({
    id: score.id,
    stage: score.stage,
    status: score.status,
    confidence: score.confidence,
    source: score.source,
    activityPoints: score.activityPoints,
    stale: score.stale,
    explanation: score.explanation,
  }));
}
