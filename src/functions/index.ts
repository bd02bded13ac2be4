/**
 * Every custom function, for src/entry.ts to re-export (the build copies each one's JSDoc onto
 * its top-level wrapper) and for the bench to call with the 2D arrays Sheets passes.
 */
export { ACTIVITYPOINTS } from "./activity-points";
export { FORECASTRANGE } from "./forecast-range";
export { LEADCONFIDENCE } from "./lead-confidence";
export { PIPELINENEEDED } from "./pipeline-needed";
export { TARGETPROBABILITY } from "./target-probability";
export { WEIGHTEDPIPELINE } from "./weighted-pipeline";
export { WINRATE } from "./win-rate";
