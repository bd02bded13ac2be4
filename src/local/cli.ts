import { type CliOutput, type CommandSpec, UsageError } from "./cli/command-spec";
import { demoCommand } from "./cli/commands/demo-command";
import { reportCommand } from "./cli/commands/report-command";
import { scoreCommand } from "./cli/commands/score-command";
import { tabsCommand } from "./cli/commands/tabs-command";
import { parseCommandLine } from "./cli/parse-command-line";
import { renderHelp } from "./cli/render-help";

export const COMMANDS: readonly CommandSpec[] = [tabsCommand, demoCommand, scoreCommand, reportCommand];

const PROCESS_OUTPUT: CliOutput = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs the command line and returns the exit code: 0 done, 1 failed, 2 bad command line. */
export async function main(argv: readonly string[], output: CliOutput = PROCESS_OUTPUT): Promise<number> {
  try {
    const commandLine = parseCommandLine(argv, COMMANDS);
    if (commandLine.kind === "help") {
      output.out(renderHelp(COMMANDS, commandLine.command));
      return 0;
    }
    await commandLine.command.run(commandLine.args, output);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`pipeline-confidence: ${error.message}\nRun "pipeline-confidence --help" for usage.`);
      return 2;
    }
    output.err(`pipeline-confidence: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
