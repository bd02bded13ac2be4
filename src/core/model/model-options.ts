/** The tunable numbers of the confidence model (SPEC §2). */
export interface ModelOptions {
  /** Without a Stage History entry, activities count when dated within asOf − this … asOf. */
  readonly activityWindowDays: number;
  /** An open lead whose last completed activity is older than this many days is stale. */
  readonly staleDays: number;
  /** Hot Leads lists open leads with confidence ≥ this fraction. */
  readonly hotThreshold: number;
  /** Points per activity type key when the Activity Types tab does not name the type. */
  readonly defaultActivityPoints: Readonly<Record<string, number>>;
  /** Points of a type named neither in the Activity Types tab nor in the defaults. */
  readonly otherActivityPoints: number;
  /** Cap of the last open stage when it has no Max Confidence (a fraction). */
  readonly lastOpenStageCap: number;
}

export const DEFAULT_MODEL: ModelOptions = {
  activityWindowDays: 90,
  staleDays: 30,
  hotThreshold: 0.6,
  defaultActivityPoints: { meeting: 5, demo: 5, call: 3, email: 1, note: 1 },
  otherActivityPoints: 1,
  lastOpenStageCap: 0.95,
};

/**
 * The full options: the given ones over DEFAULT_MODEL (undefined keys keep the default).
 * @example
 * resolveModelOptions({ staleDays: 14 }).activityWindowDays; // => 90
 */
export function resolveModelOptions(options?: Partial<ModelOptions>): ModelOptions {
  if (options === undefined) return DEFAULT_MODEL;
  return {
    activityWindowDays: options.activityWindowDays ?? DEFAULT_MODEL.activityWindowDays,
    staleDays: options.staleDays ?? DEFAULT_MODEL.staleDays,
    hotThreshold: options.hotThreshold ?? DEFAULT_MODEL.hotThreshold,
    defaultActivityPoints: options.defaultActivityPoints ?? DEFAULT_MODEL.defaultActivityPoints,
    otherActivityPoints: options.otherActivityPoints ?? DEFAULT_MODEL.otherActivityPoints,
    lastOpenStageCap: options.lastOpenStageCap ?? DEFAULT_MODEL.lastOpenStageCap,
  };
}
