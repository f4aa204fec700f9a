/**
 * Runs conversation test cases against a snapshot through the same turn logic the server
 * uses, and says, per failed expectation, which turn failed and what the bot said instead.
 */
import type { AiEngine } from '../ai/engine.js';
import { type BotTurn, botTurn, newConversation } from '../chat/bot-turn.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import type { TestCase, TestTurn } from './schema.js';

export interface TurnFailure {
  readonly turn: number;
  readonly line: number;
  readonly col: number;
  readonly expectation: string;
  readonly reply: string;
}

export interface CaseResult {
  readonly file: string;
  readonly name: string;
  readonly lang: string;
  readonly ms: number;
  readonly failures: TurnFailure[];
}

export async function runCase(
  snapshot: BotSnapshot,
  engine: AiEngine,
  file: string,
  testCase: TestCase,
  positionOfTurn: (turn: number) => { line: number; col: number },
): Promise<CaseResult> {
  const started = performance.now();
  const lang = snapshot.resolveLanguage(testCase.lang);
  const now = testCase.at ? new Date(testCase.at) : new Date();
  let memory = newConversation(lang);
  const failures: TurnFailure[] = [];
  for (const [index, turn] of testCase.turns.entries()) {
    const result = await botTurn(snapshot, memory, turn.visitor, { engine, now });
    memory = result.memory;
    for (const expectation of unmet(turn, result)) {
      failures.push({
        turn: index + 1,
        ...positionOfTurn(index),
        expectation,
        reply: result.reply ?? '(no reply)',
      });
    }
  }
  return { file, name: testCase.name, lang, ms: performance.now() - started, failures };
}

function unmet(turn: TestTurn, result: BotTurn): string[] {
  const problems: string[] = [];
  const cited = result.citations.map((citation) => citation.id);
  const citedText = cited.length ? cited.join(', ') : 'nothing';
  for (const id of turn.cites ?? []) {
    if (!cited.includes(id))
      problems.push(`expected the reply to cite "${id}"; it cited ${citedText}`);
  }
  for (const id of turn.notCites ?? []) {
    if (cited.includes(id)) problems.push(`expected the reply not to cite "${id}"`);
  }
  const reply = (result.reply ?? '').toLowerCase();
  for (const text of turn.contains ?? []) {
    if (!reply.includes(text.toLowerCase()))
      problems.push(`expected the reply to contain "${text}"`);
  }
  for (const text of turn.notContains ?? []) {
    if (reply.includes(text.toLowerCase()))
      problems.push(`expected the reply not to contain "${text}"`);
  }
  if (turn.handoff !== undefined && turn.handoff !== Boolean(result.handoff)) {
    problems.push(
      turn.handoff
        ? 'expected a handoff to a person'
        : `expected no handoff; got one (${result.handoff?.reason})`,
    );
  }
  if (turn.failed !== undefined && turn.failed !== result.failed) {
    problems.push(
      turn.failed
        ? 'expected the bot to have no answer'
        : 'expected an answer; the bot gave its fallback',
    );
  }
  if (turn.lead !== undefined) {
    const captured = result.newContact ?? {};
    if (turn.lead === true && Object.keys(captured).length === 0)
      problems.push('expected contact details to be captured');
    if (turn.lead === false && Object.keys(captured).length > 0)
      problems.push(`expected no contact details; captured ${JSON.stringify(captured)}`);
    if (typeof turn.lead === 'object') {
      for (const [key, value] of Object.entries(turn.lead)) {
        const got = captured[key as keyof typeof captured];
        if (got !== value)
          problems.push(
            `expected the ${key} "${value}" to be captured; got ${got ? `"${got}"` : 'none'}`,
          );
      }
    }
  }
  return problems;
}
