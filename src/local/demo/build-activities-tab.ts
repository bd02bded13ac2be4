import type { DemoCalendar } from "./create-demo-calendar";
import { createWeightedChooser } from "./create-weighted-chooser";
import { ACTIVITY_MIX, DEMO_ACTIVITY_TYPES } from "./demo-catalog";
import type { DemoCell, DemoTab } from "./demo-types";
import { drawNormal } from "./draw-normal";
import type { RandomSource } from "./mulberry32";
import { observeJourney } from "./observe-journey";
import type { Journey } from "./simulate-journey";

const TYPE_NAMES = DEMO_ACTIVITY_TYPES.map((type) => type.name);
const chooseType = {
  won: createWeightedChooser(TYPE_NAMES, ACTIVITY_MIX.won),
  lost: createWeightedChooser(TYPE_NAMES, ACTIVITY_MIX.lost),
};
const choosePlannedType = createWeightedChooser(["Meeting", "Call", "Demo"], [2, 3, 1]);
/**
 * Where activity falls in a lead's visible life: u^k of a uniform u. Deals heading for a win
 * get busier towards the end (k < 1); dying ones go quiet early and leave a long gap (k > 1).
 */
const LATENESS = { won: 0.6, lost: 1.8 };
const PLANNED_RATE = 0.35;
const LONGEST_PLAN_DAYS = 21;
const MISSED_RATE = 0.02;
/** Days after creation by which a lead has its full share of activity. */
const RAMP_UP_DAYS = 30;

/**
 * The Activities tab, grouped by lead and ascending by date within each. Counts scale with a
 * per-lead weight normalised to mean 1, so the expected count per lead is `activitiesPerLead`.
 * Activity follows the eventual outcome, even for leads still open: that is the signal that
 * activity points are meant to pick up.
 */
export function buildActivitiesTab(
  random: RandomSource,
  leadIds: readonly string[],
  journeys: readonly Journey[],
  calendar: DemoCalendar,
  activitiesPerLead: number,
): DemoTab {
  const weights = journeys.map(weighActivity);
  const meanWeight = weights.reduce((sum, weight) => sum + weight, 0) / Math.max(1, weights.length);
  const rows: DemoCell[][] = [];
  journeys.forEach((journey, leadIndex) => {
    const expected = meanWeight > 0 ? (activitiesPerLead * (weights[leadIndex] as number)) / meanWeight : 0;
    const count = Math.max(0, Math.round(drawNormal(random, expected, Math.sqrt(expected))));
    const leadId = leadIds[leadIndex] as string;
    const planned = count > 0 && journey.closeOffset > 0 && random() < PLANNED_RATE;
    const offsets = drawPastOffsets(random, journey, planned ? count - 1 : count);
    for (const offset of offsets) {
      const completed = random() >= MISSED_RATE;
      rows.push([leadId, chooseType[journey.outcome](random), calendar(offset), completed]);
    }
    if (planned) {
      const offset = 1 + Math.floor(random() * LONGEST_PLAN_DAYS);
      rows.push([leadId, choosePlannedType(random), calendar(offset), false]);
    }
  });
  return {
    name: "Activities",
    header: ["Lead ID", "Type", "Date", "Completed"],
    rows,
    numberFormats: [null, null, "yyyy-mm-dd", null],
  };
}

/** More activity on deals heading for a win, on deals that got further, and on older deals. */
function weighActivity(journey: Journey): number {
  const observed = observeJourney(journey);
  const outcomeWeight = journey.outcome === "won" ? 1.4 : 0.8;
  const depthWeight = 0.5 + 0.12 * observed.stagesReached;
  const visibleDays = observed.lastSeenOffset - journey.createdOffset;
  return outcomeWeight * depthWeight * Math.min(1, (visibleDays + 5) / RAMP_UP_DAYS);
}

function drawPastOffsets(random: RandomSource, journey: Journey, count: number): Float64Array {
  const firstDay = journey.createdOffset;
  const visibleDays = observeJourney(journey).lastSeenOffset - firstDay;
  const lateness = LATENESS[journey.outcome];
  const offsets = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    offsets[index] = firstDay + Math.floor((visibleDays + 1) * random() ** lateness);
  }
  return offsets.sort();
}
