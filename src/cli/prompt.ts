import { loadBot } from './load-bot.js';
import { createOutput } from './output.js';

export interface PromptCommandOptions {
  readonly lang?: string;
  readonly question?: string;
  readonly dir: string;
  readonly at?: string;
}

/** Prints the exact system prompt the model would receive, so authors can read what it reads. */
export async function runPrompt(options: PromptCommandOptions): Promise<void> {
  const output = createOutput();
  const bot = await loadBot(options.dir, output);
  const snapshot = bot.snapshot;
  const lang = snapshot.resolveLanguage(options.lang);
  const { prompt, retrieval } = snapshot.systemPrompt({
    lang,
    question: options.question ?? '',
    ...(options.at ? { now: new Date(options.at) } : {}),
  });
  await bot.close();
  output.out(prompt);
  const c = output.colors;
  const cited = retrieval.citations.map((citation) => citation.id).join(', ') || 'none';
  process.stderr.write(
    `${c.dim(`\n— ${snapshot.templates.templateFor(lang)}, ${lang}, knowledge ${retrieval.mode === 'whole' ? 'whole' : `retrieved (${retrieval.hits.length} blocks)`}${options.question ? `, cites ${cited}` : ''}`)}\n`,
  );
}
