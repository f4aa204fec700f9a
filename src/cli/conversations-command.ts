/**
 * `chatbot conversations …` as an entry of the command list (commands.ts): its subcommands,
 * their filters and help. The commands themselves live in conversations.ts and load only when run.
 */
import type { CommandSpec, OptionSpec } from './command-spec.js';

/** Where the conversations are: a data folder (the default, the project's) or a server. */
const where: readonly OptionSpec[] = [
  { flags: '-C, --dir <dir>', description: 'bot project directory', default: '.' },
  {
    flags: '--data <dir>',
    description:
      "a data folder (default: the project's storage.dir); refused while a server uses it",
  },
  { flags: '--url <url>', description: 'a running server instead of a data folder' },
  {
    flags: '--token <token>',
    description: 'operator token for --url (default: CHATBOT_TOKEN, then `chatbot login`)',
  },
];

/** The filters every subcommand takes, named as the query parameters are (camelCase). */
const filters: readonly OptionSpec[] = [
  { flags: '--state <states>', description: 'bot, waiting, human or resolved (comma-separated)' },
  { flags: '--lang <lang>', description: 'language' },
  { flags: '--channel <channel>', description: 'widget or api' },
  {
    flags: '--since <when>',
    description: 'last activity within (7d, 12h) or since a date (2026-05-01)',
  },
  { flags: '--before <when>', description: 'last activity longer ago than (90d) or before a date' },
  { flags: '--from <date>', description: 'last activity on or after this date' },
  { flags: '--to <date>', description: 'last activity on or before this date (the whole day)' },
  { flags: '--country <code>', description: 'country from the IP, e.g. ES' },
  { flags: '--city <city>', description: 'city from the IP' },
  { flags: '--utm-source <source>', description: 'utm_source of the visit' },
  { flags: '--utm-medium <medium>', description: 'utm_medium of the visit' },
  { flags: '--utm-campaign <campaign>', description: 'utm_campaign of the visit' },
  { flags: '--entry-page <text>', description: 'part of the first page’s address' },
  {
    flags: '--has-lead [yes|no]',
    description: 'the visitor left an email or phone (or, with no, did not)',
  },
  { flags: '--rating <n>', description: "the visitor's rating: 5, or a range like 1-2" },
  { flags: '--topic <topic>', description: 'a topic of the visitor’s messages, e.g. refund' },
  { flags: '--priority <level>', description: 'low, normal, high or urgent (escalation rules)' },
  { flags: '--text <words>', description: 'words in the visitor’s messages or contact details' },
  { flags: '--archived [yes|no]', description: 'archived ones only (or, with no, none of them)' },
];

const confirm: OptionSpec = {
  flags: '-y, --yes',
  description: 'do it; without it, only the count is shown',
};

const conversations = () => import('./conversations.js');

export const conversationsCommand: CommandSpec = {
  name: 'conversations',
  description: 'list, show, export, archive and delete stored conversations; apply retention',
  subcommands: [
    {
      name: 'list',
      description: 'conversations matching the filters, most recently active first',
      options: [
        ...where,
        ...filters,
        { flags: '-n, --limit <n>', description: 'how many to show', default: '50' },
        { flags: '--json', description: 'machine-readable output' },
      ],
      examples: [
        'chatbot conversations list --state waiting',
        'chatbot conversations list --country ES --since 7d',
        'chatbot conversations list --url https://bot.example.com --utm-source google',
      ],
      run: async (options) => (await conversations()).runList(options),
    },
    {
      name: 'show',
      description: 'one conversation: visitor, contact and the whole transcript',
      arguments: [['<id>', 'conversation id']],
      options: [...where, { flags: '--json', description: 'machine-readable output' }],
      run: async (id: string, options) => (await conversations()).runShow(id, options),
    },
    {
      name: 'export',
      description:
        'write conversations as CSV or JSON Lines: a row per conversation or per message',
      options: [
        ...where,
        ...filters,
        {
          flags: '--format <format>',
          description: 'output format',
          choices: ['csv', 'jsonl'],
          default: 'csv',
        },
        {
          flags: '--per <unit>',
          description: 'one row per',
          choices: ['conversation', 'message'],
          default: 'conversation',
        },
        {
          flags: '-o, --output <file>',
          description: 'write to this file (mode 600) instead of standard output',
        },
      ],
      examples: [
        'chatbot conversations export --since 30d > last-month.csv',
        'chatbot conversations export --per message --format jsonl -o transcripts.jsonl',
      ],
      notes:
        'CSV cells starting with = + - @ tab or CR get a leading apostrophe, so a spreadsheet never runs them.',
      run: async (options) => (await conversations()).runExport(options),
    },
    {
      name: 'archive',
      description: 'archive the matching conversations (out of the inbox list, still stored)',
      options: [
        ...where,
        ...filters,
        { flags: '--undo', description: 'unarchive them instead' },
        confirm,
      ],
      examples: [
        'chatbot conversations archive --before 90d --state resolved',
        'chatbot conversations archive --before 90d --state resolved --yes',
      ],
      notes: 'Exit codes: 0 done, 1 nothing changed (no --yes), 2 usage.',
      run: async (options) => (await conversations()).runArchive(options),
    },
    {
      name: 'delete',
      description: 'delete the matching conversations for good, or everything about one person',
      options: [
        ...where,
        ...filters,
        {
          flags: '--email <email>',
          description:
            'erase this person: their conversations, uploads, leads, pending notifications',
        },
        { flags: '--visitor <id>', description: 'erase this visitor (by visitor id) the same way' },
        confirm,
      ],
      examples: [
        'chatbot conversations delete --before 365d --yes',
        'chatbot conversations delete --email jane@example.com --yes',
      ],
      notes:
        'Deleting over --url needs an admin operator. Exit codes: 0 done, 1 nothing changed (no --yes), 2 usage.',
      run: async (options) => (await conversations()).runDelete(options),
    },
    {
      name: 'purge',
      description: 'apply storage.retention now (the server also does, once a day) and log it',
      options: where,
      examples: [
        'chatbot conversations purge',
        'chatbot conversations purge --url https://bot.example.com',
      ],
      run: async (options) => (await conversations()).runPurge(options),
    },
  ],
};
