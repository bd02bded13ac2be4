/** The phases `--phases` can pick; score leads always runs, since the reports read its columns. */
export const BENCH_PHASES = ["funnel", "forecast", "hot", "functions"] as const;

export type BenchPhase = (typeof BENCH_PHASES)[number];

/** What `npm run bench -- [--json] [--sizes 10000,100000] [--phases funnel,hot]` asks for. */
export interface BenchOptions {
  readonly json: boolean;
  /** Lead counts to run, in the order given. */
  readonly sizes: number[];
  /** The phases to run after score leads, all by default. */
  readonly phases: BenchPhase[];
  readonly help: boolean;
}

export const DEFAULT_BENCH_SIZES: readonly number[] = [10_000, 100_000];

export const BENCH_HELP = `Usage: npm run bench -- [options]

Generates pipelines, loads them into the local runtime and times each phase through Code.js.
A 100-lead pipeline always runs too, to compare the score's service calls.

  --json                   print the figures as JSON instead of tables
  --sizes 10000,100000     lead counts to run (default ${DEFAULT_BENCH_SIZES.join(",")})
  --phases funnel,hot      phases to run after score leads, which always runs first
                           (the reports read its columns): ${BENCH_PHASES.join(", ")}
                           (default all); targets of phases not run read "not run"
  --help                   this text
`;

/**
 * Reads the bench's command line (arguments after the script name).
 * @example parseBenchOptions(["--json", "--sizes", "100,2000"]) // => { json: true, sizes: [100, 2000], … }
 */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
  let json = false;
  let help = false;
  let sizes = [...DEFAULT_BENCH_SIZES];
  let phases: BenchPhase[] = [...BENCH_PHASES];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--sizes") sizes = parseSizes(args[++index]);
    else if (arg.startsWith("--sizes=")) sizes = parseSizes(arg.slice("--sizes=".length));
    else if (arg === "--phases") phases = parsePhases(args[++index]);
    else if (arg.startsWith("--phases=")) phases = parsePhases(arg.slice("--phases=".length));
    else throw new Error(`bench: unknown option "${arg}" (use --json, --sizes, --phases or --help)`);
  }
  return { json, sizes, phases, help };
}

function parseSizes(text: string | undefined): number[] {
  if (text === undefined || text.trim() === "")
    throw new Error("bench: --sizes needs a list, e.g. --sizes 10000,100000");
  return text.split(",").map((part) => {
    const leads = Number(part.trim().replace(/_/g, ""));
    if (!Number.isInteger(leads) || leads < 1)
      throw new Error(`bench: --sizes: "${part}" is not a whole number of leads`);
    return leads;
  });
}

function parsePhases(text: string | undefined): BenchPhase[] {
  if (text === undefined || text.trim() === "")
    throw new Error(`bench: --phases needs a list of ${BENCH_PHASES.join(", ")}`);
  return text.split(",").map((part) => {
    const phase = part.trim();
    if (!(BENCH_PHASES as readonly string[]).includes(phase))
      throw new Error(`bench: --phases: "${phase}" is not one of ${BENCH_PHASES.join(", ")}`);
    return phase as BenchPhase;
  });
}
