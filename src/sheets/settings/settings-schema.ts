import * as z from "zod/mini";
import { TABLE_SPECS } from "../../core/tables/table-specs";

// Sheets caps tab names at 100 characters.
const tabName = (defaultName: string) =>
  z._default(
    z
      .string({ error: "expected a tab name (text)" })
      .check(
        z.trim(),
        z.minLength(1, "expected a tab name, not blank"),
        z.maxLength(100, "expected at most 100 characters"),
      ),
    defaultName,
  );

const TABS = z
  .strictObject({
    leads: tabName(TABLE_SPECS.leads.defaultTab),
    stages: tabName(TABLE_SPECS.stages.defaultTab),
    activities: tabName(TABLE_SPECS.activities.defaultTab),
    activityTypes: tabName(TABLE_SPECS.activityTypes.defaultTab),
    stageHistory: tabName(TABLE_SPECS.stageHistory.defaultTab),
    confidenceHistory: tabName(TABLE_SPECS.confidenceHistory.defaultTab),
  })
  .check(
    z.superRefine((tabs, context) => {
      // Two tables in one tab cannot both be read by header; Sheets tab names ignore case.
      const tableByTab = new Map<string, string>();
      for (const [table, tab] of Object.entries(tabs)) {
        const other = tableByTab.get(tab.toLowerCase());
        const message = `expected a tab of its own, but tabs.${other} is also "${tab}"`;
        if (other !== undefined) context.addIssue({ code: "custom", path: [table], message, input: tab });
        else tableByTab.set(tab.toLowerCase(), table);
      }
    }),
  );

const headerText = z
  .string({ error: "expected a column header (text)" })
  .check(z.trim(), z.maxLength(200, "expected at most 200 characters"));

/** Field → header overrides of one table; unknown fields are rejected so typos do not go unnoticed. */
const columnsOf = <Field extends string>(fields: readonly Field[]) =>
  z.prefault(
    z.partialRecord(
      z.enum(fields as [Field, ...Field[]], { error: `expected one of ${fields.join(", ")}` }),
      headerText,
    ),
    {},
  );

const wholeNumberAtLeast = (minimum: number, defaultValue: number) => {
  const message = `expected a whole number ≥ ${minimum}`;
  return z._default(z.int({ error: message }).check(z.gte(minimum, message)), defaultValue);
};

const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

/** The add-on's settings (SPEC §5), as stored in document properties; every part has a default. */
export const SETTINGS_SCHEMA = z.strictObject({
  tabs: z.prefault(TABS, {}),
  columns: z.prefault(
    z.strictObject({
      leads: columnsOf([...TABLE_SPECS.leads.required, ...TABLE_SPECS.leads.optional]),
      stages: columnsOf([...TABLE_SPECS.stages.required, ...TABLE_SPECS.stages.optional]),
      activities: columnsOf([...TABLE_SPECS.activities.required, ...TABLE_SPECS.activities.optional]),
      activityTypes: columnsOf([
        ...TABLE_SPECS.activityTypes.required,
        ...TABLE_SPECS.activityTypes.optional,
      ]),
      stageHistory: columnsOf([...TABLE_SPECS.stageHistory.required, ...TABLE_SPECS.stageHistory.optional]),
      confidenceHistory: columnsOf([
        ...TABLE_SPECS.confidenceHistory.required,
        ...TABLE_SPECS.confidenceHistory.optional,
      ]),
    }),
    {},
  ),
  model: z.prefault(
    z.strictObject({
      activityWindowDays: wholeNumberAtLeast(1, 90),
      staleDays: wholeNumberAtLeast(1, 30),
      hotThreshold: z._default(
        z
          .number({ error: "expected a fraction from 0 to 1 (0.6 = 60 %)" })
          .check(
            z.gte(0, "expected a fraction from 0 to 1 (0.6 = 60 %)"),
            z.lte(1, "expected a fraction from 0 to 1 (0.6 = 60 %)"),
          ),
        0.6,
      ),
    }),
    {},
  ),
  forecast: z.prefault(
    z.strictObject({
      target: z._default(
        z.nullable(
          z
            .number({ error: "expected an amount ≥ 0, or null" })
            .check(z.gte(0, "expected an amount ≥ 0, or null")),
        ),
        null,
      ),
      period: z._default(
        z.nullable(
          z
            .string({ error: "expected a period like 2024-Q3, 2024-07 or 2024" })
            .check(z.trim(), z.regex(PERIOD, "expected a period like 2024-Q3, 2024-07 or 2024")),
        ),
        null,
      ),
    }),
    {},
  ),
});

/** The add-on's settings, complete (every default filled in). */
export type Settings = z.output<typeof SETTINGS_SCHEMA>;
