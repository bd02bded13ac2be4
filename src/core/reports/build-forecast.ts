import { formatDay } from "../day/format-day";
import { PipelineError } from "../pipeline-error";
import type { DataIssue, Day, LeadScore, Pipeline } from "../types";
import {
  collectForecastEntries,
  type LeadEntry,
  type OverdueLeads,
  type UndatedLeads,
} from "./collect-forecast-entries";
import { describeForecast } from "./describe-forecast";
import { type OutcomeMethod, outcomeDistribution } from "./distribution/outcome-distribution";
import { filterByOwner } from "./filter-by-owner";
import { type ForecastGroup, groupForecast } from "./forecast-groups";
import { nameOwners } from "./name-owners";
import type { Period } from "./period";
import { quarterContaining } from "./quarter-containing";
import { ratioOrNull } from "./ratio-or-null";
import { winRateBefore } from "./win-rate-before";

export interface ForecastOptions {
  readonly asOf: Day;
  /** Default: the calendar quarter containing `asOf`. */
  readonly period?: Period;
  /** Revenue target; null or absent leaves the target figures null. */
  readonly target?: number | null;
  readonly owner?: string;
}

/** Revenue R at one percentile q (P(R ≤ revenue) ≥ q), and P(R ≥ revenue). */
export type ForecastPercentile = {
  readonly percentile: number;
  readonly revenue: number;
  readonly chanceOfAtLeast: number;
};

/** 0.05, 0.10 … 0.95: enough points to draw the distribution's shape. */
const PERCENTILE_STEPS = Array.from({ length: 19 }, (_, step) => Math.round((step + 1) * 5) / 100);

export type ForecastReport = {
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
  /** The outcome distribution drawn as revenue at every 5th percentile, P5 … P95, with won included. */
  readonly percentiles: ForecastPercentile[];
  readonly byOwner: ForecastGroup[];
  readonly byStage: ForecastGroup[];
  readonly byMonth: ForecastGroup[];
  readonly undated: UndatedLeads;
  /** Open leads counted in the period whose Expected Close is already before the as-of date. */
  readonly overdue: OverdueLeads;
  /** How p10/p50/p90 and probabilityOfTarget were computed. */
  readonly distributionMethod: OutcomeMethod;
  readonly issues: DataIssue[];
  readonly notes: string[];
};

/**
 * The forecast for a period (SPEC §3): won = Σ value won with Closed in it; open leads due in it
 * (or undated) give openPipeline and weighted = Σ value × confidence; expected = won + weighted; gap =
 * max(0, target − expected); pipelineNeeded = max(0, target − won) / winRate; coverage =
 * openPipeline / max(0, target − won); requiredCoverage = 1 / winRate; percentiles and
 * P(R ≥ target) of R = won + Σ value · Bernoulli(confidence). Undated open leads count, and are
 * also summed apart in `undated` (and grouped as "no date" by month); so do open leads due in the
 * period but before `asOf`, summed apart in `overdue`.
 * @example
 * buildForecast(pipeline, scores, { asOf: 20_400, target: 100_000 }).gap; // => 12_500
 */
export function buildForecast(
  pipeline: Pipeline,
  scores: readonly LeadScore[],
  options: ForecastOptions,
): ForecastReport {
  const period = options.period ?? quarterContaining(options.asOf);
  const target = checkTarget(options.target);
  if (!(period.start <= period.end))
    throw new PipelineError("BAD_ARGUMENT", "The forecast period ends before it starts.");
  const owned = filterByOwner(pipeline.leads, options.owner);
  const scoresById = new Map(scores.map((score) => [score.id, score]));
  const collected = collectForecastEntries(owned.leads, scoresById, period, options.asOf);
  const { entries } = collected;
  const open = entries.filter((entry) => entry.open);
  const won = sum(entries.filter((entry) => !entry.open).map((entry) => entry.value));
  const openPipeline = sum(open.map((entry) => entry.value));
  const weightedPipeline = sum(open.map((entry) => entry.weighted));
  const rate = winRateBefore(owned.leads, options.asOf);
  const winRate = rate.winRate;
  const remaining = target === null ? null : Math.max(0, target - won);
  const distribution = outcomeDistribution(
    open.map((entry) => entry.value),
    open.map((entry) => entry.confidence),
  );
  return {
    asOf: formatDay(options.asOf),
    period: { start: formatDay(period.start), end: formatDay(period.end) },
    won,
    openPipeline,
    weightedPipeline,
    expected: won + weightedPipeline,
    target,
    gap: target === null ? null : Math.max(0, target - won - weightedPipeline),
    winRate,
    pipelineNeeded:
      remaining === 0 ? 0 : remaining === null || winRate === null ? null : ratioOrNull(remaining, winRate),
    coverage: remaining === null ? null : ratioOrNull(openPipeline, remaining),
    requiredCoverage: winRate === null ? null : ratioOrNull(1, winRate),
    p10: won + distribution.quantile(0.1),
    p50: won + distribution.quantile(0.5),
    p90: won + distribution.quantile(0.9),
    probabilityOfTarget: target === null ? null : distribution.probabilityAtLeast(target - won),
    percentiles: PERCENTILE_STEPS.map((percentile) => {
      const revenue = won + distribution.quantile(percentile);
      return { percentile, revenue, chanceOfAtLeast: distribution.probabilityAtLeast(revenue - won) };
    }),
    ...breakDown(entries, pipeline),
    undated: collected.undated,
    overdue: collected.overdue,
    distributionMethod: distribution.method,
    issues: [],
    notes: [
      ...owned.notes,
      ...rate.notes,
      ...describeForecast({ collected, period, asOf: options.asOf, target, winRate, remaining }),
    ],
  };
}

function checkTarget(target: number | null | undefined): number | null {
  if (target === null || target === undefined) return null;
  if (!Number.isFinite(target) || target < 0) {
    throw new PipelineError(
      "BAD_ARGUMENT",
      `The forecast target must be a number of 0 or more (got ${target}).`,
    );
  }
  return target;
}

function breakDown(entries: readonly LeadEntry[], pipeline: Pipeline) {
  const stageOrder = new Map(pipeline.stages.map((stage, at) => [stage.key, at]));
  const stageRank = (name: string): number => stageOrder.get(name.trim().toLowerCase()) ?? stageOrder.size;
  const byName = (left: string, right: string): number => left.localeCompare(right);
  const ownerOf = nameOwners(entries);
  return {
    byOwner: groupForecast(entries, ownerOf, "owner", byName),
    byStage: groupForecast(
      entries,
      (entry) => entry.lead.stage.trim() || "(no stage)",
      "stage",
      (left, right) => {
        return stageRank(left) - stageRank(right) || byName(left, right);
      },
    ),
    byMonth: groupForecast(entries, (entry) => entry.month, "month", byName),
  };
}

function sum(numbers: readonly number[]): number {
  return numbers.reduce((total, value) => total + value, 0);
}
