import type { Stage, Status } from "../types";

/** The open stages in pipeline order, and lookups by stage key. */
export interface StageIndex {
  readonly openStages: readonly Stage[];
  /** Position of an open stage among the open stages. */
  readonly openIndexOf: ReadonlyMap<string, number>;
  /** Type of every known stage. */
  readonly typeOf: ReadonlyMap<string, Status>;
}

/**
 * Indexes the Stages tab: open stages keep pipeline order (`pipeline.stages` is already sorted).
 * @example
 * indexStages(stages).openIndexOf.get("proposal"); // => 2
 */
export function indexStages(stages: readonly Stage[]): StageIndex {
  const openStages = stages.filter((stage) => stage.type === "open");
  const openIndexOf = new Map<string, number>();
  openStages.forEach((stage, index) => {
    if (!openIndexOf.has(stage.key)) openIndexOf.set(stage.key, index);
  });
  const typeOf = new Map<string, Status>();
  for (const stage of stages) if (!typeOf.has(stage.key)) typeOf.set(stage.key, stage.type);
  return { openStages, openIndexOf, typeOf };
}
