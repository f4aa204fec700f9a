/** Commands that run a server or act on a running one: serve, deploy, versions, rollback. */
import { type CommandSpec, dirOption, projectDir, urlOption } from '../command-spec.js';

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
  run: async (dir, options) => (await import('../serve.js')).runServe(dir, mode, options),
});

export const devCommand = serve('dev');
export const startCommand = serve('start');

export const deployCommand: CommandSpec = {
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
  run: async (target, options) => (await import('../deploy.js')).runDeploy(target, options),
};

export const versionsCommand: CommandSpec = {
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
  run: async (target, options) => (await import('../deploy.js')).runVersions(target, options),
};

export const rollbackCommand: CommandSpec = {
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
  run: async (version, options) => (await import('../deploy.js')).runRollback(version, options),
};
