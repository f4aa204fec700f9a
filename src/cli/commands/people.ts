/**
 * Commands for the people around the bot: operators and their inbox, the shell to talk to the
 * bot, what visitors asked that it could not answer, leads, and notifications.
 */
import {
  type CommandSpec,
  dirOption,
  jsonOption,
  langOption,
  projectDir,
} from '../command-spec.js';

export const operatorCommand: CommandSpec = {
  name: 'operator',
  description: 'manage the operators who answer in the inbox',
  subcommands: [
    {
      name: 'add',
      description: 'add an operator and print their token (shown once; only its hash is stored)',
      arguments: [['<name>', 'the name visitors see']],
      options: [
        {
          flags: '--role <role>',
          description:
            'admin: everything; manager: all chats, assignment, stats, export; agent: own and team chats',
          choices: ['admin', 'manager', 'agent'],
          default: 'agent',
        },
        {
          flags: '--teams <teams>',
          description: 'comma-separated teams whose unassigned chats an agent takes',
        },
        {
          flags: '--languages <languages>',
          description: 'comma-separated languages the operator answers in',
        },
        dirOption,
      ],
      examples: [
        'chatbot operator add Maria --teams sales,support --languages en,ru',
        'chatbot operator add "Floor Lead" --role manager',
        'chatbot operator add "Ops Lead" --role admin',
      ],
      run: async (name, options) => (await import('../operator.js')).runOperatorAdd(name, options),
    },
    {
      name: 'list',
      description: 'list operators',
      options: [dirOption, jsonOption],
      run: async (options) => (await import('../operator.js')).runOperatorList(options),
    },
    {
      name: 'revoke',
      description: "revoke an operator's token; a running server disconnects them at once",
      arguments: [['<name>', 'operator name']],
      options: [dirOption],
      run: async (name, options) =>
        (await import('../operator.js')).runOperatorRevoke(name, options),
    },
  ],
};

export const inboxCommand: CommandSpec = {
  name: 'inbox',
  description: 'the operator inbox: watch live chats, see visitors type, take over, reply',
  options: [
    {
      flags: '--url <url>',
      description: 'chat server (default: CHATBOT_URL, then `chatbot login`)',
    },
    {
      flags: '--token <token>',
      description: 'operator token (default: CHATBOT_TOKEN, then `chatbot login`)',
    },
    {
      flags: '--open <conversationId>',
      description: 'start on this conversation (the command a lead or handoff notification gives)',
    },
  ],
  examples: [
    'chatbot login --url https://bot.example.com --token cbo_…',
    'chatbot inbox',
    'chatbot inbox --url https://bot.example.com --open c_x7f2k9',
    'CHATBOT_URL=http://localhost:3000 CHATBOT_TOKEN=cbo_… chatbot inbox',
  ],
  notes:
    'Keys: ↑/↓ move, Enter open, t take over, b hand back, r resolve, c reply, f filter by state, F filter line, Space mark, a archive, / search, ? help, q quit.',
  run: async (options) => (await import('../inbox.js')).runInbox(options),
};

export const loginCommand: CommandSpec = {
  name: 'login',
  description: "save the inbox's server URL and operator token (checked first; file mode 600)",
  options: [
    { flags: '--url <url>', description: 'chat server', required: true },
    {
      flags: '--token <token>',
      description: 'operator token from `chatbot operator add`',
      required: true,
    },
  ],
  run: async (options) => (await import('../inbox.js')).runLogin(options),
};

export const shellCommand: CommandSpec = {
  name: 'shell',
  description: 'talk to the bot in the terminal, through the same engine, with no server',
  options: [langOption, dirOption],
  examples: [
    'chatbot shell',
    'chatbot shell --lang ru',
    "printf 'Hola\\n¿Cuánto cuesta Montserrat?\\n' | chatbot shell --lang es",
  ],
  notes:
    'Each reply shows its provider, latency, citations, leads and state changes.\nIn a terminal: /lang xx switches language, /reset starts over, /quit leaves.',
  run: async (options) => (await import('../shell.js')).runShell(options),
};

export const gapsCommand: CommandSpec = {
  name: 'gaps',
  description: 'what visitors asked that the bot could not answer well, grouped, most asked first',
  options: [
    { flags: '--since <duration>', description: 'only questions within this time, e.g. 30d' },
    { flags: '-l, --lang <lang>', description: 'only this language' },
    {
      flags: '--format <format>',
      description: 'output format',
      choices: ['table', 'json'],
      default: 'table',
    },
    {
      flags: '-n, --top <n>',
      description: 'how many groups to show, draft and add',
      default: '20',
    },
    {
      flags: '--draft',
      description: 'write draft blocks (answers marked TODO) into kb/<lang>.json',
    },
    {
      flags: '--eval <file>',
      description: 'add the questions to an eval file as cases labelled `none`',
    },
    { flags: '--data <dir>', description: "data folder (default: the config's storage.dir)" },
    { flags: '--url <url>', description: 'read them from a running server instead' },
    {
      flags: '--token <token>',
      description: 'operator token with the admin role (default: CHATBOT_TOKEN)',
    },
    dirOption,
  ],
  examples: [
    'chatbot gaps --since 30d',
    'chatbot gaps --lang ru --draft',
    'chatbot gaps --eval eval/gaps.yaml',
    'chatbot gaps --url https://bot.example.com --format json',
  ],
  run: async (options) => (await import('../gaps.js')).runGaps(options),
};

export const leadsCommand: CommandSpec = {
  name: 'leads',
  description: 'the leads: contact details, language, first page, UTM tags, conversation link',
  options: [
    {
      flags: '--since <duration>',
      description: 'only leads updated within this time, e.g. 7d or 12h',
    },
    {
      flags: '--format <format>',
      description: 'output format',
      choices: ['table', 'csv', 'json'],
      default: 'table',
    },
    dirOption,
  ],
  examples: ['chatbot leads', 'chatbot leads --since 7d', 'chatbot leads --format csv > leads.csv'],
  run: async (options) => (await import('../leads.js')).runLeads(options),
};

export const notifyCommand: CommandSpec = {
  name: 'notify',
  description: 'owner notifications: Telegram and webhooks',
  subcommands: [
    {
      name: 'test',
      description: 'send a test message through every configured channel',
      arguments: [projectDir],
      examples: ['chatbot notify test'],
      notes: 'Exit codes: 0 every channel answered, 1 one failed or none is configured.',
      run: async (dir) => (await import('../notify.js')).runNotifyTest(dir),
    },
  ],
};
