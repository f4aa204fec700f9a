/**
 * `chatbot gaps`: what visitors asked that the bot could not answer well, grouped and ranked,
 * from a data folder or a running server (docs/insight.md, "Knowledge gaps"). `--draft` writes
 * draft blocks into kb/<lang>.json for an author to finish; `--eval` writes the questions as
 * labelled eval cases.
 */
import { join, relative, resolve } from 'node:path';
import { normalizeUrl } from '../client/server-url.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { writeDraftBlocks, writeEvalCases } from '../insight/gap-drafts.js';
import type { GapGroup } from '../insight/gap-groups.js';
import { type GapReport, gapReport, servedLanguage, sinceTime } from '../insight/gap-report.js';
import { readGapLog } from '../store/gap-log.js';
import { loadBot } from './load-bot.js';
import { createOutput, type Output, table } from './output.js';

export interface GapsOptions {
  readonly dir: string;
  readonly since?: string;
  readonly lang?: string;
  readonly format: 'table' | 'json';
  /** The data folder; default: the project's storage.dir. */
  readonly data?: string;
  readonly url?: string;
  readonly token?: string;
  readonly draft?: boolean;
  /** An eval file to add the questions to. */
  readonly eval?: string;
  /** How many groups to show, draft and add. */
  readonly top: string;
}

export async function runGaps(
  options: GapsOptions,
  env: NodeJS.ProcessEnv = process.env,
  now = new Date(),
): Promise<void> {
  const output = createOutput(env);
  if (sinceTime(options.since, now) === null)
    throw new ChatbotError(
      'USAGE',
      `--since takes a duration like 30d or 12h, not "${options.since}"`,
    );
  const top = Number(options.top);
  if (!Number.isInteger(top) || top < 1)
    throw new ChatbotError('USAGE', `--top takes a whole number, not "${options.top}"`);
  const report = options.url
    ? await serverReport(options, env)
    : await localReport(options, output, now);
  const groups = report.groups.slice(0, top);
  if (options.format === 'json') output.out(JSON.stringify({ ...report, groups }, null, 2));
  else printGroups(output, report, groups, options);
  if (options.draft || options.eval) await writeForAuthor(options, groups, output);
}

async function localReport(options: GapsOptions, output: Output, now: Date): Promise<GapReport> {
  const bot = await loadBot(options.dir, output);
  try {
    const snapshot = bot.snapshot;
    const dataDir = resolve(options.data ?? resolve(options.dir, snapshot.config.storage.dir));
    const since = sinceTime(options.since, now) ?? undefined;
    const lang = options.lang ? servedLanguage(snapshot, options.lang) : undefined;
    if (options.lang && !lang)
      throw new ChatbotError(
        'USAGE',
        `The bot has no language "${options.lang}"; it has ${[...snapshot.languages.keys()].join(', ')}`,
      );
    const records = await readGapLog(join(dataDir, 'gaps.log'), {
      ...(since ? { since } : {}),
      ...(lang ? { lang } : {}),
    });
    return gapReport(snapshot, records, options.since ? { since: options.since } : {});
  } finally {
    await bot.close();
  }
}

