import type { DemoCalendar } from "./create-demo-calendar";
import { createWeightedChooser } from "./create-weighted-chooser";
import {
  COMPANY_PREFIXES,
  COMPANY_SUFFIXES,
  DEMO_OPEN_STAGES,
  DEMO_OWNERS,
  FIRST_NAMES,
  LAST_NAMES,
  LOST_STAGE,
  OWNER_WEIGHTS,
  WON_STAGE,
} from "./demo-catalog";
import type { DemoCell, DemoTab } from "./demo-types";
import { drawLognormal } from "./draw-lognormal";
import { drawNormal } from "./draw-normal";
import type { RandomSource } from "./mulberry32";
import { type ObservedJourney, observeJourney } from "./observe-journey";
import { pickOne } from "./pick-one";
import type { Journey } from "./simulate-journey";

/** exp(1.61 · VALUE_SIGMA) ≈ 5: about 5 % of deals are worth five times the median or more. */
const VALUE_SIGMA = 1;
const SMALLEST_VALUE = 500;
const OVERRIDE_RATE = 0.03;
const OVERRIDES: readonly number[] = [0.25, 0.4, 0.5, 0.7, 0.8, 0.9];
const INITIAL_CONFIDENCE_RATE = 0.12;
const INITIAL_CONFIDENCES: readonly number[] = [0.05, 0.1, 0.15, 0.2, 0.25];
const BLANK_EXPECTED_CLOSE_RATE = 0.08;
/** Reps' guesses of the close date miss the real one by about two weeks either way. */
const EXPECTED_CLOSE_ERROR_DAYS = 14;

const chooseOwner = createWeightedChooser(DEMO_OWNERS, OWNER_WEIGHTS);

/** The Leads tab: one row per journey, showing it as it stands on the as-of date. */
export function buildLeadsTab(
  random: RandomSource,
  leadIds: readonly string[],
  journeys: readonly Journey[],
  calendar: DemoCalendar,
  medianValue: number,
): DemoTab {
  const rows = journeys.map((journey, leadIndex): DemoCell[] => {
    const observed = observeJourney(journey);
    const isOpen = observed.status === "open";
    const value = drawLognormal(random, medianValue, VALUE_SIGMA);
    return [
      leadIds[leadIndex] as string,
      `${pickOne(random, FIRST_NAMES)} ${pickOne(random, LAST_NAMES)}`,
      `${pickOne(random, COMPANY_PREFIXES)} ${pickOne(random, COMPANY_SUFFIXES)}`,
      chooseOwner(random),
      Math.max(SMALLEST_VALUE, Math.round(value / 100) * 100),
      observed.status,
      nameCurrentStage(observed),
      calendar(journey.createdOffset),
      isOpen ? drawExpectedClose(random, journey, calendar) : "",
      isOpen ? "" : calendar(journey.closeOffset),
      isOpen && random() < OVERRIDE_RATE ? pickOne(random, OVERRIDES) : "",
      random() < INITIAL_CONFIDENCE_RATE ? pickOne(random, INITIAL_CONFIDENCES) : "",
    ];
  });
  return {
    name: "Leads",
    header: LEADS_HEADER,
    rows,
    numberFormats: [null, null, null, null, "$#,##0", null, null, ...dateFormats(3), "0%", "0%"],
  };
}

const LEADS_HEADER = [
  "Lead ID",
  "Name",
  "Company",
  "Owner",
  "Value",
  "Status",
  "Stage",
  "Created",
  "Expected Close",
  "Closed",
  "Confidence Override",
  "Initial Confidence",
];

function dateFormats(count: number): string[] {
  return Array.from({ length: count }, () => "yyyy-mm-dd");
}

function nameCurrentStage(observed: ObservedJourney): string {
  if (observed.status === "won") return WON_STAGE;
  if (observed.status === "lost") return LOST_STAGE;
  return (DEMO_OPEN_STAGES[observed.stagesReached - 1] as { name: string }).name;
}

/** Near the real (future) close, so a good forecast is possible, sometimes blank. */
function drawExpectedClose(random: RandomSource, journey: Journey, calendar: DemoCalendar): Date | "" {
  if (random() < BLANK_EXPECTED_CLOSE_RATE) return "";
  return calendar(journey.closeOffset + Math.round(drawNormal(random, 0, EXPECTED_CLOSE_ERROR_DAYS)));
}
