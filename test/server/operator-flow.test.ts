import { describe, expect, it } from 'vitest';
import type { MessageEntry } from '../../src/domain/conversation.js';
import type { VisitorEntry } from '../../src/protocol/index.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import {
  addOperator,
  connectedOperator,
  emit,
  once,
  operatorSocket,
  type RunningServer,
  record,
  sleep,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

/**
 * A visitor whose conversation exists before they write (as after an earlier visit): opening the
 * widget alone makes none, so it is made through the server's own chat service.
 */
async function visitorWithConversation(running: RunningServer, lang = 'en') {
  const socket = visitor(running.url, { lang });
  const session = await once<{ visitorId: string; token: string }>(socket, 'session');
  const conversation = await running.server.context.service.visitorConversation(session.visitorId, {
    lang,
  });
  return { socket, id: conversation.id, token: session.token };
}

describe('operators', () => {
  it('list conversations with filters: state, language, online, text', async () => {
    const running = await startServer();
    const { url, dir } = running;
    const operator = await connectedOperator(url, await addOperator(dir, 'Ana'));
    const en = await visitorWithConversation(running, 'en');
    await emit(en.socket, 'message', { text: 'How much is the Montserrat trip?' });
    const ru = await visitorWithConversation(running, 'ru');
    await emit(ru.socket, 'message', { text: 'Есть ли скидки для детей?' });
    await emit(operator, 'takeover', { id: ru.id });

    const all = await emit<{
      conversations: Array<{ id: string; lang: string; state: string; online: boolean }>;
    }>(operator, 'conversations', {});
    expect(all.conversations.map((c) => c.id).sort()).toEqual([en.id, ru.id].sort());
    expect(
      (
        await emit<{ conversations: Array<{ id: string }> }>(operator, 'conversations', {
          lang: 'ru',
        })
      ).conversations.map((c) => c.id),
    ).toEqual([ru.id]);
    expect(
      (
        await emit<{ conversations: Array<{ id: string }> }>(operator, 'conversations', {
          state: 'human',
        })
      ).conversations.map((c) => c.id),
    ).toEqual([ru.id]);
    expect(
      (
        await emit<{ conversations: Array<{ id: string }> }>(operator, 'conversations', {
          q: 'montserrat',
        })
      ).conversations.map((c) => c.id),
    ).toEqual([en.id]);
    en.socket.disconnect();
    const online = async () =>
      (
        await emit<{ conversations: Array<{ id: string }> }>(operator, 'conversations', {
          online: true,
        })
      ).conversations.map((c) => c.id);
    // Offline once the presence grace has passed.
    await eventually(async () => (await online()).length === 1, 'the visitor to go offline');
    expect(await online()).toEqual([ru.id]);
    // The same over REST.
    const response = await fetch(`${url}/api/operator/conversations?state=bot&lang=en`, {
      headers: { authorization: `Bearer ${await addOperator(dir, 'Bo')}` },
    });
    const body = (await response.json()) as { conversations: Array<{ id: string }> };
    expect(body.conversations.map((c) => c.id)).toEqual([en.id]);
  });

  it('open a conversation: full history, then live events including the typing preview', async () => {
    const running = await startServer();
    const { url, dir } = running;
    const operator = await connectedOperator(url, await addOperator(dir, 'Ana'));
    const chat = await visitorWithConversation(running);
    const answered = waitFor<VisitorEntry>(
      chat.socket,
      'entry',
      (entry) => entry.author?.kind === 'bot',
    );
    await emit(chat.socket, 'message', { text: 'Do kids get a discount?' });
    await answered;
    const opened = await emit<{
      conversation: { timeline: MessageEntry[] };
      online: boolean;
      viewers: string[];
    }>(operator, 'open', { id: chat.id });
    expect(opened.conversation.timeline.map((entry) => entry.author?.kind)).toEqual([
      'visitor',
      'bot',
    ]);
    expect(opened).toMatchObject({ online: true, viewers: ['Ana'] });

    const preview = waitFor<{ who: string; draft?: string }>(
      operator,
      'typing',
      (event) => event.who === 'visitor' && event.draft === 'Can I pay by ca',
    );
    chat.socket.emit('typing', { draft: 'Can I pay by ca' });
    await preview;
    const live = waitFor<{ entry: MessageEntry }>(
      operator,
      'entry',
      (event) => event.entry.text === 'What payment methods do you accept?',
    );
    await emit(chat.socket, 'message', { text: 'What payment methods do you accept?' });
    await live;
  });

  it('take over: the bot goes silent; reply; hand back: the bot answers again; resolve', async () => {
    const running = await startServer();
    const { url, dir } = running;
    const operator = await connectedOperator(url, await addOperator(dir, 'Ana'));
    const chat = await visitorWithConversation(running);
    const seen = record<VisitorEntry>(chat.socket, 'entry');

    await emit(operator, 'open', { id: chat.id });
    const takeover = await emit<{ ok: boolean; summary: { state: string; assignee: string } }>(
      operator,
      'takeover',
      { id: chat.id },
    );
    expect(takeover.summary).toMatchObject({ state: 'human', assignee: 'Ana' });
    await emit(chat.socket, 'message', { text: 'How much is the Montserrat trip?' });
    await sleep(300);
    expect(seen.filter((entry) => entry.author?.kind === 'bot')).toHaveLength(0);

    const reply = waitFor<VisitorEntry>(
      chat.socket,
      'entry',
      (entry) => entry.author?.kind === 'operator',
    );
    await emit(operator, 'message', {
      id: chat.id,
      text: 'It is €69 per adult, and I can book it for you.',
    });
    expect(await reply).toMatchObject({
      author: { kind: 'operator', name: 'Ana' },
      text: 'It is €69 per adult, and I can book it for you.',
    });

    await emit(operator, 'handback', { id: chat.id });
    const botAgain = waitFor<VisitorEntry>(
      chat.socket,
      'entry',
      (entry) => entry.author?.kind === 'bot',
    );
    await emit(chat.socket, 'message', { text: 'Do kids get a discount?' });
    expect((await botAgain).text).toContain('30% off');

    await emit(operator, 'resolve', { id: chat.id });
    await eventually(() => seen.some((entry) => entry.state === 'resolved'), 'the resolved state');
    expect(seen.filter((entry) => entry.kind === 'state').map((entry) => entry.state)).toEqual([
      'human',
      'bot',
      'resolved',
    ]);
    expect(seen.find((entry) => entry.state === 'human')?.operator).toBe('Ana');
  });

  it('see which other operators have the same conversation open', async () => {
    const running = await startServer();
    const { url, dir } = running;
    const ana = await connectedOperator(url, await addOperator(dir, 'Ana'));
    const bo = await connectedOperator(url, await addOperator(dir, 'Bo'));
    const chat = await visitorWithConversation(running);
    await emit(ana, 'open', { id: chat.id });
    const both = waitFor<{ conversationId: string; operators: string[] }>(
      ana,
      'viewers',
      (event) => event.operators.length === 2,
    );
    await emit(bo, 'open', { id: chat.id });
    expect(await both).toEqual({ conversationId: chat.id, operators: ['Ana', 'Bo'] });
    const alone = waitFor<{ operators: string[] }>(
      ana,
      'viewers',
      (event) => event.operators.length === 1,
    );
    bo.disconnect();
    expect((await alone).operators).toEqual(['Ana']);
  });

  it('a wrong token is refused; a revoked operator is disconnected at once', async () => {
    const running = await startServer();
    const { url, dir } = running;
    const stranger = operatorSocket(url, 'cbo_not-a-real-token');
    expect((await once<Error>(stranger, 'connect_error')).message).toBe('unauthorized');

    const anaToken = await addOperator(dir, 'Ana');
    const ana = operatorSocket(url, anaToken);
    await once(ana, 'hello');
    const cutOff = once<{ code: string }>(ana, 'error');
    const gone = once(ana, 'disconnect');
    await new OperatorRegistry(`${dir}/data`).revoke('Ana');
    expect(await cutOff).toMatchObject({ code: 'revoked' });
    await gone;
    const again = operatorSocket(url, anaToken);
    expect((await once<Error>(again, 'connect_error')).message).toBe('unauthorized');
  });

  it('every action is seen at once by other operators and by the visitor', async () => {
    const running = await startServer();
    const { url, dir } = running;
    const ana = await connectedOperator(url, await addOperator(dir, 'Ana'));
    const bo = await connectedOperator(url, await addOperator(dir, 'Bo'));
    const chat = await visitorWithConversation(running);
    const boSees = waitFor<{ id: string; state: string; assignee?: string }>(
      bo,
      'conversation',
      (summary) => summary.state === 'human',
    );
    const visitorSees = waitFor<VisitorEntry>(
      chat.socket,
      'entry',
      (entry) => entry.state === 'human',
    );
    await emit(ana, 'takeover', { id: chat.id });
    expect(await boSees).toMatchObject({ id: chat.id, assignee: 'Ana' });
    expect(await visitorSees).toMatchObject({ operator: 'Ana' });
  });
});