async function serverReport(options: GapsOptions, env: NodeJS.ProcessEnv): Promise<GapReport> {
  const url = normalizeUrl(options.url!);
  const token = options.token ?? env.CHATBOT_TOKEN;
  if (!token)
    throw new ChatbotError(
      'USAGE',
      'chatbot gaps --url needs an operator token (manager or admin role)',
      {
        hint: 'Pass --token cbo_… or set CHATBOT_TOKEN; `chatbot operator add <name> --role admin` on the server prints one.',
      },
    );
  const query = new URLSearchParams({
    ...(options.since ? { since: options.since } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
  });
  let response: Response;
  try {
    response = await fetch(`${url}/api/operator/gaps?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch (error) {
    throw new ChatbotError(
      'SERVER_UNREACHABLE',
      `Cannot reach ${url}: ${(error as Error).message}`,
    );
  }
  if (response.status === 401 || response.status === 403)
    throw new ChatbotError(
      'OPERATOR_TOKEN_REFUSED',
      response.status === 403
        ? 'The gaps need an operator token with the manager or admin role'
        : 'The server refused this operator token',
    );
  if (!response.ok)
    throw new ChatbotError('SERVER_UNREACHABLE', `${url} answered ${response.status}`);
  return (await response.json()) as GapReport;
}

function printGroups(
  output: Output,
  report: GapReport,
  groups: readonly GapGroup[],
  options: GapsOptions,
): void {
  const c = output.colors;
  if (groups.length === 0) {
    output.err(
      options.since
        ? `No knowledge gaps recorded in the last ${options.since}.`
        : 'No knowledge gaps recorded.',
    );
    return;
  }
  output.out(
    table(
      ['#', 'lang', 'times', 'chats', 'questions', 'closest block (confidence)', 'why'],
      groups.map((group, index) => [
        String(index + 1),
        group.lang,
        String(group.count),
        String(group.conversations),
        group.questions
          .map((question) =>
            question.count > 1 ? `${question.text} ×${question.count}` : question.text,
          )
          .join(' | '),
        group.closest
          ? `${group.closest.id} (${group.closest.confidence.toFixed(2)})`
          : c.dim('none'),
        Object.entries(group.reasons)
          .map(([reason, count]) => `${reason} ${count}`)
          .join(', '),
      ]),
    ),
  );
  output.err(
    c.dim(
      `${report.groups.length} group${report.groups.length === 1 ? '' : 's'} from ${report.records} recorded question${report.records === 1 ? '' : 's'}`,
    ),
  );
}

async function writeForAuthor(
  options: GapsOptions,
  groups: readonly GapGroup[],
  output: Output,
): Promise<void> {
  const projectDir = resolve(options.dir);
  const drafted = new Map<GapGroup, string>();
  if (options.draft) {
    const { dir: kbDir, minConfidence } = await draftTarget(projectDir);
    // A group the knowledge now answers confidently (an answer written since, or one visitors
    // voted down) needs its block improved, not a second block.
    const answered = groups.filter((group) => (group.closest?.confidence ?? 0) >= minConfidence);
    for (const group of answered)
      output.err(
        `Not drafted: "${group.questions[0]?.text}" (${group.lang}) is answered by ${group.closest!.id} (confidence ${group.closest!.confidence.toFixed(2)}); improve that block if visitors were not helped.`,
      );
    const open = groups.filter((group) => !answered.includes(group));
    for (const lang of new Set(open.map((group) => group.lang))) {
      const file = join(kbDir, `${lang}.json`);
      const mine = open.filter((group) => group.lang === lang);
      const blocks = await writeDraftBlocks(file, mine);
      for (const [index, block] of blocks.entries()) drafted.set(mine[index]!, block.id);
      output.err(
        `Drafted ${blocks.length} block${blocks.length === 1 ? '' : 's'} in ${relative(projectDir, file)}: ${blocks.map((block) => block.id).join(', ')}`,
      );
    }
    if (open.length > 0)
      output.err('Write each answer in place of its TODO; `chatbot validate` fails until you do.');
  }
  if (options.eval) {
    const file = resolve(projectDir, options.eval);
    const added = await writeEvalCases(file, groups, drafted);
    output.err(
      `Added ${added} question${added === 1 ? '' : 's'} to ${relative(projectDir, file)} with expect: none; label each with the block that answers it once written.`,
    );
  }
}

/**
 * The project's knowledge folder (drafts go into files the project keeps in git) and the
 * confidence at which the offline answerer answers.
 */
async function draftTarget(projectDir: string): Promise<{ dir: string; minConfidence: number }> {
  const { loadConfig } = await import('../config/load.js');
  const loaded = await loadConfig(projectDir, { mode: 'validate', env: process.env });
  const knowledge = loaded.config?.knowledge;
  if (knowledge?.source !== 'dir')
    throw new ChatbotError(
      'USAGE',
      "--draft writes into the project's knowledge folder; this project reads its knowledge from elsewhere",
      {
        hint: 'Run it in the repository that holds the kb/<lang>.json files, with knowledge.source: dir.',
      },
    );
  return {
    dir: resolve(projectDir, knowledge.dir),
    minConfidence: loaded.config!.retrieval.minConfidence,
  };
}
