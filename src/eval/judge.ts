/**
 * `chatbot eval --live --judge`: the configured model reads the question, the answer and the
 * blocks it cites, and says whether the answer is supported by them. It catches what a
 * citation check cannot: an answer from the right block that states something the block does
 * not say.
 */
import { runCascade } from '../ai/cascade.js';
import type { AiEngine } from '../ai/engine.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { renderFlatBlock } from '../kb/flatten.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import type { Judge } from './run.js';

const instructions = [
  'You check answers a support bot gave from its knowledge base.',
  'You get the visitor question, the answer, and the knowledge blocks the answer cites.',
  'Reply with exactly one word: SUPPORTED if every fact in the answer is stated in the blocks',
  'and the answer addresses the question; otherwise UNSUPPORTED.',
].join(' ');

export function modelJudge(snapshot: BotSnapshot, engine: AiEngine): Judge {
  const models = engine.links(snapshot.config).filter((link) => link.provider.kind !== 'offline');
  if (models.length === 0)
    throw new ChatbotError('USAGE', '--judge needs a model: no cascade link has its API key set');
  return async (question, reply, cited, lang) => {
    const knowledge = snapshot.knowledge(lang);
    const blocks = knowledge.blocks
      .filter((block) => cited.includes(block.id))
      .map(renderFlatBlock);
    const content = `Question:\n${question}\n\nAnswer:\n${reply}\n\nCited blocks:\n${blocks.join('\n\n') || '(none)'}`;
    const result = await runCascade(models, {
      system: instructions,
      history: [{ role: 'user', content }],
      tools: [],
      maxTokens: 5,
      offlineAnswer: () => {
        throw new Error('the judge never answers offline');
      },
    });
    return result.ok && /^\s*SUPPORTED\b/i.test(result.text);
  };
}
