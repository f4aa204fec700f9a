/**
 * `chatbot conversations list|show|export|archive|delete|purge`: the stored conversations, from
 * a data folder or a running server (--url). Bulk changes say how many conversations they would
 * touch and change nothing without --yes.
 */
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { ErasureReport } from '../conversations/erase.js';
import { describeErasure } from '../conversations/erase.js';
import type { ExportFormat, ExportUnit } from '../conversations/export.js';
import { type QueryParameters, queryParameters } from '../conversations/query.js';
import { describePurge } from '../conversations/retention.js';
import { ChatbotError, ExitCode, ExitError } from '../errors/chatbot-error.js';
import { resolveCredentials } from '../inbox/credentials.js';
import {
  type ConversationsBackend,
  dataFolderBackend,
  serverBackend,
} from './conversations-backends.js';
import { createOutput, type Output, table } from './output.js';
import { loadProjectConfig } from './project-config.js';

export interface WhereOptions {
  readonly dir: string;
  readonly data?: string;
  readonly url?: string;
  readonly token?: string;
}

/** The filter flags, as commander gives them (camelCase), read as query parameters. */
export function parametersFrom(options: Record<string, unknown>): QueryParameters {
  const parameters: Record<string, string> = {};
  for (const name of queryParameters) {
    const value = options[name];
    if (typeof value === 'string') parameters[name] = value;
    else if (value === true) parameters[name] = 'yes';
    else if (value === false) parameters[name] = 'no';
  }
  return parameters;
}

async function backendFor(
  options: WhereOptions,
  output: Output,
  now: () => Date,
): Promise<ConversationsBackend> {
  if (options.url) {
    const { url, token } = await resolveCredentials({
      url: options.url,
      ...(options.token ? { token: options.token } : {}),
    });
    return serverBackend(url, token);
  }
  if (options.data) {
    const dataDir = resolve(options.data);
    // The retention policy is the project's; read only when a purge asks for it.
    const retention = async () =>
      (await loadProjectConfig(options.dir, output, 'validate')).config.storage.retention;
    return dataFolderBackend(dataDir, retention, now);
  }
  const { projectDir, config } = await loadProjectConfig(options.dir, output, 'validate');
  return dataFolderBackend(
    resolve(projectDir, config.storage.dir),
    async () => config.storage.retention,
    now,
  );
}

async function withBackend<T>(
  options: WhereOptions,
  work: (backend: ConversationsBackend, output: Output) => Promise<T>,
  now: () => Date = () => new Date(),
): Promise<T> {
  const output = createOutput();
  const backend = await backendFor(options, output, now);
  try {
    return await work(backend, output);
  } finally {
    await backend.close();
  }
}

export async function runList(options: WhereOptions & Record<string, unknown>): Promise<void> {
  await withBackend(options, async (backend, output) => {
    const limit = Math.max(1, Number(options.limit) || 50);
    const result = await backend.list(parametersFrom(options), limit);
    if (options.json) return output.out(JSON.stringify(result, null, 2));
    if (result.total === 0) return output.err('No conversations match.');
    output.out(
      table(
        ['last activity', 'id', 'state', 'lang', 'where', 'contact', 'msgs', 'entry page'],
        result.conversations.map((c) => [
          c.updatedAt.slice(0, 16).replace('T', ' '),
          c.id,
          `${c.state}${c.archivedAt ? ' (archived)' : ''}`,
          c.lang,
          [c.city, c.country].filter(Boolean).join(', '),
          c.contactEmail ?? c.contactPhone ?? c.contactName ?? '',
          String(c.messages),
          c.entryPage ?? '',
        ]),
      ),
    );
    output.err(
      output.colors.dim(
        `${result.conversations.length} of ${result.total} conversation${result.total === 1 ? '' : 's'}`,
      ),
    );
  });
}

