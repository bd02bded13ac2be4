import * as z from "zod/mini";
import { parseIsoDay } from "../../core/day/parse-iso-day";
import { PipelineError } from "../../core/pipeline-error";
import { parseMoney } from "../../core/values/parse-money";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const optionalText = (field: string) => z.optional(z.string({ error: `${field} must be text` }));
// The regex keeps the form strict; parseIsoDay turns away days no calendar has (2026-02-31),
// which would otherwise be dropped later while the title still shows them.
const optionalDate = (field: string) =>
  z.optional(
    z.string({ error: `${field} must be a date YYYY-MM-DD` }).check(
      z.regex(DATE, `${field} must be a date YYYY-MM-DD`),
      z.refine((text) => parseIsoDay(text) !== null, `${field} must be a real date YYYY-MM-DD`),
    ),
  );

/** What the sidebar, the CLI and the menu may ask of runReport; anything else is BAD_ARGUMENT. */
export const REPORT_REQUEST_SCHEMA = z.object(
  {
    kind: z.enum(["funnel", "forecast", "hot"], { error: "kind must be funnel, forecast or hot" }),
    asOf: optionalDate("asOf"),
    // Checked by parsePeriod once read, which knows every form a period may take.
    period: z.optional(z.string({ error: "period must be text like 2026-Q4, 2026-10 or 2026" })),
    target: z.optional(z.nullable(z.union([z.number(), z.string()], { error: "target must be a number" }))),
    owner: optionalText("owner"),
    createdFrom: optionalDate("createdFrom"),
    createdTo: optionalDate("createdTo"),
    write: z.optional(z.boolean({ error: "write must be true or false" })),
  },
  { error: 'the request must be an object like { kind: "funnel" }' },
);

export type ReportRequest = z.output<typeof REPORT_REQUEST_SCHEMA>;

/**
 * A request as runReport uses it: the target read as an amount (undefined = use the settings,
 * null = no target), and notes about what was read differently from what was asked.
 */
export interface ParsedReportRequest extends Omit<ReportRequest, "target"> {
  readonly target: number | null | undefined;
  readonly notes: readonly string[];
}

// A target typed as text that is no amount ("lots") still gives a forecast, without a target
// and with a note, as a mistyped cell would: the rest of the report is worth seeing.
function readTarget(target: ReportRequest["target"]): { target: number | null | undefined; notes: string[] } {
  if (target === undefined || target === null || (typeof target === "string" && target.trim() === ""))
    return { target: undefined, notes: [] };
  const amount = typeof target === "number" ? target : parseMoney(target);
  if (amount === null || !Number.isFinite(amount)) {
    if (typeof target !== "string") throw new PipelineError("BAD_ARGUMENT", "target must be a number");
    return {
      target: null,
      notes: [`Target "${target}" is not an amount: the forecast is shown without a target.`],
    };
  }
  if (amount < 0) throw new PipelineError("BAD_ARGUMENT", "target must be 0 or more");
  return { target: amount, notes: [] };
}

/** Checks a report request from outside (sidebar, CLI) and names the first bad field. */
export function parseReportRequest(input: unknown): ParsedReportRequest {
  const parsed = REPORT_REQUEST_SCHEMA.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") ?? "";
    const message = issue?.message ?? "invalid request";
    // zod's own wording ("Invalid input") does not say which field; ours already does.
    throw new PipelineError(
      "BAD_ARGUMENT",
      message.includes(field) ? message : `${field || "request"}: ${message}`,
    );
  }
  return { ...parsed.data, ...readTarget(parsed.data.target) };
}
