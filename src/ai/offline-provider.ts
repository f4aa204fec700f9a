/**
 * The offline answerer as a cascade link: no network, no key, never fails. Last in the default
 * cascade, so a bot with every AI provider down still answers from its knowledge.
 */
import type { Provider } from './provider.js';

export function offlineProvider(name = 'offline'): Provider {
  return {
    name,
    kind: 'offline',
    model: 'offline',
    async *stream(request) {
      const answer = request.offlineAnswer();
      yield { type: 'grounding', citations: answer.citations, failed: answer.failed };
      yield { type: 'text', text: answer.text };
    },
  };
}
