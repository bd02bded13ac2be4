/** The document property holding the settings, as JSON. */
export const SETTINGS_KEY = "pipelineConfidence.settings";
