/**
 * Routing through the chat engine, on a clock the test moves: a visitor who comes back after
 * half an hour of silence is a returning one, and the rules that ask for one pick its assistant
 * for the next reply; the assistant is recorded on the conversation and on the reply.
 */
import { describe, expect, it } from 'vitest';
import { AiEngine } from '../../src/ai/engine.js';
import { ConversationService } from '../../src/chat/conversation-service.js';
import { buildSnapshot } from '../../src/snapshot/bot-snapshot.js';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { demoProject, readRepoFile, tempDir } from '../helpers/project.js';

async function routedService(now: { at: Date }) {
  const config = `${readRepoFile('chatbot.config.yaml')}
assistants:
  welcome-back:
    greeting: Welcome back!
routing:
  - when: { returning: true }
    assistant: welcome-back
`;
  const { snapshot, findings } = await buildSnapshot(
    demoProject({ 'chatbot.config.yaml': config }),
    { mode: 'validate', env: {} },
  );
  expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  const store = new LowdbStore(tempDir());
  await store.open();
  const service = new ConversationService({
    store,
    snapshot: () => snapshot!,
    engine: new AiEngine(true),
    clock: () => now.at,
  });
  return { store, service, snapshot: snapshot! };
}

describe('routing in the conversation service', () => {
  it('routes a visitor who comes back after 30 minutes to the returning-visitor assistant', async () => {
    // The store stamps a new conversation with the real time: the test's clock starts there.
    const start = Date.now();
    const minutes = (count: number) => new Date(start + count * 60_000);
    const now = { at: minutes(0) };
    const { store, service } = await routedService(now);
    const visitorId = 'c'.repeat(32);
    const { id } = await service.visitorConversation(visitorId, { lang: 'en', page: '/' });
    const first = await (await service.visitorMessage(id, { text: 'How much is Montserrat?' }))
      .reply;
    expect(first!.message.bot?.assistant).toBeUndefined();

    // Twenty minutes later the same visit goes on; forty more, and it is a new visit.
    now.at = minutes(20);
    await service.knownVisitorConversation(visitorId, { page: '/tours' });
    expect((await service.get(id)).visitor.visits).toBeUndefined();
    now.at = minutes(60);
    await service.knownVisitorConversation(visitorId, { page: '/' });
    expect((await service.get(id)).visitor.visits).toBe(2);

    const second = await (await service.visitorMessage(id, { text: 'Do kids get a discount?' }))
      .reply;
    expect(second!.message.bot?.assistant).toBe('welcome-back');
    // An assistant with only a greeting of its own answers from all the knowledge.
    expect(second!.message.bot?.citations.map((citation) => citation.id)).toEqual(['children']);
    expect((await service.get(id)).assistant).toBe('welcome-back');
    await store.close();
  });

  it("gives each assistant its greeting, and the default bot the knowledge's", async () => {
    const { snapshot } = await routedService({ at: new Date() });
    expect(snapshot.forAssistant('welcome-back').knowledge('es').greeting).toBe('Welcome back!');
    expect(snapshot.forAssistant(undefined).knowledge('en').greeting).toMatch(/^Hi! I'm/);
    expect(snapshot.forAssistant('gone-since-reload')).toBe(snapshot);
  });
});
