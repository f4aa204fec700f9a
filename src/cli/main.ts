/**
 * The `chatbot` program. Commands are imported only when run, so `chatbot --help` loads
 * commander and nothing else. Every failure ends here: a ChatbotError prints its code, message
 * and hint; anything else is a bug and prints its stack.
 * Must not hold command logic: each command is a typed function in its own file.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { ChatbotError, ExitError } from '../errors/chatbot-error.js';
import { createOutput } from './output.js';

export function packageVersion(): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

/** A threshold given in percent ("75" or "75%"), kept as a share 0..1. */
function percentage(value: string): number {
  const number = Number(value.replace(/%$/, ''));
  if (!Number.isFinite(number) || number < 0 || number > 100)
    throw new ChatbotError('USAGE', `"${value}" is not a percentage from 0 to 100`);
  return number / 100;
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

export function buildProgram(): Command {
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

  program
    .command('init')
    .description('scaffold a bot project: config, knowledge, templates, CI workflow')
    .argument('[dir]', 'directory to create the project in', '.')
    .option('--name <name>', 'bot and company name')
    .option(
      '--languages <list>',
      'comma-separated language codes, the first is the default (e.g. en,ru)',
    )
    .option('-y, --yes', 'accept defaults, ask nothing')
    .option('--force', 'write into a non-empty directory')
    .option('--no-install', 'do not run npm install in the new project')
    .addHelpText(
      'after',
      examples([
        'chatbot init my-bot',
        'chatbot init my-bot --name "Acme Travel" --languages en,es --yes',
      ]),
    )
    .action(async (dir: string, options) => {
      const { runInit } = await import('./init.js');
      await runInit(dir, options);
    });

  program
    .command('validate')
    .description('check the config, knowledge files and templates; exit 1 on errors')
    .argument('[dir]', 'bot project directory', '.')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['pretty', 'json'])
        .default('pretty'),
    )
    .option('--strict', 'fail on warnings too')
    .addHelpText(
      'after',
      examples([
        'chatbot validate',
        'chatbot validate ./my-bot --strict',
        'chatbot validate --format json > findings.json',
      ]) +
        '\nExit codes: 0 valid, 1 errors (or warnings with --strict), 2 usage.\nWith GITHUB_ACTIONS=true findings are also printed as pull request annotations.\n',
    )
    .action(async (dir: string, options) => {
      const { runValidate } = await import('./validate.js');
      await runValidate(dir, options);
    });

  for (const mode of ['dev', 'start'] as const) {
    program
      .command(mode)
      .description(
        mode === 'dev'
          ? 'run the bot locally: demo page, hot reload of config, knowledge and templates'
          : 'run the bot in production: JSON logs, CHATBOT_ADMIN_TOKEN required, graceful shutdown on SIGTERM, reload on SIGHUP',
      )
      .argument('[dir]', 'bot project directory', '.')
      .option('-p, --port <port>', 'port (default: server.port, 3000)')
      .option(
        '--host <host>',
        `address to listen on (default: ${mode === 'dev' ? '127.0.0.1' : '0.0.0.0'})`,
      )
      .addHelpText(
        'after',
        examples(
          mode === 'dev'
            ? ['chatbot dev', 'chatbot dev --port 8080']
            : ['CHATBOT_ADMIN_TOKEN=… chatbot start', 'kill -HUP <pid>   # reload'],
        ),
      )
      .action(async (dir: string, options) => {
        const { runServe } = await import('./serve.js');
        await runServe(dir, mode, options);
      });
  }

  const operator = program
    .command('operator')
    .description('manage the operators who answer in the inbox');
  operator
    .command('add')
    .description('add an operator and print their token (shown once; only its hash is stored)')
    .argument('<name>', 'the name visitors see')
    .addOption(
      new Option(
        '--role <role>',
        'admin: everything; manager: all chats, assignment, stats, export; agent: own and team chats',
      )
        .choices(['admin', 'manager', 'agent'])
        .default('agent'),
    )
    .option('--teams <teams>', 'comma-separated teams whose unassigned chats an agent takes')
    .option('--languages <languages>', 'comma-separated languages the operator answers in')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .addHelpText(
      'after',
      examples([
        'chatbot operator add Maria --teams sales,support --languages en,ru',
        'chatbot operator add "Floor Lead" --role manager',
        'chatbot operator add "Ops Lead" --role admin',
      ]),
    )
    .action(async (name: string, options) => {
      const { runOperatorAdd } = await import('./operator.js');
      await runOperatorAdd(name, options);
    });
  operator
    .command('list')
    .description('list operators')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .option('--json', 'machine-readable output')
    .action(async (options) => {
      const { runOperatorList } = await import('./operator.js');
      await runOperatorList(options);
    });
  operator
    .command('revoke')
    .description("revoke an operator's token; a running server disconnects them at once")
    .argument('<name>', 'operator name')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .action(async (name: string, options) => {
      const { runOperatorRevoke } = await import('./operator.js');
      await runOperatorRevoke(name, options);
    });

  const audit = program
    .command('audit')
    .description('who did what: the operator and admin actions, hash-chained (admins)')
    .option('--since <when>', 'only entries this recent (7d, 12h) or since a date')
    .option('--actor <name>', 'only this operator (admin-token, cli:<user> for server commands)')
    .option('--action <action>', 'only this action: sign-in, takeover, reply, deploy, operator, …')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['table', 'json', 'csv'])
        .default('table'),
    )
    .option('--url <url>', "read a running server's log instead (admin token)")
    .option('--token <token>', 'admin token for --url (default: CHATBOT_ADMIN_TOKEN)')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .addHelpText(
      'after',
      examples([
        'chatbot audit --since 7d',
        'chatbot audit --actor Maria --format csv > maria.csv',
        'chatbot audit verify',
      ]),
    )
    .action(async (options) => {
      const { runAudit } = await import('./audit.js');
      await runAudit(options);
    });
  audit
    .command('verify')
    .description('check the hash chain; exits 1 naming the first line that was changed or removed')
    .option('--url <url>', "check a running server's log instead (admin token)")
    .option('--token <token>', 'admin token for --url (default: CHATBOT_ADMIN_TOKEN)')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .action(async (options) => {
      const { runAuditVerify } = await import('./audit.js');
      // `chatbot audit` holds the same options, so commander hands -C, --url and --token to it.
      await runAuditVerify({ ...options, ...audit.opts() });
    });

  program
    .command('test')
    .description(
      'run the conversation tests (tests/*.yaml) against the bot: offline, or the real cascade with --live',
    )
    .argument('[files...]', 'test files (default: tests/*.yaml)')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .addOption(
      new Option('--reporter <reporter>', 'output format')
        .choices(['pretty', 'junit'])
        .default('pretty'),
    )
    .option('--output <file>', 'also write a JUnit XML report to this file')
    .option(
      '--live',
      'answer through the configured AI cascade (needs the API keys) instead of offline',
    )
    .addHelpText(
      'after',
      `${examples([
        'chatbot test',
        'chatbot test tests/prices.yaml',
        'chatbot test --live --reporter junit --output junit.xml',
        'chatbot test --reporter junit > junit.xml',
      ])}\nExit codes: 0 all passed, 1 a case failed or the bot is invalid, 2 usage.\n`,
    )
    .action(async (files: string[], options) => {
      const { runTests } = await import('./test.js');
      await runTests(options.dir, files, options);
    });

  program
    .command('eval')
    .description(
      'score the answers against labelled question sets (eval/*.yaml): right, wrong, refused, retrieval top-1 and top-3',
    )
    .argument('[files...]', 'eval files (default: eval/*.yaml)')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['pretty', 'json', 'junit'])
        .default('pretty'),
    )
    .option('--output <file>', 'also write a JUnit XML report to this file')
    .option(
      '--min-right <percent>',
      'fail below this share of right answers to answerable questions',
      percentage,
    )
    .option(
      '--min-dialogue-right <percent>',
      'fail below this share of right answers to answerable dialogue turns',
      percentage,
    )
    .option(
      '--min-refusal <percent>',
      'fail below this share of correct refusals of unanswerable questions',
      percentage,
    )
    .option(
      '--max-wrong <percent>',
      'fail above this share of wrong answers among the answers given',
      percentage,
    )
    .option('--min-top1 <percent>', 'fail below this retrieval top-1 share', percentage)
    .option('--min-top3 <percent>', 'fail below this retrieval top-3 share', percentage)
    .option(
      '--live',
      'answer through the configured AI cascade (needs the API keys) instead of offline',
    )
    .option(
      '--judge',
      'with --live: ask the configured model whether each answer is supported by its cited blocks',
    )
    .addHelpText(
      'after',
      `${examples([
        'chatbot eval',
        'chatbot eval --min-right 75 --min-refusal 85 --max-wrong 8',
        'chatbot eval eval/prices.yaml --format json',
        'chatbot eval --live --judge',
      ])}\nExit codes: 0 every threshold met, 1 a threshold missed or a file is invalid, 2 usage.\n`,
    )
    .action(async (files: string[], options) => {
      const { runEval } = await import('./eval.js');
      await runEval(files, options);
    });

  program
    .command('build')
    .description('validate, run the conversation tests, and pack the bot into a versioned bundle')
    .argument('[dir]', 'bot project directory', '.')
    .option(
      '-o, --out <file>',
      'where to write the bundle (default: .chatbot/bundle-<version>.json)',
    )
    .option('--no-tests', 'skip the conversation tests (validation always runs)')
    .addHelpText(
      'after',
      `${examples(['chatbot build', 'chatbot build --out bot.json'])}\nThe bundle holds the config, knowledge and templates (never .env), named by a hash of them, with the git commit and author.\n`,
    )
    .action(async (dir: string, options) => {
      const { runBuild } = await import('./build.js');
      await runBuild(dir, options);
    });

  program
    .command('deploy')
    .description(
      'build the bot and ship it to a running server: validated there, swapped in with no restart',
    )
    .argument('[target]', 'a target from deploy.targets (default: the first)')
    .option('--url <url>', 'the server, instead of a named target')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .option('--dry-run', 'show what would change, change nothing')
    .option('--bundle <file>', 'ship a bundle from `chatbot build` instead of building')
    .option('--no-tests', 'skip the conversation tests before shipping')
    .option('--print <what>', 'print a file for running the server instead: systemd')
    .option('--user <user>', 'with --print systemd: the user the service runs as')
    .addHelpText(
      'after',
      `${examples([
        'chatbot deploy',
        'chatbot deploy production --dry-run',
        'CHATBOT_ADMIN_TOKEN=… chatbot deploy --url https://bot.example.com',
        'chatbot deploy --print systemd > chatbot.service',
      ])}\nThe admin token comes from the environment: the target's tokenEnv, CHATBOT_ADMIN_TOKEN by default.\nExit codes: 0 deployed, 1 invalid, refused or unreachable, 2 usage.\n`,
    )
    .action(async (target: string | undefined, options) => {
      const { runDeploy } = await import('./deploy.js');
      await runDeploy(target, options);
    });

  program
    .command('versions')
    .description('the versions a server keeps, newest first, and which one serves')
    .argument('[target]', 'a target from deploy.targets (default: the first)')
    .option('--url <url>', 'the server, instead of a named target')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .option('--json', 'machine-readable output, with the log of every deploy and rollback')
    .action(async (target: string | undefined, options) => {
      const { runVersions } = await import('./deploy.js');
      await runVersions(target, options);
    });

  program
    .command('rollback')
    .description('serve an earlier version again: the one before the serving one, or the one named')
    .argument('[version]', 'a version (or git commit) from `chatbot versions`')
    .option('-t, --target <target>', 'a target from deploy.targets (default: the first)')
    .option('--url <url>', 'the server, instead of a named target')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .addHelpText(
      'after',
      examples(['chatbot rollback', 'chatbot rollback 3f2a9c1d0b7e --target production']),
    )
    .action(async (version: string | undefined, options) => {
      const { runRollback } = await import('./deploy.js');
      await runRollback(version, options);
    });

  program
    .command('inbox')
    .description('the operator inbox: watch live chats, see visitors type, take over, reply')
    .option('--url <url>', 'chat server (default: CHATBOT_URL, then `chatbot login`)')
    .option('--token <token>', 'operator token (default: CHATBOT_TOKEN, then `chatbot login`)')
    .option(
      '--open <conversationId>',
      'start on this conversation (the command a lead or handoff notification gives)',
    )
    .addHelpText(
      'after',
      `${examples(['chatbot login --url https://bot.example.com --token cbo_…', 'chatbot inbox', 'chatbot inbox --url https://bot.example.com --open c_x7f2k9', 'CHATBOT_URL=http://localhost:3000 CHATBOT_TOKEN=cbo_… chatbot inbox'])}\nKeys: ↑/↓ move, Enter open, t take over, b hand back, r resolve, c reply, f filter, / search, ? help, q quit.\n`,
    )
    .action(async (options) => {
      const { runInbox } = await import('./inbox.js');
      await runInbox(options);
    });

  program
    .command('login')
    .description("save the inbox's server URL and operator token (checked first; file mode 600)")
    .requiredOption('--url <url>', 'chat server')
    .requiredOption('--token <token>', 'operator token from `chatbot operator add`')
    .action(async (options) => {
      const { runLogin } = await import('./inbox.js');
      await runLogin(options);
    });

  program
    .command('shell')
    .description('talk to the bot in the terminal, through the same engine, with no server')
    .option('-l, --lang <lang>', 'language (default: the default language)')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .addHelpText(
      'after',
      `${examples([
        'chatbot shell',
        'chatbot shell --lang ru',
        "printf 'Hola\\n¿Cuánto cuesta Montserrat?\\n' | chatbot shell --lang es",
      ])}\nEach reply shows its provider, latency, citations, leads and state changes.\nIn a terminal: /lang xx switches language, /reset starts over, /quit leaves.\n`,
    )
    .action(async (options) => {
      const { runShell } = await import('./shell.js');
      await runShell(options);
    });

  program
    .command('leads')
    .description('the leads: contact details, language, first page, UTM tags, conversation link')
    .option('--since <duration>', 'only leads updated within this time, e.g. 7d or 12h')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['table', 'csv', 'json'])
        .default('table'),
    )
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .addHelpText(
      'after',
      examples([
        'chatbot leads',
        'chatbot leads --since 7d',
        'chatbot leads --format csv > leads.csv',
      ]),
    )
    .action(async (options) => {
      const { runLeads } = await import('./leads.js');
      await runLeads(options);
    });

  const notify = program
    .command('notify')
    .description('owner notifications: Telegram and webhooks');
  notify
    .command('test')
    .description('send a test message through every configured channel')
    .argument('[dir]', 'bot project directory', '.')
    .addHelpText(
      'after',
      `${examples(['chatbot notify test'])}\nExit codes: 0 every channel answered, 1 one failed or none is configured.\n`,
    )
    .action(async (dir: string) => {
      const { runNotifyTest } = await import('./notify.js');
      await runNotifyTest(dir);
    });

  const kb = program.command('kb').description('inspect the knowledge: stats, search, status');
  kb.command('stats')
    .description('blocks, size in tokens and missing translations per language')
    .argument('[dir]', 'bot project directory', '.')
    .option('--json', 'machine-readable output')
    .addHelpText('after', examples(['chatbot kb stats']))
    .action(async (dir: string, options) => {
      const { runKbStats } = await import('./kb.js');
      await runKbStats(dir, options);
    });
  kb.command('search')
    .description('rank knowledge blocks for a question, as retrieval does')
    .argument('<question>', 'the question, in quotes')
    .option('-l, --lang <lang>', 'language (default: the default language)')
    .option('-n, --limit <n>', 'how many blocks', '5')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .option('--json', 'machine-readable output')
    .addHelpText('after', examples(['chatbot kb search "сколько стоит экскурсия" --lang ru']))
    .action(async (question: string, options) => {
      const { runKbSearch } = await import('./kb.js');
      await runKbSearch(question, options);
    });
  kb.command('status')
    .description('where the knowledge comes from, its version, and the last error')
    .argument('[dir]', 'bot project directory', '.')
    .option('--json', 'machine-readable output')
    .action(async (dir: string, options) => {
      const { runKbStatus } = await import('./kb.js');
      await runKbStatus(dir, options);
    });

  program
    .command('prompt')
    .description('print the exact system prompt the model receives')
    .option('-l, --lang <lang>', 'language (default: the default language)')
    .option('-q, --question <text>', 'a visitor question, to see what retrieval puts in')
    .option(
      '--at <iso-time>',
      'the moment to render for (business hours), e.g. 2026-11-23T10:00:00+01:00',
    )
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .addHelpText(
      'after',
      examples([
        'chatbot prompt --lang ru',
        'chatbot prompt --lang es --question "¿Puedo cancelar?"',
      ]),
    )
    .action(async (options) => {
      const { runPrompt } = await import('./prompt.js');
      await runPrompt(options);
    });

  return program;
}

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
