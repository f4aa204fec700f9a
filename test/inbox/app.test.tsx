/**
 * The inbox's screen, driven by events a real server sent (test/fixtures/inbox), with keys typed
 * into ink-testing-library's stdin. What an operator sees and what the inbox sends back.
 */
import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/inbox/components/App.js';
import { InboxClient } from '../../src/inbox/inbox-client.js';
import { RecordedSocket } from '../fakes/recorded-socket.js';
import { repoRoot } from '../helpers/project.js';

interface Recording {
  hello: { name: string; role: string };
  acks: { conversations: Record<string, unknown>; open: Record<string, unknown> };
  events: [string, unknown][];
}

const recording = JSON.parse(
  readFileSync(`${repoRoot}/test/fixtures/inbox/recorded-session.json`, 'utf8'),
) as Recording;
const conversationId = (recording.acks.open.conversation as { id: string }).id;
const longReply =
  'Para el tour de Montserrat salimos a las nueve desde Plaça de Catalunya; el precio incluye el tren cremallera, la entrada al museo y una hora libre para comer antes de volver.';
const canned = [
  { shortcut: 'booking', text: { en: 'I can book that.', es: 'Puedo reservarlo.' } },
  { shortcut: 'thanks', text: 'Thank you!' },
  { shortcut: 'montserrat', text: longReply },
];

