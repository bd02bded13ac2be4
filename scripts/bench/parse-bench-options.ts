/** What `npm run bench -- [--json] [--sizes 10000,100000]` asks for. */
export interface BenchOptions {
  readonly json: boolean;
  /** Lead counts to run, in the order given. */
  readonly sizes: number[];
}

export const DEFAULT_BENCH_SIZES: readonly number[] = [10_000, 100_000];

/**
 * Reads the bench's command line (arguments after the script name).
 * @example parseBenchOptions(["--json", "--sizes", "100,2000"]) // => { json: true, sizes: [100, 2000] }
 */
export function parseBenchOptions(args: readonly string[]): BenchOptions {
  let json = false;
  let sizes = [...DEFAULT_BENCH_SIZES];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === "--json") json = true;
    else if (arg === "--sizes") sizes = parseSizes(args[++index]);
    else if (arg.startsWith("--sizes=")) sizes = parseSizes(arg.slice("--sizes=".length));
    else throw new Error(`bench: unknown option "${arg}" (use --json, --sizes 10000,100000)`);
  }
  return { json, sizes };
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
