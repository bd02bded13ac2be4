import { type CommandArgs, type CommandSpec, UsageError } from "./command-spec";
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

/** Parses `<command> [positional] --option value … --flag` strictly: nothing unknown passes. */
export function parseCommandLine(argv: readonly string[], commands: readonly CommandSpec[]): CommandLine {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") return { kind: "help" };
  const command = findCommand(name, commands);
  if (rest.includes("--help") || rest.includes("-h")) return { kind: "help", command };
  const options: Record<string, string | number | boolean> = {};
  const positionals: string[] = [];
  for (let index = 0; index < rest.length; index++) {
    const token = rest[index] as string;
    if (!token.startsWith("--")) {
      positionals.push(token);
      continue;
    }
    const spec = command.options.find((option) => `--${option.name}` === token);
    if (!spec) {
      const known = command.options.map((option) => `--${option.name}`).join(", ");
      throw new UsageError(`Unknown option ${token} for "${command.name}". Options: ${known}.`);
    }
    if (spec.kind === "flag") {
      options[spec.name] = true;
      continue;
    }
    const text = rest[index + 1];
    if (text === undefined || text.startsWith("--")) throw new UsageError(`${token} needs a value`);
    options[spec.name] = parseOptionValue(spec, text);
    index++;
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
