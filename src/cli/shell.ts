/**
 * `chatbot shell`: talk to the bot in the terminal through the same engine the server uses,
 * with no server and no storage. Each reply shows who wrote it, how long it took, what it cites
 * and any change of state. Reads lines from stdin when it is not a terminal, so it can be
 * scripted: `printf 'Hi\nPrices?\n' | chatbot shell --lang es`.
 */
import { createInterface } from 'node:readline';
import { AiEngine, linkName } from '../ai/engine.js';
import {
  type BotTurn,
  botTurn,
  type ConversationMemory,
  newConversation,
} from '../chat/bot-turn.js';
import type { Attempt } from '../domain/attempt.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import { loadBot } from './load-bot.js';
import { createOutput, type Output } from './output.js';

export interface ShellOptions {
  readonly lang?: string;
  readonly dir: string;
}

export async function runShell(
  options: ShellOptions,
  env: NodeJS.ProcessEnv = process.env,
  input: NodeJS.ReadableStream = process.stdin,
): Promise<void> {
  const output = createOutput(env);
  const bot = await loadBot(options.dir, output, env, 'dev');
  const { colors } = output;
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY) && output.isTty;
  try {
    const snapshot = bot.snapshot;
    if (options.lang && !snapshot.languages.has(options.lang))
      throw new ChatbotError(
        'USAGE',
        `The bot does not speak "${options.lang}"; it speaks ${[...snapshot.languages.keys()].join(', ')}`,
      );
    for (const warning of bot.startupWarnings)
      output.err(colors.yellow(`warning: ${warning.message}`));
    const engine = new AiEngine();
    // The SDKs load while the user types the first question.
    engine.prepare(snapshot.config);
    let memory = newConversation(options.lang ?? snapshot.defaultLanguage);
    output.err(
      colors.dim(
        `${snapshot.config.name} · ${memory.lang} · ${snapshot.config.ai.cascade.map(linkName).join(' → ')}${interactive ? ' · /lang xx, /reset, /quit' : ''}`,
      ),
    );
    const lines = createInterface({ input, ...(interactive ? { output: process.stdout } : {}) });
    const prompt = () => {
      if (interactive) {
        lines.setPrompt(colors.cyan('you › '));
        lines.prompt();
      }
    };
    prompt();
    for await (const raw of lines) {
      const line = raw.trim();
      if (line === '') {
        prompt();
        continue;
      }
      if (line === '/quit' || line === '/exit') break;
      if (line === '/reset') {
        memory = newConversation(memory.lang);
        output.err(colors.dim('(new conversation)'));
        prompt();
        continue;
      }
      if (line.startsWith('/lang ')) {
        const lang = line.slice(6).trim();
        memory = { ...memory, lang: snapshot.resolveLanguage(lang) };
        output.err(colors.dim(`(language: ${memory.lang})`));
        prompt();
        continue;
      }
      memory = await answer(line, { snapshot, memory, engine, interactive, output });
      prompt();
    }
    lines.close();
  } finally {
    await bot.close();
  }
}

/** One line asked: the reply streamed as it is written (in a terminal), then its details. */
async function answer(
  line: string,
  shell: {
    snapshot: BotSnapshot;
    memory: ConversationMemory;
    engine: AiEngine;
    interactive: boolean;
    output: Output;
  },
): Promise<ConversationMemory> {
  const { memory, interactive, output } = shell;
  const { colors } = output;
  const started = performance.now();
  let streamed = '';
  if (interactive) process.stdout.write(colors.green('bot › '));
  const turn = await botTurn(shell.snapshot, memory, line, {
    engine: shell.engine,
    onText: (text) => {
      streamed += text;
      if (interactive) process.stdout.write(text);
    },
    onReset: () => {
      if (interactive && streamed)
        process.stdout.write(colors.dim(' [provider failed, starting over]\n'));
      streamed = '';
    },
  });
  const ms = Math.round(performance.now() - started);
  if (interactive) {
    // The bot's own texts (handoff, thanks) and a handoff after the model's words come whole.
    if (turn.reply && turn.reply !== streamed)
      process.stdout.write(streamed ? `\n${turn.reply}` : turn.reply);
    process.stdout.write('\n');
  } else output.out(`bot: ${turn.reply ?? '(silent)'}`);
  for (const detail of describeTurn(turn, memory.state, ms, output)) output.out(detail);
  return turn.memory;
}

/** The lines under a reply: provider, latency, citations, leads, state changes, failures. */
function describeTurn(turn: BotTurn, before: string, ms: number, output: Output): string[] {
  const { colors } = output;
  const failed = turn.attempts.filter((attempt) => attempt.outcome !== 'ok');
  const lines = [
    colors.dim(
      `  ↳ ${turn.provider}${turn.model && !turn.provider.includes(turn.model) ? ` (${turn.model})` : ''} · ${ms} ms${firstToken(turn.attempts)}${turn.failed ? ' · no answer in the knowledge' : ''}`,
    ),
  ];
  if (turn.citations.length)
    lines.push(colors.dim(`  ↳ cites ${turn.citations.map((c) => c.id).join(', ')}`));
  if (failed.length)
    lines.push(
      colors.yellow(
        `  ↳ tried ${failed.map((a) => `${a.provider}: ${a.outcome}${a.error ? ` (${a.error})` : ''}`).join('; ')}`,
      ),
    );
  if (turn.newContact)
    lines.push(
      colors.green(
        `  ↳ lead: ${Object.entries(turn.newContact)
          .map(([key, value]) => `${key} ${value}`)
          .join(', ')}${turn.leadNote ? ` · note: ${turn.leadNote}` : ''}`,
      ),
    );
  if (turn.handoff)
    lines.push(
      colors.magenta(
        `  ↳ handoff (${turn.handoff.reason}${turn.handoff.detail ? `: ${turn.handoff.detail}` : ''}) · ${turn.handoff.humanAvailable ? 'a person is available' : 'outside business hours'}`,
      ),
    );
  if (turn.memory.state !== before)
    lines.push(colors.magenta(`  ↳ state ${before} → ${turn.memory.state}`));
  return lines;
}

function firstToken(attempts: readonly Attempt[]): string {
  const ok = attempts.find((attempt) => attempt.outcome === 'ok');
  return ok?.firstTokenMs !== undefined && ok.provider !== 'offline'
    ? ` · first token ${ok.firstTokenMs} ms`
    : '';
}
