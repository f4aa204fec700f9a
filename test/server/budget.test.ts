import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { VisitorEntry } from '../../src/protocol/index.js';
import { startLlmFake } from '../fakes/llm-fake.js';
import { configWithFakeModel } from '../helpers/ai.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject } from '../helpers/project.js';
import { emit, once, startServer, visitor, waitFor } from '../helpers/server.js';

const question = 'How much is the Montserrat trip?';

async function ask(socket: ReturnType<typeof visitor>): Promise<string> {
  const answered = waitFor<VisitorEntry>(
    socket,
    'entry',
    (entry) => entry.author?.kind === 'bot',
    60_000,
  );
  await emit(socket, 'message', { text: question });
  return (await answered).text ?? '';
}

describe('ai.budget on a running server', () => {
  it('answers through the model under budget, offline over it, and says so once in the log and in metrics', async () => {
    const llm = await startLlmFake('openai', { kind: 'text', chunks: ['The model: 65 EUR.'] });
    cleanupAfterTest(() => llm.close());
    const config = `${configWithFakeModel(llm.baseURL)}  budget:
    visitor: { calls: 1 }
    bot: { calls: 1000, tokens: 1000000 }
`;
    const lines: Array<{ msg: string; budget?: string }> = [];
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          for (const line of chunk.toString().split('\n').filter(Boolean))
            lines.push(JSON.parse(line));
          done();
        },
      }),
    );
    const { url } = await startServer({
      dir: demoProject({ 'chatbot.config.yaml': config }),
      logger,
    });
    const ann = visitor(url, { lang: 'en' });
    await once(ann, 'session', 30_000);

    expect(await ask(ann)).toBe('The model: 65 EUR.');
    const offline = await ask(ann);
    expect(offline).toContain('Montserrat');
    expect(offline).not.toContain('The model');
    await ask(ann);
    expect(llm.requests).toHaveLength(1);

    const reached = lines.filter((line) => line.budget === 'visitor');
    expect(reached).toHaveLength(1);
    expect(reached[0]!.msg).toContain('offline answerer answers');
    // No "provider failed" line for a provider that was only passed over.
    expect(lines.filter((line) => line.msg.includes('AI provider failed'))).toEqual([]);

    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toContain('chatbot_ai_budget_reached_total{scope="visitor"} 1');
    expect(metrics).toContain(
      'chatbot_ai_attempts_total{provider="openai/gpt-test",outcome="over-budget"} 2',
    );
    expect(metrics).toContain('chatbot_ai_budget_spent{kind="calls"} 1');
    expect(metrics).not.toContain('chatbot_provider_failures_total{provider="openai/gpt-test"');
  });
});
