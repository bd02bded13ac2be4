import { formatDay } from "../day/format-day";
import type { DataIssue, Day, LeadScore, Pipeline } from "../types";
import { filterByOwner } from "./filter-by-owner";
import { findScore } from "./find-score";

export interface HotLeadsOptions {
  readonly asOf: Day;
  /** Minimum confidence, a fraction (default 0.6). */
  readonly threshold?: number;
  /** Only this owner's leads (trimmed, case-insensitive); all owners when absent or blank. */
  readonly owner?: string;
}

export const DEFAULT_HOT_THRESHOLD = 0.6;

export type HotLead = {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly stage: string;
  readonly value: number | null;
  readonly confidence: number;
  readonly weighted: number | null;
  readonly lastActivity: string | null;
  readonly daysSinceActivity: number | null;
  readonly stale: boolean;
  readonly explanation: string;
};

export type HotLeadsReport = {
  readonly asOf: string;
  readonly threshold: number;
  readonly leads: HotLead[];
  readonly issues: DataIssue[];
  readonly notes: string[];
};

/**
 * Open leads with confidence ≥ threshold (SPEC §3), by weighted value = value × confidence
 * descending; ties by confidence descending, then id. Leads without value come last. Stale is
 * the score's flag, so scoring with the settings' staleDays decides it.
 * @example
 * buildHotLeads(pipeline, scores, { asOf: 20_400 }).leads[0]?.weighted; // => 40_000
 */
export function buildHotLeads(
  pipeline: Pipeline,
  scores: readonly LeadScore[],
  options: HotLeadsOptions,
): HotLeadsReport {
  const threshold = options.threshold ?? DEFAULT_HOT_THRESHOLD;
  const scoreOf = findScore(pipeline.leads, scores);
  const owned = filterByOwner(pipeline.leads, options.owner);
  const ownedLeads = owned.leads === pipeline.leads ? null : new Set(owned.leads);
  const leads: HotLead[] = [];
  pipeline.leads.forEach((lead, position) => {
    if (ownedLeads !== null && !ownedLeads.has(lead)) return;
    const score = scoreOf(lead, position);
    const confidence = score?.confidence;
    if (lead.status !== "open" || score === undefined || confidence === null || confidence === undefined)
      return;
    if (!(confidence >= threshold)) return;
    leads.push({
      id: lead.id,
      name: lead.name,
      owner: lead.owner,
      stage: lead.stage,
      value: lead.value,
      confidence,
      weighted: lead.value === null ? null : lead.value * confidence,
      lastActivity: score.lastActivity === null ? null : formatDay(score.lastActivity),
      daysSinceActivity: score.daysSinceActivity,
      // The score's own flag (SPEC §2: a never-worked lead is quiet since Created), as the Leads tab shows it.
      stale: score.stale,
      explanation: score.explanation,
    });
  });
  leads.sort(
    (left, right) =>
      (right.weighted ?? Number.NEGATIVE_INFINITY) - (left.weighted ?? Number.NEGATIVE_INFINITY) ||
      right.confidence - left.confidence ||
      compareIds(left.id, right.id),
  );
  return {
    asOf: formatDay(options.asOf),
    threshold,
    leads,
    issues: [],
    notes: [...owned.notes, ...describeHotLeads(leads, threshold)],
  };
}

function compareIds(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

function describeHotLeads(leads: readonly HotLead[], threshold: number): string[] {
  const percent = `${Math.round(threshold * 1000) / 10}%`;
  if (leads.length === 0) return [`No open lead has a confidence of ${percent} or more.`];
  const notes: string[] = [];
  const stale = leads.filter((lead) => lead.stale).length;
  if (stale > 0) notes.push(`${stale} of ${leads.length} hot leads are stale: no recent completed activity.`);
  const withoutValue = leads.filter((lead) => lead.value === null).length;
  if (withoutValue > 0)
    notes.push(`${withoutValue} hot leads have no Value: listed last, with no weighted value.`);
  return notes;
}
