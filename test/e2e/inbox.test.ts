/**
 * The real `chatbot inbox` in a real terminal (tmux, 80×24) against a real server, with a
 * visitor as a socket.io client: the shift an operator works, key by key.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { VisitorEntry } from '../../src/protocol/index.js';
import { demoProject, repoRoot } from '../helpers/project.js';
import { addOperator, emit, once, startServer, visitor, waitFor } from '../helpers/server.js';
import { TmuxSession } from './helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

const bin = join(repoRoot, 'bin/chatbot.js');

/** The demo bot with people always available (no business hours), so a handoff waits. */
async function serverWithOperator() {
  const config = readFileSync(join(repoRoot, 'chatbot.config.yaml'), 'utf8').replace(
    /^ {2}hours:\n(?: {4}.*\n)+/m,
    '',
  );
  const dir = demoProject({ 'chatbot.config.yaml': config });
  const running = await startServer({ dir });
  const token = await addOperator(dir, 'Ann');
  return { ...running, token };
}

function inbox(url: string, token: string, env: Record<string, string> = {}): TmuxSession {
  const session = new TmuxSession(`node ${bin} inbox --url ${url} --token ${token}`, {
    width: 80,
    height: 24,
    env: { HOME: demoProject(), ...env },
  });
  sessions.push(session);
  return session;
}

const messageFrom = (socket: Socket, kind: string, text?: string) =>
  waitFor<VisitorEntry>(
    socket,
    'entry',
    (entry) => entry.author?.kind === kind && (!text || Boolean(entry.text?.includes(text))),
    10_000,
  );

/** A wait on the visitor's socket that, should it time out, says what the operator saw. */
async function withScreen<T>(screen: TmuxSession, waiting: Promise<T>): Promise<T> {
  try {
    return await waiting;
  } catch (error) {
    throw new Error(`${(error as Error).message}; the inbox showed:\n${screen.screen()}`);
  }
}

