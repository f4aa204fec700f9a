/**
 * The inbox screen with a chat whose visitor asked for a person outside business hours: marked
 * in the list, counted, explained when open, and taken over with t. A real server and a real
 * inbox client; keys typed into ink-testing-library's stdin.
 */
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/inbox/components/App.js';
import { InboxClient } from '../../src/inbox/inbox-client.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import { addOperator, emit, once, startServer, visitor } from '../helpers/server.js';

const mounted: { unmount(): void }[] = [];
afterEach(() => {
  for (const app of mounted.splice(0)) app.unmount();
});

async function frameWith(app: { lastFrame(): string | undefined }, text: string | RegExp) {
  await expect
    .poll(() => app.lastFrame() ?? '', { timeout: 15_000, interval: 25 })
    .toMatch(
      typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text,
    );
  return app.lastFrame()!;
}

describe('the inbox and a visitor who asked for a person out of hours', () => {
  it('marks the chat ASKED, explains it when open, and takes it over with t', async () => {
    const config = readRepoFile('chatbot.config.yaml').replace(
      /^ {4}mon-fri: .*\n {4}sat: .*\n/m,
      '    mon-sun: closed\n',
    );
    const dir = demoProject({ 'chatbot.config.yaml': config });
    const { url } = await startServer({ dir });
    const token = await addOperator(dir, 'Ana');
    const socket = visitor(url, { lang: 'en' });
    await once(socket, 'session');
    await emit(socket, 'identify', { name: 'Carmen' });
    await emit(socket, 'message', { text: 'Can I talk to a person?' });

    const client = new InboxClient({ url, token });
    cleanupAfterTest(() => client.close());
    const app = render(<App client={client} colors={false} size={{ columns: 80, rows: 24 }} />);
    mounted.push(app);

    const listed = await frameWith(app, /Carmen\s+ASKED \d+s/);
    expect(listed).toContain('waiting 0 · asked 1 · bot 1 · human 0');

    app.stdin.write('f');
    app.stdin.write('f');
    expect(await frameWith(app, 'Chats [asked] (1)')).toMatch(/Carmen\s+ASKED/);

    app.stdin.write('\r');
    await frameWith(app, /asked for a person \d+s ago · t takes it from the bot/);

    app.stdin.write('t');
    const taken = await frameWith(app, 'human (Ana)');
    expect(taken).not.toContain('asked for a person');
    app.stdin.write('f');
    expect(await frameWith(app, 'Chats [bot] (0)')).not.toContain('ASKED');
  }, 60_000);
});
