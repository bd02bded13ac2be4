import {
  DEMO_ACTIVITY_TYPES,
  DEMO_MAX_CONFIDENCE,
  DEMO_OPEN_STAGES,
  LOST_STAGE,
  WON_STAGE,
} from "./demo-catalog";
import type { DemoCell, DemoTab } from "./demo-types";

/** The Stages tab: the open stages in order, then Closed Won (100 %) and Closed Lost (0 %). */
export function buildStagesTab(): DemoTab {
  const rows: DemoCell[][] = DEMO_OPEN_STAGES.map((stage, index) => [
    stage.name,
    stage.confidence,
    "Open",
    DEMO_MAX_CONFIDENCE[stage.name] ?? "",
    index + 1,
  ]);
  rows.push([WON_STAGE, 1, "Won", "", rows.length + 1]);
  rows.push([LOST_STAGE, 0, "Lost", "", rows.length + 1]);
  return {
    name: "Stages",
    header: ["Stage", "Confidence", "Type", "Max Confidence", "Order"],
    rows,
    numberFormats: [null, "0%", null, "0%", "0"],
  };
}

/** The Activity Types tab: points per completed activity and the per-stage cap of each type. */
export function buildActivityTypesTab(): DemoTab {
  return {
    name: "Activity Types",
    header: ["Type", "Points", "Max Per Stage"],
    rows: DEMO_ACTIVITY_TYPES.map((type) => [type.name, type.points, type.maxPerStage]),
    numberFormats: [null, "0", "0"],
  };
}
