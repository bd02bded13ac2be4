import { type CommandArgs, type CommandSpec, type OptionSpec, UsageError } from "./command-spec";
import { parseOptionValue } from "./parse-option-value";

/** A parsed command line: the command, or a request for help (general or about one command). */
export type CommandLine =
  | { readonly kind: "help"; readonly command?: CommandSpec }
  | { readonly kind: "run"; readonly command: CommandSpec; readonly args: CommandArgs };

function findCommand(name: string, commands: readonly CommandSpec[]): CommandSpec {
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    throw new UsageError(
      `Unknown command "${name}". Commands: ${commands.map((each) => each.name).join(", ")}.`,
    );
  }
  return command;
}

function findOption(flag: string, command: CommandSpec): OptionSpec {
  const spec = command.options.find((option) => `--${option.name}` === flag);
  if (!spec) {
    const known = command.options.map((option) => `--${option.name}`).join(", ");
    throw new UsageError(`Unknown option ${flag} for "${command.name}". Options: ${known}.`);
  }
  return spec;
}

/**
 * Reads the option at `tokens[index]`, as `--name value`, `--name=value` or a bare `--flag`, into
 * `options`; returns how many tokens it took.
 */
function readOption(
  tokens: readonly string[],
  index: number,
  command: CommandSpec,
  options: Record<string, string | number | boolean>,
): number {
  const token = tokens[index] as string;
  const equals = token.indexOf("=");
  const flag = equals === -1 ? token : token.slice(0, equals);
  const spec = findOption(flag, command);
  if (spec.kind === "flag") {
    if (equals !== -1) throw new UsageError(`${flag} takes no value`);
    options[spec.name] = true;
    return 1;
  }
  const joined = equals !== -1;
  const text = joined ? token.slice(equals + 1) : tokens[index + 1];
  if (text === undefined || text === "" || (!joined && text.startsWith("--")))
    throw new UsageError(`${flag} needs a value`);
  options[spec.name] = parseOptionValue(spec, text);
  return joined ? 1 : 2;
}

/**
 * Parses `<command> [positional] --option value … --flag` strictly: nothing unknown passes. An
 * option's value may also be joined to it, as in `--workbook=demo.xlsx`.
 *
 * @example
 * parseCommandLine(["score", "--workbook=demo.xlsx", "--json"], COMMANDS);
 * // => { kind: "run", command: scoreCommand, args: { positionals: [], options: { workbook: "demo.xlsx", json: true } } }
 */
export function parseCommandLine(argv: readonly string[], commands: readonly CommandSpec[]): CommandLine {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") return { kind: "help" };
  const command = findCommand(name, commands);
  if (rest.includes("--help") || rest.includes("-h")) return { kind: "help", command };
  const options: Record<string, string | number | boolean> = {};
  const positionals: string[] = [];
  for (let index = 0; index < rest.length; ) {
    const token = rest[index] as string;
    if (token.startsWith("--")) {
      index += readOption(rest, index, command, options);
    } else {
      positionals.push(token);
      index++;
    }
  }
  checkPositionals(command, positionals);
  for (const spec of command.options) {
    if (spec.required && options[spec.name] === undefined) {
      throw new UsageError(`"${command.name}" needs --${spec.name}`);
    }
  }
  return { kind: "run", command, args: { positionals, options } };
}

function checkPositionals(command: CommandSpec, positionals: readonly string[]): void {
  const expected = command.positional;
  if (!expected) {
    if (positionals.length > 0)
      throw new UsageError(`"${command.name}" takes no argument "${positionals[0]}"`);
    return;
  }
  const [value, extra] = positionals;
  const choices = expected.choices.join("|");
  if (value === undefined) throw new UsageError(`"${command.name}" needs a ${expected.name}: ${choices}`);
  if (!expected.choices.includes(value)) {
    throw new UsageError(`Unknown ${expected.name} "${value}" for "${command.name}": use ${choices}`);
  }
  if (extra !== undefined)
    throw new UsageError(`"${command.name}" takes one ${expected.name}, got also "${extra}"`);
}
