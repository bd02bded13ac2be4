import type { ForecastReport } from "../../core/reports/build-forecast";
import type { FunnelReport } from "../../core/reports/build-funnel";
import type { HotLeadsReport } from "../../core/reports/build-hot-leads";
import type { ForecastGroup } from "../../core/reports/forecast-groups";

// The parts of each report's JSON (SPEC §7) that its tab shows: the core builders' own types,
// narrowed to what the layouts read, so a layout can be tested from a small hand-written report.

export type FunnelView = Pick<FunnelReport, "asOf" | "stages" | "totals" | "notes" | "issues">;

/** One row of a forecast breakdown; which key names the group depends on the breakdown. */
export type ForecastGroupView = Partial<ForecastGroup>;

export type ForecastView = Omit<
  ForecastReport,
  "byOwner" | "byStage" | "byMonth" | "undated" | "overdue" | "distributionMethod"
> & {
  readonly byOwner: readonly ForecastGroupView[];
  readonly byStage: readonly ForecastGroupView[];
  readonly byMonth: readonly ForecastGroupView[];
  readonly undated?: Pick<ForecastReport["undated"], "leads" | "value">;
  readonly overdue?: ForecastReport["overdue"];
};

export type HotLeadView = Omit<HotLeadsReport["leads"][number], "name" | "confidence"> & {
  readonly name?: string;
  readonly confidence: number | null;
};

export type HotLeadsView = Omit<HotLeadsReport, "leads"> & { readonly leads: readonly HotLeadView[] };
