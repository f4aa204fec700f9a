import { assistantFor } from '../chat/routing.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import { loadBot } from './load-bot.js';
import { createOutput } from './output.js';

export interface PromptCommandOptions {
  readonly lang?: string;
  readonly question?: string;
  readonly dir: string;
  readonly at?: string;
  readonly assistant?: string;
  readonly page?: string;
}

/** Prints the exact system prompt the model would receive, so authors can read what it reads. */
export async function runPrompt(options: PromptCommandOptions): Promise<void> {
  const output = createOutput();
  const bot = await loadBot(options.dir, output);
  const lang = bot.snapshot.resolveLanguage(options.lang);
  const now = options.at ? new Date(options.at) : new Date();
  let snapshot: BotSnapshot;
  let rendered: ReturnType<BotSnapshot['systemPrompt']>;
  try {
    snapshot = assistantSnapshot(bot.snapshot, options, lang, now);
    rendered = snapshot.systemPrompt({
      lang,
      question: options.question ?? '',
      now,
      ...(options.page ? { visitor: { page: options.page } } : {}),
    });
  } finally {
    await bot.close();
  }
  const { prompt, retrieval } = rendered;
  output.out(prompt);
  const c = output.colors;
  const cited = retrieval.citations.map((citation) => citation.id).join(', ') || 'none';
  process.stderr.write(
    `${c.dim(`\n— ${snapshot.templates.templateFor(lang)}, ${lang}, ${snapshot.assistant ? `assistant ${snapshot.assistant}, ` : ''}knowledge ${retrieval.mode === 'whole' ? 'whole' : `retrieved (${retrieval.hits.length} blocks)`}${options.question ? `, cites ${cited}` : ''}`)}\n`,
  );
}

/** The assistant asked for by name, or the one routing picks for the page and language. */
function assistantSnapshot(
  snapshot: BotSnapshot,
  options: PromptCommandOptions,
  lang: string,
  now: Date,
): BotSnapshot {
  const name = options.assistant;
  if (name === undefined)
    return snapshot.forAssistant(
      assistantFor({ lang, visitor: { page: options.page } }, snapshot.config, now),
    );
  if (name === 'default') return snapshot;
  const known = Object.keys(snapshot.config.assistants);
  if (!known.includes(name))
    throw new ChatbotError('USAGE', `There is no assistant "${name}"`, {
      hint: `Assistants: default${known.map((one) => `, ${one}`).join('')}.`,
    });
  return snapshot.forAssistant(name);
}
