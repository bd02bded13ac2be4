import { PipelineError } from "../../core/pipeline-error";
import { buildActivitiesTab } from "./build-activities-tab";
import { buildLeadsTab } from "./build-leads-tab";
import { buildActivityTypesTab, buildStagesTab } from "./build-reference-tabs";
import { buildStageHistoryTab } from "./build-stage-history-tab";
import { computeStageWinRates } from "./compute-stage-win-rates";
import { createDemoCalendar } from "./create-demo-calendar";
import { DEMO_OPEN_STAGES } from "./demo-catalog";
import type { DemoOptions, DemoWorkbook } from "./demo-types";
import { createMulberry32 } from "./mulberry32";
import { simulateJourney } from "./simulate-journey";

/** What `generateDemoWorkbook` uses for each option left out. */
export const DEFAULT_DEMO_OPTIONS = {
  leads: 400,
  seed: 42,
  asOf: new Date(2026, 11, 1),
  activitiesPerLead: 10,
  medianValue: 20000,
} as const;

/** Golden-ratio steps give each part of the workbook its own stream from one seed. */
const STREAM_STEP = 0x9e3779b9;

/**
 * Generates a realistic, seeded demo workbook whose outcomes follow known per-stage win rates
 * (returned as `truth`). The same options always give the same workbook, dates included.
 * Leads, activities and history draw from separate streams, so changing `activitiesPerLead`
 * leaves the Leads and Stage History tabs as they were.
 * @example
 * generateDemoWorkbook({ leads: 3, seed: 7 }).tabs.map((tab) => tab.name);
 * // => ["Leads", "Activities", "Stage History", "Stages", "Activity Types"]
 */
export function generateDemoWorkbook(options: DemoOptions = {}): DemoWorkbook {
  const settings = resolveOptions(options);
  const streamFor = (part: number) => createMulberry32(settings.seed + part * STREAM_STEP);
  const asOf = new Date(settings.asOf.getFullYear(), settings.asOf.getMonth(), settings.asOf.getDate());
  const calendar = createDemoCalendar(asOf);
  const journeyRandom = streamFor(0);
  const journeys = Array.from({ length: settings.leads }, () =>
    simulateJourney(journeyRandom, DEMO_OPEN_STAGES),
  );
  const digits = Math.max(5, String(settings.leads).length);
  const leadIds = journeys.map((_, index) => `L-${String(index + 1).padStart(digits, "0")}`);
  const tabs = [
    buildLeadsTab(streamFor(1), leadIds, journeys, calendar, settings.medianValue),
    buildActivitiesTab(streamFor(2), leadIds, journeys, calendar, settings.activitiesPerLead),
    buildStageHistoryTab(streamFor(3), leadIds, journeys, calendar),
    buildStagesTab(),
    buildActivityTypesTab(),
  ];
  const advanceRates = Object.fromEntries(DEMO_OPEN_STAGES.map((stage) => [stage.name, stage.advanceRate]));
  const truth = {
    stageWinRates: computeStageWinRates(DEMO_OPEN_STAGES),
    advanceRates,
    medianValue: settings.medianValue,
    activitiesPerLead: settings.activitiesPerLead,
    seed: settings.seed,
  };
  return { asOf, tabs, truth };
}

function resolveOptions(options: DemoOptions): Required<DemoOptions> {
  const settings = { ...DEFAULT_DEMO_OPTIONS, ...stripUndefined(options) };
  requireWhole("leads", settings.leads);
  requireWhole("seed", settings.seed, Number.MIN_SAFE_INTEGER);
  requirePositive("activitiesPerLead", settings.activitiesPerLead, true);
  requirePositive("medianValue", settings.medianValue, false);
  if (!(settings.asOf instanceof Date) || Number.isNaN(settings.asOf.getTime())) {
    throw new PipelineError("BAD_ARGUMENT", "demo asOf must be a valid Date");
  }
  return settings;
}

function stripUndefined(options: DemoOptions): DemoOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

function requireWhole(name: string, value: number, smallest = 0): void {
  if (!Number.isSafeInteger(value) || value < smallest) {
    throw new PipelineError(
      "BAD_ARGUMENT",
      `demo ${name} must be a whole number ≥ ${smallest}, got ${value}`,
    );
  }
}

function requirePositive(name: string, value: number, zeroAllowed: boolean): void {
  if (!Number.isFinite(value) || value < 0 || (!zeroAllowed && value === 0)) {
    const bound = zeroAllowed ? "≥ 0" : "> 0";
    throw new PipelineError("BAD_ARGUMENT", `demo ${name} must be a number ${bound}, got ${value}`);
  }
}
