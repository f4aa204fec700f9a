/**
 * Topic tags by the model (`topicModel.enabled`): the first model link of the cascade reads the
 * visitor message and names which of the known topics (the keyword intents and the knowledge
 * blocks' first tags) it is about. It runs while the reply is written, within a short timeout,
 * and its answer is read strictly: a name that is not a known topic is dropped. Any failure (no
 * key, an error, a late answer) leaves the offline topics alone; the engine logs it.
 */
import { CircuitBreaker } from '../ai/breaker.js';
import { type CascadeLink, runCascade } from '../ai/cascade.js';
import { topicName } from './topics.js';
import type { TurnInput } from './turn-steps.js';

/** Names offered to the model at most: the intents first, then block topics. */
const maxCandidates = 60;
/** A long message is cut: the topic shows in its start, and the prompt stays small. */
const maxMessageChars = 1000;

const toldNoLink = new WeakSet<object>();

const instructions = [
  'You tag a message a visitor sent to a support chat with topics.',
  'Reply with the names of the topics below that the message is about, separated by commas,',
  'using only these exact names; reply NONE if none fits. No other words.',
].join(' ');

/**
 * The model's topics for the message, or undefined when none are to be asked for (off, or no
 * model link). The promise never rejects: a failure resolves to no topics.
 */
export function modelTopics(turn: TurnInput): Promise<readonly string[]> | undefined {
  const { config } = turn.snapshot;
  if (!config.topicModel.enabled) return undefined;
  const link = turn.options.engine
    .links(config, turn.options.budgetKey)
    // The reply's breaker is only read: a late tag must not count against the reply's link.
    .find((each) => each.provider.kind !== 'offline' && !each.skipped);
  if (!link) {
    // Once per config, not once per message.
    if (!toldNoLink.has(config)) {
      toldNoLink.add(config);
      turn.options.engine.sideTaskFailed('topic tagging', 'no model link has its API key set');
    }
    return undefined;
  }
  if (link.breaker.state !== 'closed') return undefined;
  const candidates = candidateTopics(turn);
  if (candidates.length === 0) return undefined;
  const ms = config.topicModel.timeoutMs;
  return ask(
    turn,
    { ...link, timeouts: { firstTokenMs: ms, idleMs: ms, totalMs: ms } },
    candidates,
  );
}

async function ask(
  turn: TurnInput,
  link: CascadeLink,
  candidates: readonly string[],
): Promise<readonly string[]> {
  const engine = turn.options.engine;
  try {
    const result = await runCascade(
      [{ ...link, breaker: new CircuitBreaker(1, 0) }],
      {
        system: `${instructions}\n\nTopics: ${candidates.join(', ')}`,
        history: [{ role: 'user', content: turn.message.slice(0, maxMessageChars) }],
        tools: [],
        maxTokens: 40,
        offlineAnswer: () => {
          throw new Error('topic tagging never answers offline');
        },
      },
      turn.options.cancellation ? { cancellation: turn.options.cancellation } : {},
    );
    if (result.ok) return parseTopics(result.text, candidates);
    const outcome = result.attempts.at(-1)?.outcome ?? 'no attempt';
    if (!result.cancelled) engine.sideTaskFailed('topic tagging', outcome);
  } catch (error) {
    engine.sideTaskFailed('topic tagging', error instanceof Error ? error.message : String(error));
  }
  return [];
}

/** The configured intents, then the first tags of this language's blocks, each once. */
export function candidateTopics(turn: Pick<TurnInput, 'snapshot' | 'lang'>): string[] {
  const names = new Set(Object.keys(turn.snapshot.config.topics));
  for (const block of turn.snapshot.knowledge(turn.lang).blocks) {
    if (names.size >= maxCandidates) break;
    const first = block.tags[0] ? topicName(block.tags[0]) : '';
    if (first) names.add(first);
  }
  return [...names].slice(0, maxCandidates);
}

/** The known names in the model's answer, in its order; anything else is dropped. */
export function parseTopics(text: string, candidates: readonly string[]): string[] {
  const known = new Set(candidates);
  const found = text
    .split(/[,;\n]/)
    .map((part) => topicName(part.replace(/^[\s"'`*.-]+|[\s"'`*.]+$/g, '')))
    .filter((name) => known.has(name));
  return [...new Set(found)];
}
