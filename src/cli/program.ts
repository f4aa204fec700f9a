/**
 * The commander program built from the command list (commands.ts). Nothing here knows a
 * command by name: adding one is an entry in the list.
 */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { ChatbotError } from '../errors/chatbot-error.js';
import { projectDir } from './command-spec.js';
import { type CommandSpec, commands } from './commands.js';

export function packageVersion(): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

export function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

export function buildProgram(list: readonly CommandSpec[] = commands): Command {
  const program = new Command('chatbot')
    .description('Config-as-code AI chat for websites.')
    .version(packageVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText(
      'after',
      examples([
        'chatbot init my-bot',
        'cd my-bot && chatbot validate',
        'chatbot validate --format json',
      ]),
    );
  for (const spec of list) addCommand(program, spec);
  return program;
}

function addCommand(parent: Command, spec: CommandSpec): void {
  const command = parent.command(spec.name).description(spec.description);
  for (const [syntax, description, defaultValue] of spec.arguments ?? [])
    command.argument(syntax, description, defaultValue);
  for (const option of spec.options ?? []) command.addOption(toOption(option));
  // Half the commands take the project as `-C`: every command that takes it as `[dir]` takes
  // `-C` too, so one habit works everywhere.
  const dirAt = (spec.arguments ?? []).indexOf(projectDir);
  if (dirAt >= 0) command.addOption(new Option('-C, --dir <dir>', 'the same as [dir]'));
  const help = helpAfter(spec);
  if (help) command.addHelpText('after', help);
  for (const sub of spec.subcommands ?? []) addCommand(command, sub);
  const run = spec.run as ((...args: unknown[]) => Promise<unknown>) | undefined;
  if (run)
    // commander passes the arguments, the options, then the command itself. A subcommand also
    // gets its parent's options (`chatbot audit --url … verify`).
    command.action(async (...params: unknown[]) => {
      const self = params.at(-1) as Command;
      const args = params.slice(0, -2);
      if (dirAt >= 0) args[dirAt] = projectDirOf(args[dirAt] as string, self.opts().dir);
      await run(...args, self.optsWithGlobals());
    });
}

/** The project directory given as `[dir]` or as `-C`, not both. */
function projectDirOf(positional: string, option: string | undefined): string {
  if (option === undefined || option === positional) return positional;
  if (positional !== projectDir[2])
    throw new ChatbotError('USAGE', `Two project directories: ${positional} and -C ${option}`);
  return option;
}

function toOption(
  spec: CommandSpec['options'] extends readonly (infer O)[] | undefined ? O : never,
) {
  const option = new Option(spec.flags, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.default !== undefined) option.default(spec.default);
  if (spec.parse) option.argParser(spec.parse);
  if (spec.required) option.makeOptionMandatory();
  return option;
}

function helpAfter(spec: CommandSpec): string {
  const lines = spec.examples ? examples(spec.examples) : '';
  return spec.notes ? `${lines}\n${spec.notes}\n` : lines;
}
