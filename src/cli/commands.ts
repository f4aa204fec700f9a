/**
 * Every `chatbot` command, as data: its name, arguments, options and help, and a `run` that
 * imports the command's own file only when the command runs, so `chatbot --help` loads
 * commander and this list and nothing else. program.ts turns the list into commander commands.
 *
 * To add a command: write `src/cli/<name>.ts` exporting a typed `run<Name>(…)` function (no
 * commander in it; tests call it directly), then add one entry below:
 *   { name: 'stats', description: '…', options: [{ flags: '--json', description: '…' }],
 *     run: async (options) => (await import('./stats.js')).runStats(options) },
 * `run` gets the positional arguments in order, then the options object. A group of commands
 * (`chatbot kb stats`) is an entry with `subcommands` instead of `run`.
 */
import {
  type CommandSpec,
  dirOption,
  jsonOption,
  langOption,
  liveOption,
  percentage,
  projectDir,
  urlOption,
} from './command-spec.js';
import { conversationsCommand } from './conversations-command.js';
import { migrateCommand, storageCommand } from './storage-commands.js';
import type { TestCommandOptions } from './test.js';

export type { CommandSpec } from './command-spec.js';

const serve = (mode: 'dev' | 'start'): CommandSpec => ({
  name: mode,
  description:
    mode === 'dev'
      ? 'run the bot locally: demo page, hot reload of config, knowledge and templates'
      : 'run the bot in production: JSON logs, CHATBOT_ADMIN_TOKEN required, graceful shutdown on SIGTERM, reload on SIGHUP',
  arguments: [projectDir],
  options: [
    { flags: '-p, --port <port>', description: 'port (default: server.port, 3000)' },
    {
      flags: '--host <host>',
      description: `address to listen on (default: ${mode === 'dev' ? '127.0.0.1' : '0.0.0.0'})`,
    },
  ],
  examples:
    mode === 'dev'
      ? ['chatbot dev', 'chatbot dev --port 8080']
      : ['CHATBOT_ADMIN_TOKEN=… chatbot start', 'kill -HUP <pid>   # reload'],
  run: async (dir, options) => (await import('./serve.js')).runServe(dir, mode, options),
});

