/**
 * The `chatbot` program. Commands are listed in commands.ts and imported only when run, so
 * `chatbot --help` loads commander and the list and nothing else. Every failure ends here: a
 * ChatbotError prints its code, message and hint; anything else is a bug and prints its stack.
 * Must not hold command logic: each command is a typed function in its own file.
 */
import { CommanderError } from 'commander';
import { ChatbotError, ExitError } from '../errors/chatbot-error.js';
import { createOutput } from './output.js';
import { buildProgram } from './program.js';

export { packageVersion } from './program.js';

/** Runs the CLI and returns the exit code; never calls process.exit, so tests can call it. */
export async function main(argv: readonly string[]): Promise<number> {
  const output = createOutput();
  const program = buildProgram();
  program.configureOutput({
    writeOut: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
    outputError: (text, write) => write(output.colors.red(text)),
  });
  try {
    await program.parseAsync(argv as string[]);
    return 0;
  } catch (error) {
    return handleError(error, output);
  }
}

function handleError(error: unknown, output: ReturnType<typeof createOutput>): number {
  const c = output.colors;
  if (error instanceof ExitError) return error.exitCode;
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander; usage mistakes were already printed by it.
    if (error.exitCode === 0) return 0;
    return 2;
  }
  if (error instanceof ChatbotError) {
    output.err(`${c.red(c.bold('error'))} ${c.dim(error.code)} ${error.message}`);
    output.err(`  ${c.dim('hint:')} ${error.hint}`);
    return error.exitCode;
  }
  output.err(
    c.red(
      'An unexpected error occurred. This is a bug in chatbot; please report it with the output below.',
    ),
  );
  output.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return 1;
}
