/** The storage commands: `chatbot migrate` and `chatbot storage copy`. */
import type { Command } from 'commander';

export function registerStorageCommands(program: Command): void {
  program
    .command('migrate')
    .description('apply the PostgreSQL schema migrations (storage.driver: postgres)')
    .option('--url <postgres-url>', 'a database other than the config’s storage.url')
    .option('--status', 'only show the applied and pending migrations')
    .option('-C, --dir <dir>', 'bot project directory', '.')
    .addHelpText(
      'after',
      '\nExamples:\n  chatbot migrate\n  chatbot migrate --status\n\nRun it once before starting a new version on an existing database; servers refuse a schema they do not know.\n',
    )
    .action(async (options) => {
      const { runMigrate } = await import('./storage.js');
      await runMigrate(options);
    });

  const storage = program.command('storage').description('move an install between stores');
  storage
    .command('copy')
    .description(
      'copy every conversation, entry, lead, operator and upload record, then verify counts and a checksum',
    )
    .requiredOption('--from <place>', 'a data folder, or a postgres:// address')
    .requiredOption('--to <place>', 'a postgres:// address, or a data folder')
    .addHelpText(
      'after',
      '\nExamples:\n  chatbot storage copy --from data --to "$DATABASE_URL"\n\nStop the servers using either side first. Safe to run again: it only adds what is missing.\n',
    )
    .action(async (options) => {
      const { runStorageCopy } = await import('./storage.js');
      await runStorageCopy(options);
    });
}