export const commands: readonly CommandSpec[] = [
  {
    name: 'init',
    description: 'scaffold a bot project: config, knowledge, templates, CI workflow',
    arguments: [['[dir]', 'directory to create the project in', '.']],
    options: [
      { flags: '--name <name>', description: 'bot and company name' },
      {
        flags: '--languages <list>',
        description: 'comma-separated language codes, the first is the default (e.g. en,ru)',
      },
      { flags: '-y, --yes', description: 'accept defaults, ask nothing' },
      { flags: '--force', description: 'write into a non-empty directory' },
      { flags: '--no-install', description: 'do not run npm install in the new project' },
    ],
    examples: [
      'chatbot init my-bot',
      'chatbot init my-bot --name "Acme Travel" --languages en,es --yes',
    ],
    run: async (dir, options) => (await import('./init.js')).runInit(dir, options),
  },
  {
    name: 'validate',
    description: 'check the config, knowledge files and templates; exit 1 on errors',
    arguments: [projectDir],
    options: [
      {
        flags: '--format <format>',
        description: 'output format',
        choices: ['pretty', 'json'],
        default: 'pretty',
      },
      { flags: '--strict', description: 'fail on warnings too' },
    ],
    examples: [
      'chatbot validate',
      'chatbot validate ./my-bot --strict',
      'chatbot validate --format json > findings.json',
    ],
    notes:
      'Exit codes: 0 valid, 1 errors (or warnings with --strict), 2 usage.\nWith GITHUB_ACTIONS=true findings are also printed as pull request annotations.',
    run: async (dir, options) => (await import('./validate.js')).runValidate(dir, options),
  },
  serve('dev'),
  serve('start'),
  {
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
        run: async (name, options) => (await import('./operator.js')).runOperatorAdd(name, options),
      },
      {
        name: 'list',
        description: 'list operators',
        options: [dirOption, jsonOption],
        run: async (options) => (await import('./operator.js')).runOperatorList(options),
      },
      {
        name: 'revoke',
        description: "revoke an operator's token; a running server disconnects them at once",
        arguments: [['<name>', 'operator name']],
        options: [dirOption],
        run: async (name, options) =>
          (await import('./operator.js')).runOperatorRevoke(name, options),
      },
    ],
  },
  {
    name: 'test',
    description:
      'run the conversation tests (tests/*.yaml) against the bot: offline, or the real cascade with --live',
    arguments: [['[files...]', 'test files (default: tests/*.yaml)']],
    options: [
      dirOption,
      {
        flags: '--reporter <reporter>',
        description: 'output format',
        choices: ['pretty', 'junit'],
        default: 'pretty',
      },
      { flags: '--output <file>', description: 'also write a JUnit XML report to this file' },
      liveOption,
    ],
    examples: [
      'chatbot test',
      'chatbot test tests/prices.yaml',
      'chatbot test --live --reporter junit --output junit.xml',
      'chatbot test --reporter junit > junit.xml',
    ],
    notes: 'Exit codes: 0 all passed, 1 a case failed or the bot is invalid, 2 usage.',
    run: async (files, options: TestCommandOptions & { dir: string }) =>
      (await import('./test.js')).runTests(options.dir, files, options),
  },
  {
    name: 'eval',
    description:
      'score the answers against labelled question sets (eval/*.yaml): right, wrong, refused, retrieval top-1 and top-3',
    arguments: [['[files...]', 'eval files (default: eval/*.yaml)']],
    options: [
      dirOption,
      {
        flags: '--format <format>',
        description: 'output format',
        choices: ['pretty', 'json', 'junit'],
        default: 'pretty',
      },
      { flags: '--output <file>', description: 'also write a JUnit XML report to this file' },
      {
        flags: '--min-right <percent>',
        description: 'fail below this share of right answers to answerable questions',
        parse: percentage,
      },
      {
        flags: '--min-dialogue-right <percent>',
        description: 'fail below this share of right answers to answerable dialogue turns',
        parse: percentage,
      },
      {
        flags: '--min-refusal <percent>',
        description: 'fail below this share of correct refusals of unanswerable questions',
        parse: percentage,
      },
      {
        flags: '--max-wrong <percent>',
        description: 'fail above this share of wrong answers among the answers given',
        parse: percentage,
      },
      {
        flags: '--min-top1 <percent>',
        description: 'fail below this retrieval top-1 share',
        parse: percentage,
      },
      {
        flags: '--min-top3 <percent>',
        description: 'fail below this retrieval top-3 share',
        parse: percentage,
      },
      liveOption,
      {
        flags: '--judge',
        description:
          'with --live: ask the configured model whether each answer is supported by its cited blocks',
      },
    ],
    examples: [
      'chatbot eval',
      'chatbot eval --min-right 75 --min-refusal 85 --max-wrong 8',
      'chatbot eval eval/prices.yaml --format json',
      'chatbot eval --live --judge',
    ],
    notes: 'Exit codes: 0 every threshold met, 1 a threshold missed or a file is invalid, 2 usage.',
    run: async (files, options) => (await import('./eval.js')).runEval(files, options),
  },
  {
    name: 'build',
    description: 'validate, run the conversation tests, and pack the bot into a versioned bundle',
    arguments: [projectDir],
    options: [
      {
        flags: '-o, --out <file>',
        description: 'where to write the bundle (default: .chatbot/bundle-<version>.json)',
      },
      { flags: '--no-tests', description: 'skip the conversation tests (validation always runs)' },
    ],
    examples: ['chatbot build', 'chatbot build --out bot.json'],
    notes:
      'The bundle holds the config, knowledge and templates (never .env), named by a hash of them, with the git commit and author.',
    run: async (dir, options) => (await import('./build.js')).runBuild(dir, options),
  },
  {
    name: 'deploy',
    description:
      'build the bot and ship it to a running server: validated there, swapped in with no restart',
    arguments: [['[target]', 'a target from deploy.targets (default: the first)']],
    options: [
      urlOption,
      dirOption,
      { flags: '--dry-run', description: 'show what would change, change nothing' },
      {
        flags: '--bundle <file>',
        description: 'ship a bundle from `chatbot build` instead of building',
      },
      { flags: '--no-tests', description: 'skip the conversation tests before shipping' },
      {
        flags: '--print <what>',
        description: 'print a file for running the server instead: systemd',
      },
      { flags: '--user <user>', description: 'with --print systemd: the user the service runs as' },
    ],
    examples: [
      'chatbot deploy',
      'chatbot deploy production --dry-run',
      'CHATBOT_ADMIN_TOKEN=… chatbot deploy --url https://bot.example.com',
      'chatbot deploy --print systemd > chatbot.service',
    ],
    notes:
      "The admin token comes from the environment: the target's tokenEnv, CHATBOT_ADMIN_TOKEN by default.\nExit codes: 0 deployed, 1 invalid, refused or unreachable, 2 usage.",
    run: async (target, options) => (await import('./deploy.js')).runDeploy(target, options),
  },
  {
    name: 'versions',
    description: 'the versions a server keeps, newest first, and which one serves',
    arguments: [['[target]', 'a target from deploy.targets (default: the first)']],
    options: [
      urlOption,
      dirOption,
      {
        flags: '--json',
        description: 'machine-readable output, with the log of every deploy and rollback',
      },
    ],
    run: async (target, options) => (await import('./deploy.js')).runVersions(target, options),
  },
  {
    name: 'rollback',
    description: 'serve an earlier version again: the one before the serving one, or the one named',
    arguments: [['[version]', 'a version (or git commit) from `chatbot versions`']],
    options: [
      {
        flags: '-t, --target <target>',
        description: 'a target from deploy.targets (default: the first)',
      },
      urlOption,
      dirOption,
    ],
    examples: ['chatbot rollback', 'chatbot rollback 3f2a9c1d0b7e --target production'],
    run: async (version, options) => (await import('./deploy.js')).runRollback(version, options),
  },
  {
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
        description:
          'start on this conversation (the command a lead or handoff notification gives)',
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
    run: async (options) => (await import('./inbox.js')).runInbox(options),
  },
  {
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
    run: async (options) => (await import('./inbox.js')).runLogin(options),
  },
  {
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
    run: async (options) => (await import('./shell.js')).runShell(options),
  },
  {
    name: 'stats',
    description: 'KPIs: visitors, leads, bot-resolved, handoffs, waits, CSAT, refusals, AI cost',
    options: [
      {
        flags: '--since <duration>',
        description: 'conversations created within this time (default 30d)',
      },
      {
        flags: '--from <date>',
        description: 'conversations created from this date, e.g. 2026-03-01',
      },
      { flags: '--to <date>', description: 'up to this date, inclusive (default: now)' },
      {
        flags: '--by <grouping>',
        description: 'one row per group',
        choices: [
          'day',
          'week',
          'lang',
          'page',
          'utm_source',
          'utm_campaign',
          'country',
          'assistant',
        ],
      },
      {
        flags: '--format <format>',
        description: 'output format',
        choices: ['table', 'json', 'csv'],
        default: 'table',
      },
      {
        flags: '--data <dir>',
        description: "read this data folder instead of the project's storage.dir",
      },
      {
        flags: '--url <url>',
        description: 'ask a running server instead (with an operator token)',
      },
      {
        flags: '--token <token>',
        description: 'operator token for --url (default: CHATBOT_TOKEN, then `chatbot login`)',
      },
      dirOption,
    ],
    examples: [
      'chatbot stats',
      'chatbot stats --since 7d --by day',
      'chatbot stats --from 2026-03-01 --to 2026-03-31 --by utm_source --format csv > march.csv',
      'chatbot stats --url https://bot.example.com --by lang',
    ],
    notes:
      'Reads the data folder read-only: safe while the server runs. Definitions: docs/insight.md.',
    run: async (options) => (await import('./stats.js')).runStats(options),
  },
  {
    name: 'audit',
    description: 'who did what: the operator and admin actions, hash-chained (admins)',
    options: [
      {
        flags: '--since <when>',
        description: 'only entries this recent (7d, 12h) or since a date',
      },
      {
        flags: '--actor <name>',
        description: 'only this operator (admin-token, cli:<user> for server commands)',
      },
      {
        flags: '--action <action>',
        description: 'only this action: sign-in, takeover, reply, deploy, operator, …',
      },
      {
        flags: '--format <format>',
        description: 'output format',
        choices: ['table', 'json', 'csv'],
        default: 'table',
      },
      { flags: '--url <url>', description: "read a running server's log instead (admin token)" },
      {
        flags: '--token <token>',
        description: 'admin token for --url (default: CHATBOT_ADMIN_TOKEN)',
      },
      dirOption,
    ],
    examples: [
      'chatbot audit --since 7d',
      'chatbot audit --actor Maria --format csv > maria.csv',
      'chatbot audit verify',
    ],
    run: async (options) => (await import('./audit.js')).runAudit(options),
    subcommands: [
      {
        name: 'verify',
        description:
          'check the hash chain; exits 1 naming the first line that was changed or removed',
        notes: "Takes `chatbot audit`'s -C, --url and --token: `chatbot audit --url … verify`.",
        run: async (options) => (await import('./audit.js')).runAuditVerify(options),
      },
    ],
  },
  {
    name: 'gaps',
    description:
      'what visitors asked that the bot could not answer well, grouped, most asked first',
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
    run: async (options) => (await import('./gaps.js')).runGaps(options),
  },
  conversationsCommand,
  migrateCommand,
  storageCommand,
  {
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
    examples: [
      'chatbot leads',
      'chatbot leads --since 7d',
      'chatbot leads --format csv > leads.csv',
    ],
    run: async (options) => (await import('./leads.js')).runLeads(options),
  },
  {
    name: 'notify',
    description: 'owner notifications: Telegram and webhooks',
    subcommands: [
      {
        name: 'test',
        description: 'send a test message through every configured channel',
        arguments: [projectDir],
        examples: ['chatbot notify test'],
        notes: 'Exit codes: 0 every channel answered, 1 one failed or none is configured.',
        run: async (dir) => (await import('./notify.js')).runNotifyTest(dir),
      },
    ],
  },
  {
    name: 'kb',
    description: 'inspect the knowledge: stats, search, status',
    subcommands: [
      {
        name: 'stats',
        description:
          'blocks, size in tokens and missing translations per language; per block, answers citing it and their votes',
        arguments: [projectDir],
        options: [
          jsonOption,
          {
            flags: '--data <dir>',
            description: "data folder for the answers (default: the config's storage.dir)",
          },
        ],
        examples: ['chatbot kb stats'],
        run: async (dir, options) => (await import('./kb.js')).runKbStats(dir, options),
      },
      {
        name: 'search',
        description: 'rank knowledge blocks for a question, as retrieval does',
        arguments: [['<question>', 'the question, in quotes']],
        options: [
          langOption,
          { flags: '-n, --limit <n>', description: 'how many blocks', default: '5' },
          dirOption,
          jsonOption,
        ],
        examples: ['chatbot kb search "сколько стоит экскурсия" --lang ru'],
        run: async (question, options) => (await import('./kb.js')).runKbSearch(question, options),
      },
      {
        name: 'status',
        description: 'where the knowledge comes from, its version, and the last error',
        arguments: [projectDir],
        options: [jsonOption],
        run: async (dir, options) => (await import('./kb.js')).runKbStatus(dir, options),
      },
    ],
  },
  {
    name: 'prompt',
    description: 'print the exact system prompt the model receives',
    options: [
      langOption,
      {
        flags: '-q, --question <text>',
        description: 'a visitor question, to see what retrieval puts in',
      },
      {
        flags: '--at <iso-time>',
        description: 'the moment to render for (business hours), e.g. 2026-11-23T10:00:00+01:00',
      },
      dirOption,
    ],
    examples: [
      'chatbot prompt --lang ru',
      'chatbot prompt --lang es --question "¿Puedo cancelar?"',
    ],
    run: async (options) => (await import('./prompt.js')).runPrompt(options),
  },
];
