/**
 * Customer memory on the inbox screen (80×24), with a socket that replays a recorded session:
 * the card names the person's earlier chat and how many are not this operator's, `h` lists them,
 * Enter reads one read-only and Esc steps back.
 */
import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/domain/conversation.js';
import { App } from '../../src/inbox/components/App.js';
import { InboxClient } from '../../src/inbox/inbox-client.js';
import type { PastConversation } from '../../src/protocol/operator.js';
import { RecordedSocket } from '../fakes/recorded-socket.js';
import { repoRoot } from '../helpers/project.js';

const recording = JSON.parse(
  readFileSync(`${repoRoot}/test/fixtures/inbox/recorded-session.json`, 'utf8'),
) as {
  hello: { name: string; role: string };
  acks: { open: { conversation: Conversation } };
  events: [string, unknown][];
};
const current = recording.acks.open.conversation;
const earlier: PastConversation = {
  id: 'c_earlier',
  channel: 'widget',
  state: 'resolved',
  lang: 'es',
  createdAt: '2026-11-03T10:00:00.000Z',
  updatedAt: '2026-11-03T10:20:00.000Z',
  messages: 2,
  firstQuestion: '¿Cuánto cuesta Montserrat?',
  linkedBy: ['email'],
};
const earlierConversation: Conversation = {
  ...current,
  id: earlier.id,
  state: 'resolved',
  createdAt: earlier.createdAt,
  timeline: [
    {
      kind: 'message',
      seq: 1,
      id: 'm1',
      at: earlier.createdAt,
      author: { kind: 'visitor' },
      text: '¿Cuánto cuesta Montserrat?',
      attachments: [],
    },
  ],
};
const keys = { enter: '\r', escape: '\u001B' };
const patiently = { timeout: 60_000, interval: 20 };
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

const mounted: { unmount(): void }[] = [];
afterEach(() => {
  for (const app of mounted.splice(0)) app.unmount();
});

describe('customer memory on the inbox screen', () => {
  it('names the earlier chat on the card, lists it with h and reads it with Enter', async () => {
    const socket = new RecordedSocket({
      conversations: () => ({ ok: true, conversations: [] }),
      open: () => recording.acks.open,
      past: () => ({ ok: true, conversations: [earlier], hidden: 1 }),
      peek: () => ({ ok: true, conversation: earlierConversation }),
    });
    const client = new InboxClient({ socket: socket.asSocket() });
    socket.deliver('hello', recording.hello);
    await settle();
    for (const [event, payload] of recording.events) socket.deliver(event, payload);
    const app = render(<App client={client} colors={false} size={{ columns: 80, rows: 24 }} />);
    mounted.push(app);
    await settle();

    app.stdin.write(keys.enter);
    await expect
      .poll(() => app.lastFrame(), patiently)
      .toContain('earlier: 1 chat (+1 not yours) · h lists');
    expect(socket.sent).toContainEqual(['past', { id: current.id }]);

    app.stdin.write('h');
    await expect
      .poll(() => app.lastFrame(), patiently)
      .toContain('Earlier chats with this person:');
    expect(app.lastFrame()).toContain('›3 Nov done · 2 msgs · by email "¿Cuánto cuesta');
    expect(app.lastFrame()).toContain('1 more not yours to open');

    app.stdin.write(keys.enter);
    await expect.poll(() => app.lastFrame(), patiently).toContain('Read-only: 3 Nov · done');
    expect(socket.sent).toContainEqual(['peek', { id: earlier.id }]);
    expect(app.lastFrame()).toContain('¿Cuánto cuesta Montserrat?');

    app.stdin.write(keys.escape);
    await expect
      .poll(() => app.lastFrame(), patiently)
      .toContain('Earlier chats with this person:');
    app.stdin.write(keys.escape);
    await expect.poll(() => app.lastFrame(), patiently).toContain('earlier: 1 chat');
    for (const line of app.lastFrame()!.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});
