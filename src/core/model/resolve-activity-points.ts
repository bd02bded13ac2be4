import type { ActivityType } from "../types";
import { normalizeKey } from "../values/normalize-key";
import { DEFAULT_MODEL, type ModelOptions } from "./model-options";

/** What one activity of a type is worth, in percentage points, and its cap within one stage. */
export interface ActivityPoints {
  readonly points: number;
  readonly maxPerStage: number | null;
}

/**
 * A lookup of points by activity type key: Activity Types rows win (first row of a key), else
 * the default points (a plural like "calls" finds "call"), else otherActivityPoints.
 * @example
 * resolveActivityPoints([])("meeting"); // => { points: 5, maxPerStage: null }
 */
export function resolveActivityPoints(
  activityTypes: readonly ActivityType[],
  options: Partial<Pick<ModelOptions, "defaultActivityPoints" | "otherActivityPoints">> = {},
): (typeKey: string) => ActivityPoints {
  const known = new Map<string, ActivityPoints>();
  for (const activityType of activityTypes) {
    if (!known.has(activityType.key)) {
      known.set(activityType.key, { points: activityType.points, maxPerStage: activityType.maxPerStage });
    }
  }
  const defaults = new Map<string, ActivityPoints>();
  const defaultPoints = options.defaultActivityPoints ?? DEFAULT_MODEL.defaultActivityPoints;
  for (const [name, points] of Object.entries(defaultPoints)) {
    defaults.set(normalizeKey(name), { points, maxPerStage: null });
  }
  const other: ActivityPoints = {
    points: options.otherActivityPoints ?? DEFAULT_MODEL.otherActivityPoints,
    maxPerStage: null,
  };
  return (typeKey) =>
    known.get(typeKey) ??
    defaults.get(typeKey) ??
    (typeKey.endsWith("s") ? defaults.get(typeKey.slice(0, -1)) : undefined) ??
    other;
}
