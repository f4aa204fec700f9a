/**
 * Every `chatbot` command, as data: its name, arguments, options and help, and a `run` that
 * imports the command's own file only when the command runs, so `chatbot --help` loads
 * commander and this list and nothing else. program.ts turns the list into commander commands.
 *
 * The entries live by theme in commands/: project.ts (init, validate, test, eval, build, kb,
 * prompt), server.ts (dev, start, deploy, versions, rollback), people.ts (operator, inbox, login,
 * shell, gaps, leads, notify), insight.ts (stats, audit); conversations-command.ts and
 * storage-commands.ts hold their own.
 *
 * To add a command: write `src/cli/<name>.ts` exporting a typed `run<Name>(…)` function (no
 * commander in it; tests call it directly), then export its entry from the themed file it fits:
 *   export const statsCommand: CommandSpec = { name: 'stats', description: '…',
 *     options: [{ flags: '--json', description: '…' }],
 *     run: async (options) => (await import('../stats.js')).runStats(options) };
 * and add it to the list below where `chatbot --help` should show it. `run` gets the positional
 * arguments in order, then the options object. A group of commands (`chatbot kb stats`) is an
 * entry with `subcommands` instead of `run`.
 */
import type { CommandSpec } from './command-spec.js';
import { auditCommand, statsCommand } from './commands/insight.js';
import {
  gapsCommand,
  inboxCommand,
  leadsCommand,
  loginCommand,
  notifyCommand,
  operatorCommand,
  shellCommand,
} from './commands/people.js';
import {
  buildCommand,
  evalCommand,
  initCommand,
  kbCommand,
  promptCommand,
  testCommand,
  validateCommand,
} from './commands/project.js';
import {
  deployCommand,
  devCommand,
  rollbackCommand,
  startCommand,
  versionsCommand,
} from './commands/server.js';
import { conversationsCommand } from './conversations-command.js';
import { migrateCommand, storageCommand } from './storage-commands.js';

export type { CommandSpec } from './command-spec.js';

/** In the order `chatbot --help` lists them. */
export const commands: readonly CommandSpec[] = [
  initCommand,
  validateCommand,
  devCommand,
  startCommand,
  operatorCommand,
  testCommand,
  evalCommand,
  buildCommand,
  deployCommand,
  versionsCommand,
  rollbackCommand,
  inboxCommand,
  loginCommand,
  shellCommand,
  statsCommand,
  auditCommand,
  gapsCommand,
  conversationsCommand,
  migrateCommand,
  storageCommand,
  leadsCommand,
  notifyCommand,
  kbCommand,
  promptCommand,
];
