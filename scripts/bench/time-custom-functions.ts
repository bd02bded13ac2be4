import type { LocalRuntime } from "../../src/local/runtime";
import type { PhaseResult } from "./bench-types";
import type { InRealmCaller } from "./create-in-realm-caller";
import type { CustomFunctionInputs } from "./read-custom-function-inputs";
import { sumPhases } from "./sum-phases";
import { timeCustomFunction } from "./time-custom-function";

/**
 * Times the three custom functions as a sheet chains them (points → confidence → weighted
 * pipeline) and their sum. When one is missing from Code.js, the next gets a stand-in column.
 */
export function timeCustomFunctions(
  runtime: LocalRuntime,
  caller: InRealmCaller,
  inputs: CustomFunctionInputs,
  runs: number,
): PhaseResult[] {
  const leadCount = inputs.leadIds.length;
  const points = timeCustomFunction(
    runtime,
    caller,
    "ACTIVITYPOINTS",
    [inputs.leadIds, inputs.activitiesTable, inputs.asOf, inputs.activityTypesTable],
    runs,
  );
  const confidences = timeCustomFunction(
    runtime,
    caller,
    "LEADCONFIDENCE",
    [
      inputs.stages,
      points.value ?? fillColumn(leadCount, 0),
      inputs.overrides,
      inputs.statuses,
      inputs.stagesTable,
    ],
    runs,
  );
  const weighted = timeCustomFunction(
    runtime,
    caller,
    "WEIGHTEDPIPELINE",
    [inputs.values, confidences.value ?? fillColumn(leadCount, 0.5), inputs.statuses],
    runs,
  );
  const phases = [points.phase, confidences.phase, weighted.phase];
  return [...phases, sumPhases("custom functions (sum)", phases)];
}

function fillColumn(rows: number, value: number): number[][] {
  return Array.from({ length: rows }, () => [value]);
}
