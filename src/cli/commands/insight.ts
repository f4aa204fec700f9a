/**
 * What happened: `chatbot stats` (KPIs) and `chatbot audit` (who did what), as entries of the
 * command list (../commands.ts).
 */
import { groupings } from '../../stats/report.js';
import { type CommandSpec, dirOption } from '../command-spec.js';

export const statsCommand: CommandSpec = {
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
      choices: [...groupings],
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
  run: async (options) => (await import('../stats.js')).runStats(options),
};

export const auditCommand: CommandSpec = {
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
  run: async (options) => (await import('../audit.js')).runAudit(options),
  subcommands: [
    {
      name: 'verify',
      description:
        'check the hash chain; exits 1 naming the first line that was changed or removed',
      notes: "Takes `chatbot audit`'s -C, --url and --token: `chatbot audit --url … verify`.",
      run: async (options) => (await import('../audit.js')).runAuditVerify(options),
    },
  ],
};
