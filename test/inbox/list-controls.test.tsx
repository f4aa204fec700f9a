/**
 * The list's filters, marks, archive, sort and columns, on the inbox screen at 80×24, with the
 * operator's settings held by a stand-in for the server's REST routes (the real routes are
 * tested in test/server/conversations-management.test.ts and the tmux test).
 */
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultListSettings, type ListSettings } from '../../src/conversations/list-settings.js';
import { App } from '../../src/inbox/components/App.js';
import { InboxClient } from '../../src/inbox/inbox-client.js';
import type { ListManagement } from '../../src/inbox/list-management.js';
import { RecordedSocket } from '../fakes/recorded-socket.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const patiently = { timeout: 60_000, interval: 20 };
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

const now = Date.parse('2026-06-01T12:00:00Z');
function row(id: string, name: string, fields: Record<string, unknown>) {
  return {
    id: id.repeat(32),
    channel: 'widget',
    state: 'bot',
    lang: 'en',
    createdAt: '2026-06-01T10:00:00.000Z',
    updatedAt: '2026-06-01T11:00:00.000Z',
    contactName: name,
    messages: 1,
    online: false,
    viewers: [],
    ...fields,
  };
}

function fakeServer(saved: ListSettings = defaultListSettings) {
  const calls = { saved: [] as ListSettings[], archived: [] as string[][] };
  const manage: ListManagement = {
    loadSettings: async () => saved,
    saveSettings: async (settings) => {
      calls.saved.push(settings);
    },
    archive: async (ids) => {
      calls.archived.push([...ids]);
      return ids.length;
    },
  };
  return { manage, calls };
}

async function inbox(manage: ListManagement) {
  const socket = new RecordedSocket({ conversations: () => ({ ok: true, conversations: [] }) });
  const client = new InboxClient({ socket: socket.asSocket() });
  socket.deliver('hello', { name: 'Ann', role: 'agent', canned: [] });
  // The list the hello asks for arrives first; the live rows after it.
  await settle();
  socket.deliver(
    'conversation',
    row('a', 'Ana Madrid', {
      country: 'ES',
      city: 'Madrid',
      utmSource: 'google',
      entryPage: 'https://x.example/tours',
    }),
  );
  socket.deliver(
    'conversation',
    row('b', 'Bob London', {
      country: 'GB',
      city: 'London',
      updatedAt: '2026-06-01T11:30:00.000Z',
    }),
  );
  socket.deliver(
    'conversation',
    row('c', 'Carl Old', {
      country: 'ES',
      updatedAt: '2026-05-01T11:00:00.000Z',
      createdAt: '2026-05-01T10:00:00.000Z',
    }),
  );
  const app = render(
    <App
      client={client}
      colors={false}
      size={{ columns: 80, rows: 24 }}
      now={() => now}
      manage={manage}
    />,
  );
  mounted.push(app);
  await settle();
  return app;
}

describe('the inbox list controls', () => {
  it('filters by country, source and time with F, and remembers it for the operator', async () => {
    const { manage, calls } = fakeServer();
    const app = await inbox(manage);
    expect(app.lastFrame()).toContain('Chats (3)');
    await press(app, 'F', 'country:es since:7d', '\r');
    const frame = app.lastFrame()!;
    expect(frame).toContain('Chats (1) {country:es sin');
    expect(frame).toContain('Ana Madrid');
    expect(frame).not.toContain('Bob London');
    expect(frame).not.toContain('Carl Old');
    expect(calls.saved.at(-1)).toMatchObject({ filter: 'country:es since:7d' });
    await press(app, 'F', ...Array<string>(25).fill('\u007f'), 'source:google', '\r');
    expect(app.lastFrame()).toContain('Chats (1) {source:google}');
    await press(app, 'F', '\u001B');
    expect(app.lastFrame()).toContain('Chats (1) {source:google}');
  });

  it('starts with the settings the server kept for the operator', async () => {
    const { manage } = fakeServer({
      filter: 'country:GB',
      sort: 'created',
      columns: ['country', 'source', 'page'],
    });
    const app = await inbox(manage);
    await expect.poll(() => app.lastFrame(), patiently).toContain('Chats (1) {country:GB}');
    expect(app.lastFrame()).toContain('London,GB');
  });

  it('marks chats with Space and archives them with a; archived ones leave the list', async () => {
    const { manage, calls } = fakeServer();
    const app = await inbox(manage);
    await press(app, ' ', 'j', ' ');
    expect(app.lastFrame()).toMatch(/\*[●○] Bob London/);
    expect(app.lastFrame()).toMatch(/\*[●○] Ana Madrid/);
    await press(app, 'a');
    await expect.poll(() => app.lastFrame(), patiently).toContain('Chats (1)');
    expect(calls.archived).toEqual([['b'.repeat(32), 'a'.repeat(32)]]);
    expect(app.lastFrame()).toContain('Archived 2 chats.');
    await press(app, 'F', 'archived', '\r');
    expect(app.lastFrame()).toContain('Chats (2) {archived}');
  });

  it('changes the order with o and the columns with v, and saves both', async () => {
    const { manage, calls } = fakeServer();
    const app = await inbox(manage);
    await press(app, 'o', 'o');
    expect(calls.saved.at(-1)).toMatchObject({ sort: 'created' });
    const rows = app
      .lastFrame()!
      .split('\n')
      .filter((line) => /[●○] /.test(line));
    expect(rows.map((line) => /(Ana|Bob|Carl)/.exec(line)?.[1])).toEqual(['Bob', 'Ana', 'Carl']);
    await press(app, 'v');
    expect(calls.saved.at(-1)).toMatchObject({ columns: ['lang', 'country', 'page'] });
    expect(app.lastFrame()).toContain('Madrid,ES');
  });
});
