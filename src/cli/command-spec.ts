/**
 * The shape of a command in the list (commands.ts), and the arguments and options many
 * commands share. Data only: nothing here imports a command.
 */
import { ChatbotError } from '../errors/chatbot-error.js';

export interface OptionSpec {
  /** commander's syntax: '-p, --port <port>', '--no-tests', '--json'. */
  readonly flags: string;
  readonly description: string;
  readonly default?: string;
  readonly choices?: readonly string[];
  readonly parse?: (value: string) => unknown;
  readonly required?: boolean;
}

export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  /** commander's syntax ('<name>', '[dir]', '[files...]'), a description, and a default. */
  readonly arguments?: readonly (readonly [string, string, string?])[];
  readonly options?: readonly OptionSpec[];
  readonly examples?: readonly string[];
  /** Help after the examples: exit codes, keys. */
  readonly notes?: string;
  readonly subcommands?: readonly CommandSpec[];
  /** Positional arguments in order, then the options; imports the command's file when run. */
  readonly run?: (...args: never[]) => Promise<unknown>;
}

/** A threshold given in percent ("75" or "75%"), kept as a share 0..1. */
export function percentage(value: string): number {
  const number = Number(value.replace(/%$/, ''));
  if (!Number.isFinite(number) || number < 0 || number > 100)
    throw new ChatbotError('USAGE', `"${value}" is not a percentage from 0 to 100`);
  return number / 100;
}

export const projectDir = ['[dir]', 'bot project directory', '.'] as const;
export const dirOption: OptionSpec = {
  flags: '-C, --dir <dir>',
  description: 'bot project directory',
  default: '.',
};
export const jsonOption: OptionSpec = { flags: '--json', description: 'machine-readable output' };
export const langOption: OptionSpec = {
  flags: '-l, --lang <lang>',
  description: 'language (default: the default language)',
};
export const liveOption: OptionSpec = {
  flags: '--live',
  description: 'answer through the configured AI cascade (needs the API keys) instead of offline',
};
export const urlOption: OptionSpec = {
  flags: '--url <url>',
  description: 'the server, instead of a named target',
};
