/**
 * Runs conversation test cases against a snapshot through the same turn logic the server
 * uses, and says, per failed expectation, which turn failed and what the bot said instead.
 */
import type { AiEngine } from '../ai/engine.js';
import { teamFor } from '../chat/assignment.js';
import { type BotTurn, botTurn, newConversation } from '../chat/bot-turn.js';
import { assistantFor, type RoutedChat } from '../chat/routing.js';
import { defaultAssistant } from '../config/routing-schema.js';
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
  /** The assistant routing picked for the last turn, when not the default bot. */
  readonly assistant?: string;
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
  const chat = routedChat(testCase, lang);
  let assistant: string | undefined;
  for (const [index, turn] of testCase.turns.entries()) {
    // Routed as the server routes a reply: the rules read the case's page, language and facts.
    assistant = assistantFor(chat, snapshot.config, now);
    const result = await botTurn(snapshot.forAssistant(assistant), memory, turn.visitor, {
      engine,
      now,
      ...(testCase.page ? { visitor: { page: testCase.page } } : {}),
    });
    memory = result.memory;
    const team = teamFor(chat, snapshot.config, now);
    for (const expectation of [...unmet(turn, result), ...unrouted(turn, result, team)]) {
      failures.push({
        turn: index + 1,
        ...positionOfTurn(index),
        expectation,
        reply: result.reply ?? '(no reply)',
      });
    }
  }
  return {
    file,
    name: testCase.name,
    lang,
    ms: performance.now() - started,
    failures,
    ...(assistant ? { assistant } : {}),
  };
}

/** What routing rules read of a case: its page (and the UTM tags in it), language, facts. */
function routedChat(testCase: TestCase, lang: string): RoutedChat {
  return {
    lang,
    visitor: {
      ...(testCase.page ? { page: testCase.page } : {}),
      visits: testCase.returning ? 2 : 1,
    },
    ...(testCase.topics ? { topics: testCase.topics } : {}),
  };
}

/** The assistant that answered and the team the chat would go to, against the turn's. */
function unrouted(turn: TestTurn, result: BotTurn, team: string | undefined): string[] {
  const problems: string[] = [];
  const answered = result.assistant ?? defaultAssistant;
  if (turn.assistant !== undefined && turn.assistant !== answered)
    problems.push(`expected the assistant "${turn.assistant}" to answer; "${answered}" did`);
  if (turn.team !== undefined && turn.team !== team)
    problems.push(
      `expected the chat to go to the team "${turn.team}"; it goes to ${team ? `"${team}"` : 'the shared queue'}`,
    );
  return problems;
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
