/** The settings key of each input table (also the key of its tab name in settings). */
export type TableKey =
  | "leads"
  | "stages"
  | "activities"
  | "activityTypes"
  | "stageHistory"
  | "confidenceHistory";

/**
 * How to find a table's columns. `aliases[field][0]` is the field's label (the header the
 * add-on writes and names in messages); the rest are other headers people use for it, in
 * order of preference when a tab has several.
 */
export interface TableSpec<Field extends string = string> {
  readonly key: TableKey;
  readonly defaultTab: string;
  readonly required: readonly Field[];
  readonly optional: readonly Field[];
  readonly aliases: Readonly<Record<Field, readonly [string, ...string[]]>>;
}

/** Field → header text, from settings; a mapped header replaces the aliases of that field. */
export type ColumnMapping = Readonly<Partial<Record<string, string>>>;
