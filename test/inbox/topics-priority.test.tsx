/**
 * Topics and priorities in the inbox at 80×24: a row shows a raised priority and the chat's
 * topics, `F topic:refund` and `F priority:urgent` filter on them, and waiting chats are taken
 * in order of priority before their wait.
 */
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/inbox/components/App.js';
import { sortConversations } from '../../src/inbox/conversation-order.js';
import { InboxClient } from '../../src/inbox/inbox-client.js';
import { parseListFilter, showsRow } from '../../src/inbox/list-filter.js';
import type { OperatorSummary } from '../../src/protocol/operator.js';
import { RecordedSocket } from '../fakes/recorded-socket.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
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
function row(id: string, name: string, fields: Partial<OperatorSummary> = {}): OperatorSummary {
  return {
    id: id.repeat(32),
    channel: 'widget',
    state: 'waiting',
    lang: 'en',
    createdAt: '2026-06-01T10:00:00.000Z',
    updatedAt: '2026-06-01T11:00:00.000Z',
    waitingSince: '2026-06-01T11:00:00.000Z',
    contactName: name,
    messages: 1,
    online: false,
    viewers: [],
    ...fields,
  };
}

const rows = [
  row('a', 'Ana Early', { waitingSince: '2026-06-01T11:00:00.000Z', topics: ['hours'] }),
  row('b', 'Bob Urgent', {
    waitingSince: '2026-06-01T11:50:00.000Z',
    priority: 'urgent',
    topics: ['refund', 'cancel'],
  }),
  row('c', 'Cleo High', { waitingSince: '2026-06-01T11:40:00.000Z', priority: 'high' }),
  row('d', 'Dan Low', { waitingSince: '2026-06-01T10:00:00.000Z', priority: 'low' }),
];

describe('topics and priorities in the inbox', () => {
  it('takes waiting chats by priority, then by how long they waited', () => {
    expect(sortConversations(rows).map((r) => r.contactName)).toEqual([
      'Bob Urgent',
      'Cleo High',
      'Ana Early',
      'Dan Low',
    ]);
  });

  it('filters on a topic and on a priority, case aside', () => {
    const shown = (line: string) =>
      rows.filter((r) => showsRow(r, parseListFilter(line).filter, now)).map((r) => r.contactName);
    expect(shown('topic:REFUND')).toEqual(['Bob Urgent']);
    expect(shown('priority:high')).toEqual(['Cleo High']);
    expect(shown('priority:normal')).toEqual(['Ana Early']);
  });

  it('shows the priority and the topics on the row, and filters with F', async () => {
    const socket = new RecordedSocket({ conversations: () => ({ ok: true, conversations: [] }) });
    const client = new InboxClient({ socket: socket.asSocket() });
    socket.deliver('hello', { name: 'Ann', role: 'agent', canned: [] });
    await settle();
    for (const r of rows) socket.deliver('conversation', r);
    const app = render(
      <App client={client} colors={false} size={{ columns: 80, rows: 24 }} now={() => now} />,
    );
    mounted.push(app);
    await settle();
    const frame = app.lastFrame()!;
    // The list column is narrow at 80 columns: the line is cut at its edge.
    expect(frame).toContain('!urgent en [refund,can');
    expect(frame).toContain('en [hours]');
    expect(frame.indexOf('Bob Urgent')).toBeLessThan(frame.indexOf('Ana Early'));
    await press(app, 'F', 'topic:hours', '\r');
    expect(app.lastFrame()).toContain('Chats (1) {topic:hours}');
    expect(app.lastFrame()).toContain('Ana Early');
    expect(app.lastFrame()).not.toContain('Bob Urgent');
  });
});
