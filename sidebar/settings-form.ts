import type { LoadedSettings } from "../src/sheets/settings/load-settings";
import type { Settings } from "../src/sheets/settings/settings-schema";
import { createElement, findElement } from "./dom";
import { callServer, describeFailure } from "./server";

/** How a form field holds its setting: text as is, a percent shown for a fraction, or a number. */
type FieldKind = "text" | "optionalText" | "percent" | "number" | "optionalNumber";

/** A form input (by id) and the setting it edits, as [section, key] of the settings object. */
const FIELDS: readonly { id: string; path: readonly [string, string]; kind: FieldKind }[] = [
  { id: "tab-leads", path: ["tabs", "leads"], kind: "text" },
  { id: "tab-stages", path: ["tabs", "stages"], kind: "text" },
  { id: "tab-activities", path: ["tabs", "activities"], kind: "text" },
  { id: "tab-activity-types", path: ["tabs", "activityTypes"], kind: "text" },
  { id: "tab-stage-history", path: ["tabs", "stageHistory"], kind: "text" },
  { id: "tab-confidence-history", path: ["tabs", "confidenceHistory"], kind: "text" },
  { id: "hot-threshold", path: ["model", "hotThreshold"], kind: "percent" },
  { id: "stale-days", path: ["model", "staleDays"], kind: "number" },
  { id: "activity-window-days", path: ["model", "activityWindowDays"], kind: "number" },
  { id: "target", path: ["forecast", "target"], kind: "optionalNumber" },
  { id: "period", path: ["forecast", "period"], kind: "optionalText" },
];

type SettingsSections = Record<string, Record<string, unknown>>;

// The last settings read or saved: the form edits a copy, so parts it does not show (column mapping) are kept.
let current: Settings | null = null;

function showText(value: unknown, kind: FieldKind): string {
  if (value === null || value === undefined) return "";
  // 0.6 → "60"; rounding hides float noise such as 0.07 × 100 = 7.000000000000001.
  if (kind === "percent" && typeof value === "number") return String(Math.round(value * 1e6) / 1e4);
  return String(value);
}

/** Blank → null; a number → the number; other text → the text itself, so the server names the field. */
function readValue(text: string, kind: FieldKind): unknown {
  const trimmed = text.trim();
  if (kind === "text") return text;
  if (trimmed === "") return null;
  if (kind === "optionalText") return trimmed;
  const number = Number(trimmed);
  if (!Number.isFinite(number)) return trimmed;
  return kind === "percent" ? number / 100 : number;
}

function fillForm(settings: Settings): void {
  current = settings;
  const sections = settings as unknown as SettingsSections;
  for (const { id, path, kind } of FIELDS) {
    const input = findElement(id, HTMLInputElement);
    input.value = showText(sections[path[0]]?.[path[1]], kind);
    input.removeAttribute("aria-invalid");
  }
}

function readForm(): unknown {
  const edited = JSON.parse(JSON.stringify(current ?? {})) as SettingsSections;
  for (const { id, path, kind } of FIELDS) {
    const section = edited[path[0]] ?? {};
    section[path[1]] = readValue(findElement(id, HTMLInputElement).value, kind);
    edited[path[0]] = section;
  }
  return edited;
}

function showMessage(text: string, isError: boolean): void {
  const message = findElement("settings-message", HTMLElement);
  message.replaceChildren(createElement("span", text, isError ? "error-text" : "quiet"));
  message.setAttribute("role", isError ? "alert" : "status");
}

/** Marks each input whose setting the server's message names ("model.staleDays: …"). */
function markInvalid(message: string): void {
  for (const { id, path } of FIELDS) {
    const named = message.includes(`${path[0]}.${path[1]}`);
    findElement(id, HTMLInputElement).toggleAttribute("aria-invalid", named);
  }
}

async function saveForm(save: HTMLButtonElement): Promise<void> {
  save.disabled = true;
  save.textContent = "Saving…";
  try {
    const response = await callServer<Settings>("apiSaveSettings", readForm());
    if (response.ok) {
      fillForm(response.result);
      showMessage("Settings saved.", false);
    } else {
      markInvalid(response.message);
      showMessage(response.message, true);
    }
  } catch (error) {
    showMessage(`The server call failed: ${describeFailure(error)}`, true);
  } finally {
    save.disabled = current === null;
    save.textContent = "Save";
  }
}

/** Reads the settings into the form (Save stays disabled until they are in) and wires Save. */
export async function loadSettingsForm(): Promise<void> {
  const save = findElement("settings-save", HTMLButtonElement);
  save.disabled = true;
  findElement("settings-form", HTMLFormElement).addEventListener("submit", (event) => {
    event.preventDefault();
    void saveForm(save);
  });
  try {
    const response = await callServer<LoadedSettings>("apiGetSettings");
    if (!response.ok) return showMessage(`Settings could not be read: ${response.message}`, true);
    fillForm(response.result.settings);
    save.disabled = false;
    if (response.result.issues.length > 0) showMessage(response.result.issues.join(" "), true);
  } catch (error) {
    showMessage(`Settings could not be read: ${describeFailure(error)}`, true);
  }
}