export async function runShow(
  id: string,
  options: WhereOptions & { json?: boolean },
): Promise<void> {
  await withBackend(options, async (backend, output) => {
    const shown = await backend.show(id);
    if (!shown) throw new ChatbotError('USAGE', `No conversation ${id}`);
    if (options.json) return output.out(JSON.stringify(shown, null, 2));
    const { conversation: c } = shown;
    const visitor = c.visitor;
    output.out(`${c.id}  ${c.state}  ${c.lang}  ${c.channel}${c.archivedAt ? '  archived' : ''}`);
    output.out(`started ${c.createdAt}, last activity ${c.updatedAt}`);
    output.out(
      `from ${[visitor.city, visitor.country].filter(Boolean).join(', ') || '?'}  ·  entry ${visitor.pages[0]?.url ?? visitor.page ?? '—'}`,
    );
    const contact = [c.contact.name, c.contact.email, c.contact.phone].filter(Boolean).join(' · ');
    if (contact) output.out(`contact ${contact}`);
    output.out('');
    for (const entry of shown.timeline) {
      const time = entry.at.slice(0, 19).replace('T', ' ');
      if (entry.kind === 'message') {
        const who =
          entry.author.kind === 'operator' ? `operator ${entry.author.name}` : entry.author.kind;
        output.out(`${time}  ${who}: ${entry.text}`);
      } else
        output.out(output.colors.dim(`${time}  [${entry.type}] ${JSON.stringify(entry.data)}`));
    }
  });
}

export async function runExport(
  options: WhereOptions &
    Record<string, unknown> & { format: ExportFormat; per: ExportUnit; output?: string },
): Promise<void> {
  await withBackend(options, async (backend) => {
    let out: Writable = process.stdout;
    const file = options.output ? await open(resolve(options.output), 'w', 0o600) : undefined;
    if (file) out = file.createWriteStream();
    try {
      await backend.export(
        parametersFrom(options),
        { format: options.format, per: options.per },
        out,
      );
    } finally {
      if (file) await new Promise<void>((done) => out.end(done));
    }
  });
}

export async function runArchive(
  options: WhereOptions & Record<string, unknown> & { yes?: boolean; undo?: boolean },
): Promise<void> {
  await withBackend(options, async (backend, output) => {
    const parameters = parametersFrom(options);
    const verb = options.undo ? 'unarchive' : 'archive';
    if (!options.yes) {
      const { matched } = await backend.archive(parameters, Boolean(options.undo), true);
      return askForYes(
        output,
        `${matched} conversation${matched === 1 ? '' : 's'} match; nothing was changed. Run again with --yes to ${verb} them.`,
      );
    }
    const result = await backend.archive(parameters, Boolean(options.undo), false);
    output.out(
      `${options.undo ? 'Unarchived' : 'Archived'} ${result.changed ?? 0} of ${result.matched} matching conversations.`,
    );
  });
}

export async function runDelete(
  options: WhereOptions &
    Record<string, unknown> & { yes?: boolean; email?: string; visitor?: string },
): Promise<void> {
  await withBackend(options, async (backend, output) => {
    const person = {
      ...(options.email ? { email: options.email } : {}),
      ...(options.visitor ? { visitor: options.visitor } : {}),
    };
    const { email: _email, visitor: _visitor, ...filters } = parametersFrom(options);
    if (!options.yes) {
      const { matched } = await backend.delete(filters, person, true);
      return askForYes(
        output,
        `${matched} conversation${matched === 1 ? '' : 's'} would be deleted for good; nothing was changed. Run again with --yes to delete.`,
      );
    }
    const result = await backend.delete(filters, person, false);
    output.out(`Deleted ${describeErasure(result.removed as ErasureReport)}.`);
  });
}

export async function runPurge(options: WhereOptions): Promise<void> {
  await withBackend(options, async (backend, output) => {
    const report = await backend.purge();
    output.out(`Purged: ${describePurge(report)}.`);
  });
}

/** Exit 1 after a count: a script that forgot --yes must not read as one that deleted. */
function askForYes(output: Output, message: string): never {
  output.err(message);
  throw new ExitError(ExitCode.invalidInput);
}
