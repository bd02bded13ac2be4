import type { CommandSpec } from "./command-spec";

const PROGRAM = "pipeline-confidence";

function renderCommand(command: CommandSpec): string {
  const positional = command.positional ? ` <${command.positional.choices.join("|")}>` : "";
  const lines = [
    `Usage: ${PROGRAM} ${command.name}${positional} [options]`,
    "",
    command.summary,
    "",
    "Options:",
  ];
  for (const option of command.options) {
    const value = option.kind === "flag" ? "" : ` <${option.kind === "file" ? "FILE" : option.kind}>`;
    const required = option.required ? " (required)" : "";
    lines.push(`  --${option.name}${value}`.padEnd(26) + option.description + required);
  }
  lines.push(`${"  --help".padEnd(26)}show this help`);
  return lines.join("\n");
}

/** The --help text: all commands, or one command's options. */
export function renderHelp(commands: readonly CommandSpec[], command?: CommandSpec): string {
  if (command) return renderCommand(command);
  const lines = [`Usage: ${PROGRAM} <command> [options]`, "", "Commands:"];
  for (const each of commands) lines.push(`  ${each.name.padEnd(10)}${each.summary}`);
  lines.push("", `Run "${PROGRAM} <command> --help" for a command's options.`);
  return lines.join("\n");
}
