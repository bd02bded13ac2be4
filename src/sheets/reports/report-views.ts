import type { DataIssue } from "../../core/types";

/**
 * The parts of each report's JSON (SPEC §7) that its tab shows. Structural: the core builders'
 * results fit these without this side importing their exact types.
 */
export interface FunnelStageView {
  readonly stage: string;
  readonly reached: number;
  readonly reachedValue: number;
  readonly advanced: number;
  readonly lost: number;
  readonly open: number;
  readonly stepConversion: number | null;
  readonly cumulativeConversion: number | null;
  readonly winRate: number | null;
  readonly medianDaysInStage: number | null;
}

export interface FunnelView {
  readonly asOf: string | null;
  readonly stages: readonly FunnelStageView[];
  readonly totals: {
    readonly leads: number;
    readonly open: number;
    readonly won: number;
    readonly lost: number;
  };
  readonly notes: readonly string[];
  readonly issues: readonly DataIssue[];
}

/** One row of a forecast breakdown; which key names the group depends on the breakdown. */
export interface ForecastGroupView {
  readonly owner?: string;
  readonly stage?: string;
  readonly month?: string;
  readonly leads?: number;
  readonly won?: number;
  readonly openPipeline?: number;
  readonly weightedPipeline?: number;
  readonly expected?: number;
}

export interface ForecastView {
  readonly asOf: string;
  readonly period: { readonly start: string; readonly end: string };
  readonly won: number;
  readonly openPipeline: number;
  readonly weightedPipeline: number;
  readonly expected: number;
  readonly target: number | null;
  readonly gap: number | null;
  readonly winRate: number | null;
  readonly pipelineNeeded: number | null;
  readonly coverage: number | null;
  readonly requiredCoverage: number | null;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly probabilityOfTarget: number | null;
  readonly byOwner: readonly ForecastGroupView[];
  readonly byStage: readonly ForecastGroupView[];
  readonly byMonth: readonly ForecastGroupView[];
  /** Open leads with no Expected Close: counted in the period, reported separately (SPEC §3). */
  readonly undated?: { readonly leads: number; readonly value: number };
  readonly notes: readonly string[];
  readonly issues: readonly DataIssue[];
}

export interface HotLeadView {
  readonly id: string;
  readonly name?: string;
  readonly owner: string;
  readonly stage: string;
  readonly value: number | null;
  readonly confidence: number | null;
  readonly weighted: number | null;
  readonly lastActivity: string | null;
  readonly daysSinceActivity: number | null;
  readonly stale: boolean;
  readonly explanation: string;
}

export interface HotLeadsView {
  readonly asOf: string;
  readonly threshold: number;
  readonly leads: readonly HotLeadView[];
  readonly notes: readonly string[];
  readonly issues: readonly DataIssue[];
}
