/**
 * Asks a bot every labelled question through the same turn logic the server uses, and labels
 * each reply: a right answer, a wrong one, a wrong refusal, or (for a question the knowledge
 * does not answer) a correct refusal or a wrong answer. Dialogues keep one conversation, so a
 * follow-up is asked with the turns before it, as a visitor would ask it.
 */
import type { AiEngine } from '../ai/engine.js';
import {
  type BotTurn,
  botTurn,
  type ConversationMemory,
  newConversation,
} from '../chat/bot-turn.js';
import type { RankedBlock } from '../kb/language-knowledge.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import type { LoadedEvalFile } from './load.js';
import type { EvalTurn } from './schema.js';
import { unknownWords } from './unknown-words.js';

export type Outcome = 'right' | 'wrong' | 'wrong-refusal' | 'correct-refusal' | 'wrong-answer';

export interface EvalCase {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly lang: string;
  /** The dialogue's name and the turn's number (1-based), for dialogue turns. */
  readonly dialogue?: { readonly name: string; readonly turn: number };
  readonly question: string;
  readonly expect: 'none' | readonly string[];
  readonly tags: readonly string[];
  readonly outcome: Outcome;
  readonly reply: string;
  readonly cited: readonly string[];
  readonly ranking: readonly RankedBlock[];
  /** The offline answerer's confidence in the best block, 0..1. */
  readonly confidence?: number;
  /** The topics (block ids) a "did you mean…" reply offered as buttons instead of an answer. */
  readonly offered?: readonly string[];
  /** Why a wrong answer is wrong, when the block was right but a required text was missing. */
  readonly missing?: readonly string[];
  /** The question's words the knowledge never uses, on a miss: what a synonym or tag could add. */
  readonly unknown?: readonly string[];
  /** The model judge's verdict, with --judge. */
  readonly supported?: boolean;
}

/** Whether an answer is supported by the blocks it cites, as a model judges it (--judge). */
export type Judge = (
  question: string,
  reply: string,
  cited: readonly string[],
  lang: string,
) => Promise<boolean>;

export interface EvalRunOptions {
  readonly engine: AiEngine;
  /** The moment every conversation happens: fixed, so business hours never change a score. */
  readonly now: Date;
  readonly judge?: Judge;
}

export async function evaluateFile(
  snapshot: BotSnapshot,
  loaded: LoadedEvalFile & { readonly set: NonNullable<LoadedEvalFile['set']> },
  options: EvalRunOptions,
): Promise<EvalCase[]> {
  const cases: EvalCase[] = [];
  for (const [index, question] of (loaded.set.questions ?? []).entries()) {
    const lang = snapshot.resolveLanguage(question.lang);
    const { result } = await ask(snapshot, newConversation(lang), question.q, options);
    const at = loaded.positionOf(['questions', index, 'q']);
    const scoredCase = await scored(loaded.file, at, lang, undefined, question, result, options);
    cases.push(withUnknownWords(snapshot, scoredCase));
  }
  for (const [index, dialogue] of (loaded.set.dialogues ?? []).entries()) {
    const lang = snapshot.resolveLanguage(dialogue.lang);
    let memory = newConversation(lang);
    for (const [turnIndex, turn] of dialogue.turns.entries()) {
      const asked = await ask(snapshot, memory, turn.q, options);
      memory = asked.memory;
      const at = loaded.positionOf(['dialogues', index, 'turns', turnIndex, 'q']);
      const where = { name: dialogue.name, turn: turnIndex + 1 };
      const scoredCase = await scored(loaded.file, at, lang, where, turn, asked.result, options);
      cases.push(withUnknownWords(snapshot, scoredCase));
    }
  }
  return cases;
}

function withUnknownWords(snapshot: BotSnapshot, scoredCase: EvalCase): EvalCase {
  if (scoredCase.outcome === 'right' || scoredCase.outcome === 'correct-refusal') return scoredCase;
  const unknown = unknownWords(snapshot, scoredCase.lang, scoredCase.question);
  return unknown.length > 0 ? { ...scoredCase, unknown } : scoredCase;
}

async function ask(
  snapshot: BotSnapshot,
  memory: ConversationMemory,
  question: string,
  options: EvalRunOptions,
): Promise<{ result: BotTurn; memory: ConversationMemory }> {
  const result = await botTurn(snapshot, memory, question, {
    engine: options.engine,
    now: options.now,
  });
  // Eval measures answers, not the handoff policy: the conversation stays with the bot, so a
  // refusal early in a dialogue does not silence the turns after it.
  return { result, memory: { ...result.memory, state: 'bot', failedInARow: 0 } };
}

async function scored(
  file: string,
  at: { line: number; col: number },
  lang: string,
  dialogue: EvalCase['dialogue'],
  turn: EvalTurn,
  result: BotTurn,
  options: EvalRunOptions,
): Promise<EvalCase> {
  const reply = result.reply ?? '';
  const cited = result.citations.map((citation) => citation.id);
  const refused = result.failed || result.reply === undefined || result.handoff !== undefined;
  const missing = (turn.contains ?? []).filter(
    (text) => !reply.toLowerCase().includes(text.toLowerCase()),
  );
  const outcome = outcomeOf(turn.expect, refused, cited, missing);
  const supported =
    options.judge && !refused ? await options.judge(turn.q, reply, cited, lang) : undefined;
  return {
    file,
    ...at,
    lang,
    ...(dialogue ? { dialogue } : {}),
    question: turn.q,
    expect: turn.expect,
    tags: turn.tags ?? [],
    outcome,
    reply,
    cited,
    ranking: result.ranking ?? [],
    ...(result.confidence !== undefined ? { confidence: result.confidence } : {}),
    ...(result.suggestions?.length ? { offered: result.suggestions.map((topic) => topic.id) } : {}),
    ...(outcome === 'wrong' && missing.length > 0 ? { missing } : {}),
    ...(supported !== undefined ? { supported } : {}),
  };
}

/**
 * A wrong refusal that asked "did you mean…" with a block that answers among its buttons: the
 * visitor is one click from the answer, which a flat refusal never gives.
 */
export function offersAnswer(evalCase: EvalCase): boolean {
  const { expect, offered } = evalCase;
  return (
    evalCase.outcome === 'wrong-refusal' &&
    expect !== 'none' &&
    (offered ?? []).some((id) => expect.includes(id))
  );
}

export function outcomeOf(
  expect: 'none' | readonly string[],
  refused: boolean,
  cited: readonly string[],
  missing: readonly string[],
): Outcome {
  if (expect === 'none') return refused ? 'correct-refusal' : 'wrong-answer';
  if (refused) return 'wrong-refusal';
  const citesAnAnswer = cited.some((id) => expect.includes(id));
  return citesAnAnswer && missing.length === 0 ? 'right' : 'wrong';
}
