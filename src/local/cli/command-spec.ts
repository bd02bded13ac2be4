/** The kinds of value an option takes; each is checked before a command runs. */
export type OptionKind = "string" | "file" | "integer" | "number" | "date" | "period" | "flag";

export interface OptionSpec {
  readonly name: string;
  readonly kind: OptionKind;
  readonly description: string;
  readonly required?: boolean;
}

export interface PositionalSpec {
  readonly name: string;
  readonly choices: readonly string[];
}

/** What a command received, already checked against its spec. */
export interface CommandArgs {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | number | boolean | undefined>>;
}

/** Where a command writes: stdout for results, stderr for progress and messages. */
export interface CliOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly positional?: PositionalSpec;
  readonly options: readonly OptionSpec[];
  readonly run: (args: CommandArgs, output: CliOutput) => Promise<void>;
}

/** A mistake in the command line: printed with a hint to --help, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
