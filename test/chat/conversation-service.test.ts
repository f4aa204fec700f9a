import { describe, expect, it } from 'vitest';
import { AiEngine } from '../../src/ai/engine.js';
import { ConversationService } from '../../src/chat/conversation-service.js';
import { buildSnapshot } from '../../src/snapshot/bot-snapshot.js';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { repoRoot, tempDir } from '../helpers/project.js';

const ana = { name: 'Ana', role: 'agent' as const, tokenHash: '', createdAt: '' };

async function service() {
  const { snapshot } = await buildSnapshot(repoRoot, { mode: 'validate', env: {} });
  const store = new LowdbStore(tempDir());
  await store.open();
  return {
    store,
    service: new ConversationService({
      store,
      snapshot: () => snapshot!,
      engine: new AiEngine(),
    }),
  };
}

describe('the conversation service', () => {
  it('drops a bot reply that has not been given when an operator takes over', async () => {
    const { store, service: chat } = await service();
    const conversation = await chat.visitorConversation('a'.repeat(32), { lang: 'en' });
    const outcome = await chat.visitorMessage(conversation.id, {
      text: 'How much is the Montserrat trip?',
    });
    await chat.takeOver(conversation.id, ana);
    expect(await outcome.reply).toBeUndefined();
    const stored = await chat.get(conversation.id);
    expect(
      stored.timeline.filter((entry) => entry.kind === 'message' && entry.author.kind === 'bot'),
    ).toEqual([]);
    expect(stored).toMatchObject({ state: 'human', assignee: 'Ana' });
    await store.close();
  });

  it('answers messages in order, one reply each, and records the reply details', async () => {
    const { store, service: chat } = await service();
    const conversation = await chat.visitorConversation('b'.repeat(32), { lang: 'en' });
    const first = await chat.visitorMessage(conversation.id, {
      text: 'How much is the Montserrat trip?',
    });
    const second = await chat.visitorMessage(conversation.id, { text: 'Do kids get a discount?' });
    const [a, b] = await Promise.all([first.reply, second.reply]);
    expect(a!.message.seq).toBeLessThan(b!.message.seq);
    expect(a!.message.bot).toMatchObject({
      provider: 'offline',
      failed: false,
      citations: [{ id: 'day-trips' }],
    });
    expect(b!.message.text).toContain('30% off');
    await store.close();
  });

  it('captures contact details as a lead event and keeps them on the conversation', async () => {
    const { store, service: chat } = await service();
    const conversation = await chat.visitorConversation('c'.repeat(32), { lang: 'es' });
    const outcome = await chat.visitorMessage(conversation.id, {
      text: 'Me llamo Carmen, mi correo es carmen@example.com',
    });
    await outcome.reply;
    const stored = await chat.get(conversation.id);
    expect(stored.contact).toEqual({ name: 'Carmen', email: 'carmen@example.com' });
    expect(
      stored.timeline.find((entry) => entry.kind === 'event' && entry.type === 'lead'),
    ).toMatchObject({ data: { added: { name: 'Carmen', email: 'carmen@example.com' } } });
    await store.close();
  });

  it('reopens a resolved conversation when the visitor writes again', async () => {
    const { store, service: chat } = await service();
    const conversation = await chat.visitorConversation('d'.repeat(32), { lang: 'en' });
    await chat.resolve(conversation.id, 'Ana');
    const outcome = await chat.visitorMessage(conversation.id, {
      text: 'One more question: can I bring my dog?',
    });
    expect((await outcome.reply)?.message.text).toBe('Only assistance dogs can join our tours.');
    expect((await chat.get(conversation.id)).state).toBe('bot');
    await store.close();
  });
});