const keys = { enter: '\r', down: '\u001B[B', up: '\u001B[A', tab: '\t', escape: '\u001B' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
/**
 * A frame or a sent event is waited for, not expected after a fixed pause: on a busy machine the
 * screen can take longer than any pause to catch up.
 */
const patiently = { timeout: 60_000, interval: 20 };

/** Each input as its own read of the terminal, with the screen settled after each. */
async function press(app: { stdin: { write(data: string): void } }, ...inputs: string[]) {
  for (const input of inputs) {
    app.stdin.write(input);
    await settle();
  }
}

const mounted: { unmount(): void }[] = [];
afterEach(() => {
  for (const app of mounted.splice(0)) app.unmount();
});

/** The inbox after the recorded session: list loaded, every live event delivered. */
async function inboxAfterRecording(options: { waitingMinutes?: number } = {}) {
  const socket = new RecordedSocket({
    conversations: () => ({ ok: true, conversations: [] }),
    open: () => recording.acks.open,
    takeover: () => ({ ok: true }),
  });
  const client = new InboxClient({ socket: socket.asSocket() });
  const bells: number[] = [];
  client.on('bell', () => bells.push(Date.now()));
  socket.deliver('hello', { ...recording.hello, canned });
  await settle();
  for (const [event, payload] of recording.events) socket.deliver(event, payload);
  const waitingSince = Date.parse(
    (recording.events.findLast(([e]) => e === 'conversation')![1] as { waitingSince: string })
      .waitingSince,
  );
  const now = () => waitingSince + (options.waitingMinutes ?? 3) * 60_000;
  const app = render(
    <App client={client} colors={false} size={{ columns: 80, rows: 24 }} now={now} />,
  );
  mounted.push(app);
  await settle();
  return { socket, client, app, bells };
}

describe('the inbox screen', () => {
  it('pins the waiting chat with its wait, visitor, language, page and unread count, and rings', async () => {
    const { app, bells } = await inboxAfterRecording({ waitingMinutes: 3 });
    const frame = app.lastFrame()!;
    const [title, first, second] = frame.split('\n');
    expect(title).toContain('Chats (1)');
    expect(first).toMatch(/› ?[●○] Carmen\s+WAIT 3m/);
    expect(second).toMatch(/es \(\d\) \/precios/);
    expect(frame).toContain('waiting 1 · bot 0 · human 0');
    expect(frame).toContain('Ann · online');
    expect(bells).toHaveLength(1);
  });

  it('opens the chat: transcript with authors and states, the visitor card, the live draft', async () => {
    const { app, socket } = await inboxAfterRecording();
    app.stdin.write(keys.enter);
    await settle();
    await expect
      .poll(() => socket.sent, patiently)
      .toContainEqual(['open', { id: conversationId }]);
    // The draft arrives after the chat is open, as it would live.
    const typing = recording.events.find(([event]) => event === 'typing')!;
    socket.deliver('typing', typing[1]);
    await expect.poll(() => app.lastFrame(), patiently).toContain('✎ visitor is typing');
    const frame = app.lastFrame()!;
    expect(frame).toContain('Carmen · carmen@example.com');
    expect(frame).toContain('page /precios?utm_source=newsletter');
    expect(frame).toContain('from https://www.google.com/');
    expect(frame).toMatch(/\d\d:\d\d visitor/);
    expect(frame).toContain('Quiero hablar con una persona');
    expect(frame).toMatch(/bot → waiting by bot \(keyword\)/);
    expect(frame).toContain('✎ visitor is typing: Es para dos personas');
    expect(frame).toContain('WAIT');
  });

  it('takes over with t and replies with a canned answer in the visitor’s language', async () => {
    const { app, socket } = await inboxAfterRecording();
    await press(app, keys.enter, 't');
    await expect
      .poll(() => socket.sent, patiently)
      .toContainEqual(['takeover', { id: conversationId }]);
    app.stdin.write('c');
    app.stdin.write('/');
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('/booking  Puedo reservarlo.');
    await expect.poll(() => app.lastFrame(), patiently).toContain('/thanks  Thank you!');
    app.stdin.write('b');
    app.stdin.write(keys.tab);
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('> Puedo reservarlo.');
    // Alt+Enter (ESC then CR) adds a line; the draft is sent whole.
    app.stdin.write('\u001B\r');
    app.stdin.write('¡Hasta pronto!');
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('  ¡Hasta pronto!');
    app.stdin.write(keys.enter);
    await expect
      .poll(() => socket.sent.some(([event]) => event === 'message'), patiently)
      .toBe(true);
    const message = socket.sent.find(([event]) => event === 'message');
    expect(message?.[1]).toMatchObject({
      id: conversationId,
      text: 'Puedo reservarlo.\n¡Hasta pronto!',
    });
    // Shown as sending until the server's entry for it arrives.
    await expect.poll(() => app.lastFrame(), patiently).toContain('sending… Ann');
    const clientId = (message![1] as { clientId: string }).clientId;
    socket.deliver('entry', {
      conversationId,
      entry: {
        kind: 'message',
        seq: 99,
        id: 'x'.repeat(32),
        at: new Date().toISOString(),
        author: { kind: 'operator', name: 'Ann' },
        text: 'Puedo reservarlo.\n¡Hasta pronto!',
        attachments: [],
        clientId,
      },
    });
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).not.toContain('sending…');
    await expect.poll(() => app.lastFrame(), patiently).toMatch(/\d\d:\d\d Ann/);
  });

  it('sends a reply whose Enter came in the same read as its text, and keeps pasted lines as lines', async () => {
    const { app, socket } = await inboxAfterRecording();
    // Typed fast, or over a slow connection: the text and Enter arrive together.
    await press(app, keys.enter, 'c', 'Thanks, see you soon.\r');
    await expect
      .poll(() => socket.sent.filter(([event]) => event === 'message').map(([, m]) => m), patiently)
      .toEqual([expect.objectContaining({ text: 'Thanks, see you soon.' })]);
    // A pasted block: its lines stay lines in the draft, and nothing more is sent.
    app.stdin.write('first line\rsecond line');
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('> first line');
    await expect.poll(() => app.lastFrame(), patiently).toContain('  second line');
    expect(socket.sent.filter(([event]) => event === 'message')).toHaveLength(1);
  });

  it('gives what was typed after / or c in the same read to the field the key opens', async () => {
    const { app, socket } = await inboxAfterRecording();
    app.stdin.write('/carmen');
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('Chats /carmen (1)');
    app.stdin.write(keys.escape);
    await settle();
    app.stdin.write('/nobody\r');
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('Chats /nobody (0)');
    // Enter took the inbox back to the list: "/" is a command again, and Escape clears the search.
    await press(app, '/', keys.escape, keys.enter, 'cThanks, see you soon.\r');
    await expect
      .poll(() => socket.sent.filter(([event]) => event === 'message').map(([, m]) => m), patiently)
      .toEqual([expect.objectContaining({ text: 'Thanks, see you soon.' })]);
  });

  it('wraps a long canned reply in the reply box, so it is read whole before it is sent', async () => {
    const { app, socket } = await inboxAfterRecording();
    await press(app, keys.enter, 'c', '/mont', keys.tab);
    const frame = app.lastFrame()!;
    const box = frame.slice(frame.indexOf('> Para'));
    // Every word is on the screen: none of it is cut off with "…".
    for (const word of longReply.split(' ')) expect(box).toContain(word);
    expect(box).not.toContain('…');
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    app.stdin.write(keys.enter);
    await settle();
    expect(socket.sent.find(([event]) => event === 'message')?.[1]).toMatchObject({
      text: longReply,
    });
  });

  it('drops the visitor’s draft once their message arrives, even with no "stopped typing"', async () => {
    const { app, socket } = await inboxAfterRecording();
    await press(app, keys.enter);
    socket.deliver('typing', {
      conversationId,
      who: 'visitor',
      on: true,
      draft: 'Somos dos adultos',
    });
    await settle();
    expect(app.lastFrame()).toContain('✎ visitor is typing: Somos dos adultos');
    socket.deliver('entry', {
      conversationId,
      entry: {
        kind: 'message',
        seq: 98,
        id: 'v'.repeat(32),
        at: new Date().toISOString(),
        author: { kind: 'visitor' },
        text: 'Somos dos adultos y un niño',
        attachments: [],
        clientId: 'visitor-1',
      },
    });
    await settle();
    expect(app.lastFrame()).toContain('Somos dos adultos y un niño');
    expect(app.lastFrame()).not.toContain('✎');
  });

  it('filters by state with f, searches with /, shows help with ?', async () => {
    const { app } = await inboxAfterRecording();
    app.stdin.write('f');
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('Chats [waiting] (1)');
    app.stdin.write('f');
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('Chats [asked] (0)');
    app.stdin.write('f');
    await expect.poll(() => app.lastFrame(), patiently).toContain('Chats [bot] (0)');
    for (let i = 0; i < 3; i++) app.stdin.write('f');
    await settle();
    app.stdin.write('/');
    app.stdin.write('nobody');
    app.stdin.write(keys.enter);
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('Chats /nobody (0)');
    app.stdin.write('/');
    app.stdin.write(keys.escape);
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('Chats (1)');
    app.stdin.write('?');
    await settle();
    await expect
      .poll(() => app.lastFrame(), patiently)
      .toContain('take over: the bot stops, the chat is yours');
  });

  it('shows a question a restart interrupted as a grey line, answered or apologized for', async () => {
    const { app, socket } = await inboxAfterRecording();
    app.stdin.write(keys.enter);
    await settle();
    const recovery = (seq: number, action: string) => ({
      conversationId,
      entry: {
        kind: 'event',
        seq,
        id: `r${seq}`,
        at: '2026-11-23T09:30:00.000Z',
        type: 'recovery',
        data: { action, questions: 1, ageMs: 2000 },
      },
    });
    socket.deliver('entry', recovery(7, 'answered'));
    await settle();
    expect(app.lastFrame()).toContain('a restart cut a reply: answering now');
    socket.deliver('entry', recovery(8, 'apology'));
    await settle();
    expect(app.lastFrame()).toContain('a restart cut a reply: asked to repeat');
  });

  it('hides and shows chats from the public API with A (a archives)', async () => {
    const { app, socket } = await inboxAfterRecording();
    const row = recording.events.findLast(([e]) => e === 'conversation')![1] as Record<
      string,
      unknown
    >;
    socket.deliver('conversation', {
      ...row,
      id: 'a'.repeat(32),
      state: 'bot',
      channel: 'api',
      contactName: 'CRM caller',
    });
    await settle();
    expect(app.lastFrame()).toContain('Chats (2)');
    expect(app.lastFrame()).toContain('API');
    await press(app, 'x');
    expect(app.lastFrame()).toContain('Chats [no API] (1)');
    expect(app.lastFrame()).not.toContain('CRM caller');
    await press(app, 'x');
    expect(app.lastFrame()).toContain('Chats (2)');
  });

  it('says so while reconnecting, and catches up when the connection is back', async () => {
    const { app, socket } = await inboxAfterRecording();
    socket.deliver('disconnect');
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('reconnecting…');
    socket.deliver('hello', { ...recording.hello, canned });
    await settle();
    await expect.poll(() => app.lastFrame(), patiently).toContain('Ann · online');
    await expect
      .poll(() => socket.sent.filter(([event]) => event === 'conversations'), patiently)
      .toHaveLength(2);
  });

  it('fits 80×24 and a narrow 60×16 terminal without breaking lines', async () => {
    const { client } = await inboxAfterRecording();
    for (const size of [
      { columns: 80, rows: 24 },
      { columns: 60, rows: 16 },
    ]) {
      const app = render(<App client={client} colors={false} size={size} />);
      mounted.push(app);
      await settle();
      const lines = app.lastFrame()!.split('\n');
      expect(lines.length).toBeLessThanOrEqual(size.rows);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(size.columns);
    }
  });
});
