/**
 * Registers `chatbot conversations …` on the program. The commands themselves live in
 * conversations.ts and load only when run.
 */
import { type Command, Option } from 'commander';

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

/** Where the conversations are: a data folder (the default, the project's) or a server. */
function withWhere(command: Command): Command {
  return command
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .option(
      '--data <dir>',
      "a data folder (default: the project's storage.dir); refused while a server uses it",
    )
    .option('--url <url>', 'a running server instead of a data folder')
    .option(
      '--token <token>',
      'operator token for --url (default: CHATBOT_TOKEN, then `chatbot login`)',
    );
}

/** The filters every subcommand takes, named as the query parameters are (camelCase). */
function withFilters(command: Command): Command {
  return command
    .option('--state <states>', 'bot, waiting, human or resolved (comma-separated)')
    .option('--lang <lang>', 'language')
    .option('--channel <channel>', 'widget or api')
    .option('--since <when>', 'last activity within (7d, 12h) or since a date (2026-05-01)')
    .option('--before <when>', 'last activity longer ago than (90d) or before a date')
    .option('--from <date>', 'last activity on or after this date')
    .option('--to <date>', 'last activity on or before this date (the whole day)')
    .option('--country <code>', 'country from the IP, e.g. ES')
    .option('--city <city>', 'city from the IP')
    .option('--utm-source <source>', 'utm_source of the visit')
    .option('--utm-medium <medium>', 'utm_medium of the visit')
    .option('--utm-campaign <campaign>', 'utm_campaign of the visit')
    .option('--entry-page <text>', 'part of the first page’s address')
    .option('--has-lead [yes|no]', 'the visitor left an email or phone (or, with no, did not)')
    .option('--rating <n>', "the visitor's rating: 5, or a range like 1-2")
    .option('--text <words>', 'words in the visitor’s messages or contact details')
    .option('--archived [yes|no]', 'archived ones only (or, with no, none of them)');
}

export function registerConversationsCommand(program: Command): void {
  const conversations = program
    .command('conversations')
    .description('list, show, export, archive and delete stored conversations; apply retention');

  withFilters(withWhere(conversations.command('list')))
    .description('conversations matching the filters, most recently active first')
    .option('-n, --limit <n>', 'how many to show', '50')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      examples([
        'chatbot conversations list --state waiting',
        'chatbot conversations list --country ES --since 7d',
        'chatbot conversations list --url https://bot.example.com --utm-source google',
      ]),
    )
    .action(async (options) => {
      const { runList } = await import('./conversations.js');
      await runList(options);
    });

  withWhere(conversations.command('show'))
    .description('one conversation: visitor, contact and the whole transcript')
    .argument('<id>', 'conversation id')
    .option('--json', 'machine-readable output')
    .action(async (id: string, options) => {
      const { runShow } = await import('./conversations.js');
      await runShow(id, options);
    });

  withFilters(withWhere(conversations.command('export')))
    .description('write conversations as CSV or JSON Lines: a row per conversation or per message')
    .addOption(
      new Option('--format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'),
    )
    .addOption(
      new Option('--per <unit>', 'one row per')
        .choices(['conversation', 'message'])
        .default('conversation'),
    )
    .option('-o, --output <file>', 'write to this file (mode 600) instead of standard output')
    .addHelpText(
      'after',
      `${examples(['chatbot conversations export --since 30d > last-month.csv', 'chatbot conversations export --per message --format jsonl -o transcripts.jsonl'])}\nCSV cells starting with = + - @ tab or CR get a leading apostrophe, so a spreadsheet never runs them.\n`,
    )
    .action(async (options) => {
      const { runExport } = await import('./conversations.js');
      await runExport(options);
    });

  withFilters(withWhere(conversations.command('archive')))
    .description('archive the matching conversations (out of the inbox list, still stored)')
    .option('--undo', 'unarchive them instead')
    .option('-y, --yes', 'do it; without it, only the count is shown')
    .addHelpText(
      'after',
      `${examples(['chatbot conversations archive --before 90d --state resolved', 'chatbot conversations archive --before 90d --state resolved --yes'])}\nExit codes: 0 done, 1 nothing changed (no --yes), 2 usage.\n`,
    )
    .action(async (options) => {
      const { runArchive } = await import('./conversations.js');
      await runArchive(options);
    });

  withFilters(withWhere(conversations.command('delete')))
    .description('delete the matching conversations for good, or everything about one person')
    .option(
      '--email <email>',
      'erase this person: their conversations, uploads, leads, pending notifications',
    )
    .option('--visitor <id>', 'erase this visitor (by visitor id) the same way')
    .option('-y, --yes', 'do it; without it, only the count is shown')
    .addHelpText(
      'after',
      `${examples(['chatbot conversations delete --before 365d --yes', 'chatbot conversations delete --email jane@example.com --yes'])}\nDeleting over --url needs an admin operator. Exit codes: 0 done, 1 nothing changed (no --yes), 2 usage.\n`,
    )
    .action(async (options) => {
      const { runDelete } = await import('./conversations.js');
      await runDelete(options);
    });

  withWhere(conversations.command('purge'))
    .description('apply storage.retention now (the server also does, once a day) and log it')
    .addHelpText(
      'after',
      examples([
        'chatbot conversations purge',
        'chatbot conversations purge --url https://bot.example.com',
      ]),
    )
    .action(async (options) => {
      const { runPurge } = await import('./conversations.js');
      await runPurge(options);
    });
}
