import { SETTINGS_SCHEMA, type Settings } from "./settings-schema";

/** The settings of a new spreadsheet: default tab names, no column overrides, SPEC §2 model defaults. */
export const DEFAULT_SETTINGS: Settings = SETTINGS_SCHEMA.parse({});
