import { resolve } from 'node:path';
import { ExitCode, ExitError } from '../errors/chatbot-error.js';
import { InvalidBotError, LiveBot } from '../snapshot/live-bot.js';
import { answersByBlock } from './kb-answers.js';
import { loadBot } from './load-bot.js';
import { createOutput, table } from './output.js';

export async function runKbStats(
  dir: string,
  options: { json?: boolean; data?: string },
): Promise<void> {
  const output = createOutput();
  const bot = await loadBot(dir, output);
  const snapshot = bot.snapshot;
  const answers = await answersByBlock(snapshot, resolve(dir), options.data);
  const all = new Set(
    [...snapshot.languages.values()].flatMap((knowledge) =>
      knowledge.blocks.map((block) => block.id),
    ),
  );
  const rows = [...snapshot.languages.values()].map((knowledge) => {
    const ids = new Set(knowledge.blocks.map((block) => block.id));
    return {
      lang: knowledge.lang,
      blocks: knowledge.blocks.length,
      faq: knowledge.blocks.reduce((sum, block) => sum + block.faq.length, 0),
      tokens: knowledge.tokens,
      terms: knowledge.index.vocabularySize,
      inPrompt:
        knowledge.tokens <= snapshot.config.retrieval.wholeKnowledgeTokens
          ? 'whole'
          : `top ${snapshot.config.retrieval.topK}`,
      missing: [...all].filter((id) => !ids.has(id)).sort(),
    };
  });
  await bot.close();
  if (options.json) {
    output.out(
      JSON.stringify(
        { version: snapshot.knowledgeVersion, languages: rows, blocks: answers.rows },
        null,
        2,
      ),
    );
    return;
  }
  const c = output.colors;
  output.out(
    table(
      ['lang', 'blocks', 'FAQ pairs', '≈ tokens', 'terms', 'in prompt', 'missing translations'],
      rows.map((row) => [
        row.lang,
        String(row.blocks),
        String(row.faq),
        String(row.tokens),
        String(row.terms),
        row.inPrompt,
        row.missing.length ? c.yellow(row.missing.join(', ')) : c.dim('none'),
      ]),
    ),
  );
  output.out(
    c.dim(
      `knowledge version ${snapshot.knowledgeVersion}; whole-knowledge budget ${snapshot.config.retrieval.wholeKnowledgeTokens} tokens`,
    ),
  );
  output.out('');
  output.out(answers.table(c));
}

export async function runKbSearch(
  question: string,
  options: { lang?: string; dir: string; limit: string; json?: boolean },
): Promise<void> {
  const output = createOutput();
  const bot = await loadBot(options.dir, output);
  const snapshot = bot.snapshot;
  const lang = snapshot.resolveLanguage(options.lang);
  const hits = snapshot.knowledge(lang).search(question, Math.max(1, Number(options.limit) || 5));
  await bot.close();
  if (options.json) {
    output.out(
      JSON.stringify(
        hits.map((hit) => ({
          id: hit.block.id,
          title: hit.block.title,
          score: hit.score,
          coverage: hit.coverage,
          url: hit.block.url ?? null,
        })),
        null,
        2,
      ),
    );
    return;
  }
  if (hits.length === 0) {
    output.out(`No block in ${lang} matches that question.`);
    return;
  }
  const c = output.colors;
  const threshold = snapshot.config.retrieval.minCoverage;
  output.out(
    table(
      ['#', 'id', 'title', 'score', 'coverage'],
      hits.map((hit, i) => [
        String(i + 1),
        hit.block.id,
        hit.block.title,
        hit.score.toFixed(2),
        hit.coverage >= threshold ? hit.coverage.toFixed(2) : c.yellow(hit.coverage.toFixed(2)),
      ]),
    ),
  );
  output.out(c.dim(`language ${lang}; the offline answerer answers at coverage ≥ ${threshold}`));
}

export async function runKbStatus(dir: string, options: { json?: boolean }): Promise<void> {
  const output = createOutput();
  let bot: LiveBot;
  try {
    bot = await LiveBot.start({ projectDir: resolve(dir), mode: 'validate' });
  } catch (error) {
    if (!(error instanceof InvalidBotError)) throw error;
    const problem = {
      state: 'invalid',
      errors: error.findings
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`),
    };
    output.out(
      options.json
        ? JSON.stringify(problem, null, 2)
        : `${output.colors.red('invalid')}\n${problem.errors.map((line) => `  ${line}`).join('\n')}`,
    );
    throw new ExitError(ExitCode.invalidInput);
  }
  const status = bot.status();
  await bot.close();
  if (options.json) {
    output.out(JSON.stringify({ state: 'ok', ...status }, null, 2));
    return;
  }
  output.out(
    table(
      ['', ''],
      [
        ['source', `${status.source} ${status.location}`],
        ['version', status.knowledgeVersion],
        ['snapshot', status.snapshotVersion],
        ['loaded', status.loadedAt],
        ['last error', status.lastError ? status.lastError.message : 'none'],
      ],
    )
      .split('\n')
      .slice(2)
      .join('\n'),
  );
}