describe('chatbot inbox', () => {
  it('runs a shift: a waiting chat rings, the draft shows, take over, canned reply, hand back, quit', async () => {
    const { url, token } = await serverWithOperator();
    const screen = inbox(url, token);
    await screen.waitFor('online');
    execFileSync('tmux', ['set-option', '-t', screen.name, 'monitor-bell', 'on']);

    // A visitor arrives and asks for a person: the chat goes to "waiting" at the top.
    const guest = visitor(url, { lang: 'en', page: 'http://shop.example/prices?utm_source=ads' });
    await once(guest, 'session');
    await emit(guest, 'message', { clientId: 'm1', text: 'I want to talk to a person please' });
    await screen.waitFor(/WAIT \d+s/);
    const bell = execFileSync(
      'tmux',
      ['display-message', '-p', '-t', screen.name, '#{window_bell_flag}'],
      { encoding: 'utf8' },
    ).trim();
    expect(bell).toBe('1');

    // Open it: the transcript, the visitor card, and the visitor's live draft.
    screen.keys('Enter');
    await screen.waitFor('talk to a person please');
    await screen.waitFor('page /prices?utm_source=ads');
    guest.emit('typing', { draft: 'my booking is 4471' });
    await screen.waitFor('visitor is typing: my booking is 4471');

    // Take over: the visitor sees Ann join.
    const joined = waitFor<VisitorEntry>(guest, 'entry', (e) => e.state === 'human');
    screen.keys('t');
    await withScreen(screen, joined);
    await screen.waitFor('human (Ann)');

    // A canned reply: "/" and a shortcut, Tab inserts it, Enter sends it.
    // Keys sent together can reach the inbox in one read; the composer must be open first.
    screen.keys('c');
    await screen.waitFor('> █');
    screen.type('/boo');
    await screen.waitFor('/booking');
    screen.keys('Tab');
    await screen.waitFor('> I can book that for you');
    const reply = messageFrom(guest, 'operator', 'I can book that for you');
    screen.keys('Enter');
    expect((await withScreen(screen, reply)).author).toEqual({ kind: 'operator', name: 'Ann' });

    // A typed reply with a second line (Ctrl+J; one byte, so no timing can split it), then back
    // to the list.
    screen.type('Thanks!');
    screen.keys('C-j');
    screen.type('See you soon.');
    const typed = messageFrom(guest, 'operator', 'See you soon');
    screen.keys('Enter');
    expect((await withScreen(screen, typed)).text).toBe('Thanks!\nSee you soon.');
    // Esc and the next key at once would read as Alt+key: wait until the list has the keys.
    screen.keys('Escape');
    await screen.waitFor('c reply · t take over');

    // Hand back: the bot answers again.
    const back = waitFor<VisitorEntry>(guest, 'entry', (e) => e.state === 'bot');
    screen.keys('b');
    await withScreen(screen, back);
    const answer = messageFrom(guest, 'bot');
    await emit(guest, 'message', { clientId: 'm2', text: 'How much is the Montserrat trip?' });
    expect((await withScreen(screen, answer)).text).toContain('€69');
    await screen.waitFor('€69');

    screen.keys('q');
    const last = await screen.waitFor('[exit 0]');
    // The terminal is handed back: the shell prints normally after the app.
    expect(last).toContain('[exit 0]');
  });

  it('shows a canned reply whole in the reply box, and drops the visitor’s draft when their message arrives', async () => {
    const { url, token } = await serverWithOperator();
    const screen = inbox(url, token);
    await screen.waitFor('online');
    const guest = visitor(url, { lang: 'en' });
    await once(guest, 'session');
    await emit(guest, 'message', { clientId: 'd1', text: 'Hello there' });
    await screen.waitFor(/bot \d+s/);
    screen.keys('Enter');
    await screen.waitFor('Hello there');

    // The visitor types, then sends; no "stopped typing" comes after the message.
    guest.emit('typing', { draft: 'we are two adults' });
    await screen.waitFor('visitor is typing: we are two adults');
    await emit(guest, 'message', { clientId: 'd2', text: 'we are two adults and a child' });
    await screen.waitFor('we are two adults and a child');
    await expect.poll(() => screen.screen(), { timeout: 10_000 }).not.toContain('✎');

    // The demo's booking reply is wider than the reply box at 80 columns: it wraps, whole.
    screen.keys('c');
    await screen.waitFor('> █');
    screen.type('/boo');
    await screen.waitFor('/booking');
    screen.keys('Tab');
    const box = await screen.waitFor('people?█');
    expect(box).toContain('> I can book that for you.');
    const reply = messageFrom(guest, 'operator', 'how many people?');
    screen.keys('Enter');
    expect((await withScreen(screen, reply)).text).toBe(
      'I can book that for you. Which date, and how many people?',
    );
  });

  it('reconnects by itself after a dropped connection and catches up, nothing lost or doubled', async () => {
    const { url, token, server } = await serverWithOperator();
    const screen = inbox(url, token);
    await screen.waitFor('online');
    const guest = visitor(url, { lang: 'en' });
    await once(guest, 'session');
    await emit(guest, 'message', { clientId: 'a1', text: 'First question about Girona' });
    await screen.waitFor(/bot \d+s/);
    screen.keys('Enter');
    await screen.waitFor('First question about Girona');

    // The network blinks: every operator connection is cut at the transport.
    for (const [, socket] of server.io.of('/operator').sockets) socket.conn.close();
    await emit(guest, 'message', { clientId: 'a2', text: 'Second question while you were away' });
    const caught = await screen.waitFor('Second question while you were away', 15_000);
    expect(caught).toContain('online');
    expect(caught.split('Second question while you were away').length - 1).toBe(1);
    expect(caught.split('First question about Girona').length - 1).toBe(1);
  });

  it('works without colour, shows help, filters and searches, follows a resize, and leaves on Ctrl-C', async () => {
    const { url, token } = await serverWithOperator();
    for (const [name, text] of [
      ['Carmen', 'Hola, me llamo Carmen, carmen@example.com'],
      ['Boris', 'Hi, I am Boris, boris@example.com'],
    ] as const) {
      const guest = visitor(url, { lang: name === 'Carmen' ? 'es' : 'en' });
      await once(guest, 'session');
      await emit(guest, 'message', { clientId: `${name}-1`, text });
    }
    const screen = inbox(url, token, { NO_COLOR: '1' });
    await screen.waitFor('Boris');
    const colourless = execFileSync('tmux', ['capture-pane', '-p', '-e', '-t', screen.name], {
      encoding: 'utf8',
    });
    // Inverse video for the selection and the status bar, but no colours.
    expect(colourless).not.toMatch(/\u001b\[(3[0-7]|9[0-7]|38;)/);

    screen.keys('?');
    await screen.waitFor('take over: the bot stops');
    // Escape then another key at once reads as Alt+key in any terminal: wait for the screen.
    screen.keys('Escape');
    await screen.waitFor('Chats (2)');
    screen.keys('/');
    await screen.waitFor('search:');
    screen.type('carmen');
    // The query is on the screen before Enter keeps it: the two never race in the terminal.
    await screen.waitFor('search: carmen');
    screen.keys('Enter');
    const searched = await screen.waitFor('Chats /carmen (1)');
    expect(searched).not.toContain('Boris');
    screen.keys('/');
    await screen.waitFor('search: carmen');
    screen.keys('Escape');
    await screen.waitFor('Chats (2)');
    screen.keys('f');
    await screen.waitFor('Chats [waiting] (0)');
    // A resized terminal is redrawn to its new size.
    execFileSync('tmux', ['resize-window', '-t', screen.name, '-x', '100', '-y', '30']);
    // The status bar moves to the new last row and stretches across the wider screen.
    await expect
      .poll(() => {
        const rows = screen.screen().split('\n');
        const bar = rows.findIndex((line) => line.includes('waiting 0 · bot 2'));
        return { row: bar + 1, wide: (rows[bar] ?? '').trimEnd().length > 90 };
      })
      .toEqual({ row: 30, wide: true });
    screen.keys('C-c');
    await screen.waitFor('[exit 0]');
  });

  it('gives the terminal back and says what happened when it crashes', async () => {
    const { url, token } = await serverWithOperator();
    const pidFile = join(demoProject(), 'inbox.pid');
    const fixture = join(repoRoot, 'test/fixtures/inbox/fail-on-signal.mjs');
    const screen = new TmuxSession(
      `node --import ${fixture} ${bin} inbox --url ${url} --token ${token}`,
      {
        width: 80,
        height: 24,
        env: { HOME: demoProject(), FAIL_PID_FILE: pidFile },
      },
    );
    sessions.push(screen);
    const cursorShown = () =>
      execFileSync('tmux', ['display-message', '-p', '-t', screen.name, '#{cursor_flag}'], {
        encoding: 'utf8',
      }).trim();
    await screen.waitFor('Chats (0)');
    expect(cursorShown()).toBe('0');
    process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGUSR2');
    const crashed = await screen.waitFor('[exit 1]');
    expect(crashed).toContain('chatbot inbox crashed: Error: injected failure');
    // The last frame stays above the message (its status bar), the cursor is back, and typing
    // echoes again: raw mode is off.
    expect(crashed).toMatch(/waiting 0 · bot 0 · human 0 .*\n(.*\n)?chatbot inbox crashed/);
    expect(cursorShown()).toBe('1');
    screen.type('typed-after-the-crash');
    await screen.waitFor('typed-after-the-crash');
  });

  it('refuses a bad token with a clear message', async () => {
    const { url } = await serverWithOperator();
    const screen = inbox(url, 'cbo_not-a-real-token');
    await screen.waitFor('refused this operator token');
    screen.keys('q');
    await screen.waitFor('[exit 0]');
  });
});
