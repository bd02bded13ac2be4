import type { Stage } from "../../../src/core/types";

/** Four stages, as parseStages would return them, for the parsers that look stages up. */
export const STAGES: readonly Stage[] = [
  { name: "Qualified", key: "qualified", confidence: 0.2, type: "open", maxConfidence: null, order: 1 },
  { name: "Proposal", key: "proposal", confidence: 0.5, type: "open", maxConfidence: null, order: 2 },
  { name: "Closed Won", key: "closed won", confidence: 1, type: "won", maxConfidence: null, order: 3 },
  { name: "Closed Lost", key: "closed lost", confidence: 0, type: "lost", maxConfidence: null, order: 4 },
];

export const STAGE_LOOKUP: ReadonlyMap<string, Stage> = new Map(STAGES.map((stage) => [stage.key, stage]));
