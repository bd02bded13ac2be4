import { type LoadedSettings, loadSettings } from "../settings/load-settings";
import { saveSettings } from "../settings/save-settings";
import type { Settings } from "../settings/settings-schema";

/** Sidebar: the stored settings (defaults filled in) and a message for each stored value that was replaced. */
export function getSettings(): LoadedSettings {
  return loadSettings(PropertiesService.getDocumentProperties());
}

/**
 * Sidebar: validates and stores the whole settings object the sidebar sends (a part left out
 * takes its default). Throws BAD_SETTINGS naming every bad field; nothing is stored then.
 */
export function saveSettingsFromSidebar(input: unknown): Settings {
  return saveSettings(PropertiesService.getDocumentProperties(), input);
}
