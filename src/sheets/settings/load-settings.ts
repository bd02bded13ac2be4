import type * as z from "zod/mini";
import { DEFAULT_SETTINGS } from "./default-settings";
import { describeSettingsIssue } from "./describe-settings-issue";
import { SETTINGS_KEY } from "./settings-key";
import { SETTINGS_SCHEMA, type Settings } from "./settings-schema";

/** Settings read from document properties, with a message for each stored value that was replaced. */
export interface LoadedSettings {
  readonly settings: Settings;
  readonly issues: readonly string[];
}

// Each pass drops at least one bad value, so a handful of passes settles any stored object.
const MOST_REPAIRS = 20;

/**
 * Reads the stored settings. Nothing stored → the defaults. A stored value that is no longer valid
 * (hand-edited, or from an older version) falls back to its default, with a message; stored text
 * that is not JSON at all gives the defaults and a message. Never throws on stored data.
 */
export function loadSettings(properties: GoogleAppsScript.Properties.Properties): LoadedSettings {
  const stored = properties.getProperty(SETTINGS_KEY);
  if (stored === null || stored.trim() === "") return { settings: DEFAULT_SETTINGS, issues: [] };
  let candidate: unknown;
  try {
    candidate = JSON.parse(stored);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      settings: DEFAULT_SETTINGS,
      issues: [`Stored settings are not valid JSON (${reason}); using the defaults.`],
    };
  }
  const issues: string[] = [];
  for (let pass = 0; pass < MOST_REPAIRS; pass += 1) {
    const result = SETTINGS_SCHEMA.safeParse(candidate);
    if (result.success) return { settings: result.data, issues };
    for (const issue of result.error.issues) {
      const message = `Stored setting ${describeSettingsIssue(issue)}; using the default.`;
      if (!issues.includes(message)) issues.push(message);
      candidate = dropBadValue(candidate, issue);
    }
  }
  return {
    settings: DEFAULT_SETTINGS,
    issues: [...issues, "Stored settings could not be repaired; using the defaults."],
  };
}

function dropBadValue(candidate: unknown, issue: z.core.$ZodIssue): unknown {
  const keys = issue.code === "unrecognized_keys" ? issue.keys : null;
  const repaired = removeAt(candidate, issue.path, keys) ?? {};
  // A value bad only next to another (two tables in one tab) may be default already: drop its section.
  if (JSON.stringify(repaired) !== JSON.stringify(candidate)) return repaired;
  return removeAt(candidate, issue.path.slice(0, 1), null) ?? {};
}

/** A copy of `value` without what is at `path` (or without `keys` of the object at `path`). */
function removeAt(value: unknown, path: readonly PropertyKey[], keys: readonly string[] | null): unknown {
  if (path.length === 0 && keys === null) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const copy: Record<PropertyKey, unknown> = { ...value };
  const [head, ...rest] = path;
  if (head === undefined) {
    for (const key of keys ?? []) delete copy[key];
    return copy;
  }
  const inner = removeAt(copy[head], rest, keys);
  if (inner === undefined) delete copy[head];
  else copy[head] = inner;
  return copy;
}
