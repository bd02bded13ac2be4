import { PipelineError } from "../../core/pipeline-error";
import { describeSettingsIssue } from "./describe-settings-issue";
import { SETTINGS_KEY } from "./settings-key";
import { SETTINGS_SCHEMA, type Settings } from "./settings-schema";

/**
 * Validates settings (missing parts take their defaults) and stores them as JSON in the document
 * properties. Throws BAD_SETTINGS naming every bad field; nothing is stored then.
 */
export function saveSettings(properties: GoogleAppsScript.Properties.Properties, input: unknown): Settings {
  const result = SETTINGS_SCHEMA.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map(describeSettingsIssue);
    throw new PipelineError("BAD_SETTINGS", `Settings not saved: ${problems.join("; ")}.`);
  }
  properties.setProperty(SETTINGS_KEY, JSON.stringify(result.data));
  return result.data;
}
