/** `chatbot migrate` and `chatbot storage copy`, as entries of the command list (commands.ts). */
import type { CommandSpec } from './command-spec.js';

const storage = () => import('./storage.js');

export const migrateCommand: CommandSpec = {
  name: 'migrate',
  description: 'apply the PostgreSQL schema migrations (storage.driver: postgres)',
  options: [
    {
      flags: '--url <postgres-url>',
      description: 'a database other than the config’s storage.url',
    },
    { flags: '--status', description: 'only show the applied and pending migrations' },
    { flags: '-C, --dir <dir>', description: 'bot project directory', default: '.' },
  ],
  examples: ['chatbot migrate', 'chatbot migrate --status'],
  notes:
    'Run it once before starting a new version on an existing database; servers refuse a schema they do not know.',
  run: async (options) => (await storage()).runMigrate(options),
};

export const storageCommand: CommandSpec = {
  name: 'storage',
  description: 'move an install between stores',
  subcommands: [
    {
      name: 'copy',
      description:
        'copy every conversation, entry, lead, operator and upload record, then verify counts and a checksum',
      options: [
        {
          flags: '--from <place>',
          description: 'a data folder, or a postgres:// address',
          required: true,
        },
        {
          flags: '--to <place>',
          description: 'a postgres:// address, or a data folder',
          required: true,
        },
      ],
      examples: ['chatbot storage copy --from data --to "$DATABASE_URL"'],
      notes:
        'Stop the servers using either side first. Safe to run again: it only adds what is missing.',
      run: async (options) => (await storage()).runStorageCopy(options),
    },
  ],
};
