import type { DemoCalendar } from "./create-demo-calendar";
import { DEMO_OPEN_STAGES, LOST_STAGE, WON_STAGE } from "./demo-catalog";
import type { DemoCell, DemoTab } from "./demo-types";
import type { RandomSource } from "./mulberry32";
import { observeJourney } from "./observe-journey";
import type { Journey } from "./simulate-journey";

/** Share of passed-through stages that go unrecorded, as when a rep moves a deal two steps at once. */
const SKIP_RATE = 0.04;

/**
 * The Stage History tab: per lead, ascending, its creation in the first stage, each later move,
 * and its close. A stage the lead went through may be skipped in the record, but never the one
 * a lost lead died in nor an open lead's current one, so the reached stages still read right.
 */
export function buildStageHistoryTab(
  random: RandomSource,
  leadIds: readonly string[],
  journeys: readonly Journey[],
  calendar: DemoCalendar,
): DemoTab {
  const rows: DemoCell[][] = [];
  journeys.forEach((journey, leadIndex) => {
    const leadId = leadIds[leadIndex] as string;
    const { status, stagesReached } = observeJourney(journey);
    const lastKept = status === "won" ? 0 : stagesReached - 1;
    let fromStage = "";
    for (let index = 0; index < stagesReached; index++) {
      const skippable = index > 0 && index !== lastKept;
      if (skippable && random() < SKIP_RATE) continue;
      const stageName = (DEMO_OPEN_STAGES[index] as { name: string }).name;
      rows.push([leadId, stageName, calendar(journey.stageEntries[index] as number), fromStage]);
      fromStage = stageName;
    }
    if (status !== "open") {
      const closedStage = status === "won" ? WON_STAGE : LOST_STAGE;
      rows.push([leadId, closedStage, calendar(journey.closeOffset), fromStage]);
    }
  });
  return {
    name: "Stage History",
    header: ["Lead ID", "Stage", "Date", "From Stage"],
    rows,
    numberFormats: [null, null, "yyyy-mm-dd", null],
  };
}
