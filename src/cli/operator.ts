import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { sharedRecords } from '../store/open-store.js';
import { OperatorRegistry, type OperatorRole } from '../store/operators.js';
import { auditFromCli } from './audit.js';
import { createOutput, table } from './output.js';

async function registry(dir: string): Promise<OperatorRegistry> {
  const loaded = await loadConfig(resolve(dir), { mode: 'validate' });
  if (!loaded.config)
    throw new ChatbotError('BOT_INVALID', 'chatbot.config.yaml has errors; run `chatbot validate`');
  const operators = new OperatorRegistry(
    resolve(dir, loaded.config.storage.dir),
    await sharedRecords(loaded.config.storage),
  );
  await operators.load();
  return operators;
}

export async function runOperatorAdd(
  name: string,
  options: { role: OperatorRole; dir: string; teams?: string; languages?: string },
): Promise<void> {
  const output = createOutput();
  const operators = await registry(options.dir);
  const { operator, token } = await operators.add(name, options.role, {
    teams: listOption(options.teams),
    languages: listOption(options.languages),
  });
  auditFromCli(dirname(operators.path), {
    action: 'operator.add',
    target: operator.name,
    details: {
      role: operator.role,
      ...(operator.teams ? { teams: operator.teams.join(',') } : {}),
      ...(operator.languages ? { languages: operator.languages.join(',') } : {}),
    },
  });
  const c = output.colors;
  const scope = [
    operator.role,
    ...(operator.teams ? [`teams ${operator.teams.join(', ')}`] : []),
    ...(operator.languages ? [`languages ${operator.languages.join(', ')}`] : []),
  ].join('; ');
  output.out(
    `${c.green('✔')} Operator ${c.bold(operator.name)} (${scope}) added. Their token, shown only this once:\n`,
  );
  output.out(`  ${token}\n`);
  output.out(
    c.dim(
      `Only its hash is stored. Give it to ${operator.name} for \`chatbot inbox --token …\` or \`chatbot login\`.`,
    ),
  );
}

/** `--teams sales,support` → ['sales', 'support']. */
function listOption(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export async function runOperatorList(options: { dir: string; json?: boolean }): Promise<void> {
  const output = createOutput();
  const operators = (await registry(options.dir)).list();
  if (options.json) {
    output.out(
      JSON.stringify(
        operators.map(({ tokenHash: _hash, ...rest }) => rest),
        null,
        2,
      ),
    );
    return;
  }
  if (operators.length === 0) {
    output.out('No operators. Add one with `chatbot operator add <name>`.');
    return;
  }
  output.out(
    table(
      ['name', 'role', 'teams', 'languages', 'added', 'status'],
      operators.map((o) => [
        o.name,
        o.role,
        o.teams?.join(',') ?? '',
        o.languages?.join(',') ?? '',
        o.createdAt.slice(0, 10),
        o.revokedAt ? `revoked ${o.revokedAt.slice(0, 10)}` : 'active',
      ]),
    ),
  );
}

export async function runOperatorRevoke(name: string, options: { dir: string }): Promise<void> {
  const output = createOutput();
  const operators = await registry(options.dir);
  const operator = await operators.revoke(name);
  auditFromCli(dirname(operators.path), { action: 'operator.revoke', target: operator.name });
  output.out(
    `${output.colors.green('✔')} ${operator.name} revoked; a running server disconnects their sessions now.`,
  );
}
