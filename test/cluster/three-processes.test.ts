/**
 * Three real `chatbot start` processes on one PostgreSQL and one Redis: visitors on nodes A and
 * B, operators on node C, as a load balancer would spread them. What a user of any node sees
 * is the same as on one server, and a node killed with -9 loses nothing it acknowledged.
 */
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { collectBotFiles, createBundle } from '../../src/deploy/bundle.js';
import type { VisitorEntry } from '../../src/protocol/index.js';
import { demoProject, readRepoFile } from '../helpers/project.js';
import {
  connectedOperator,
  emit,
  firstMessage,
  once,
  visitor,
  waitFor,
} from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';
import { clusterProject } from './cluster-project.js';
import { addClusterOperator, adminCall, type NodeProcess, startNodes } from './node-processes.js';

/** Socket events across processes on a busy machine: generous, never a measure. */
const eventMs = 30_000;

interface OperatorEntry {
  conversationId: string;
  entry: { kind: string; text?: string; author?: { kind: string } };
}
interface Ack {
  ok: boolean;
  id: string;
  seq: number;
  duplicate?: boolean;
  error?: { code: string };
}

const entryFrom = (socket: Socket, test: (entry: VisitorEntry) => boolean) =>
  waitFor<VisitorEntry>(socket, 'entry', test, eventMs);

/** A visitor's tab on a node; `token` makes it the same visitor's tab. */
async function tab(node: NodeProcess, token?: string) {
  const socket = visitor(node.url, { lang: 'en', ...(token ? { token } : {}) });
  const session = await once<{ token: string; conversationId: string | null }>(
    socket,
    'session',
    eventMs,
  );
  return { socket, session };
}

describe('three chatbot start processes on one PostgreSQL and one Redis', () => {
  it('visitors on two nodes and operators on the third share one live conversation, through a kill -9', async () => {
    const project = await clusterProject();
    const [nodeA, nodeB, nodeC] = await startNodes(project, 3);
    const ana = await connectedOperator(nodeC!.url, await addClusterOperator(project, 'Ana'));
    const bo = await connectedOperator(nodeC!.url, await addClusterOperator(project, 'Bo'));

    // Presence: visitors writing on A and B are online for the operators on C.
    const first = await tab(nodeA!);
    const second = await tab(nodeB!);
    const online = new Set<string>();
    ana.on('presence', (event: { conversationId: string; online: boolean }) => {
      if (event.online) online.add(event.conversationId);
    });
    const chat = await firstMessage(first.socket, 'Is the Montserrat trip on Sundays?');
    const other = await firstMessage(second.socket, 'Do you have a tour in Girona?');
    await eventually(
      () => online.has(chat.conversationId) && online.has(other.conversationId),
      'both visitors online for the operator on node C',
    );
    // The bot answers the visitor on B; the operators on C see it in the conversation list.
    await entryFrom(second.socket, (entry) => entry.author?.kind === 'bot');

    // Viewers: operators on C and one on A have the chat open, and each sees the others.
    const cy = await connectedOperator(nodeA!.url, await addClusterOperator(project, 'Cy'));
    await emit(ana, 'open', { id: chat.conversationId });
    await emit(cy, 'open', { id: chat.conversationId });
    const opened = await emit<{ online: boolean; viewers: string[] }>(bo, 'open', {
      id: chat.conversationId,
    });
    expect(opened).toMatchObject({ online: true, viewers: ['Ana', 'Bo', 'Cy'] });

    // Takeover on C: the visitor on A is told who took it.
    const told = entryFrom(first.socket, (entry) => entry.kind === 'state');
    await emit(ana, 'takeover', { id: chat.conversationId });
    expect(await told).toMatchObject({ state: 'human', operator: 'Ana' });

    // Typing preview, both ways.
    const draft = waitFor<{ draft?: string }>(
      ana,
      'typing',
      (event) => event.draft === 'And for chil',
      eventMs,
    );
    first.socket.emit('typing', { draft: 'And for chil' });
    await draft;
    const typing = waitFor<{ who: string; name?: string }>(
      first.socket,
      'typing',
      (event) => event.who === 'operator',
      eventMs,
    );
    ana.emit('typing', { id: chat.conversationId, on: true });
    expect(await typing).toMatchObject({ who: 'operator', name: 'Ana' });

    // A message from A reaches C; the reply from C reaches A.
    const heard = waitFor<OperatorEntry>(
      ana,
      'entry',
      (event) => event.entry.text === 'And for children?',
      eventMs,
    );
    const question = await emit<Ack>(first.socket, 'message', {
      text: 'And for children?',
      clientId: 'question-1',
    });
    await heard;
    const reply = entryFrom(first.socket, (entry) => entry.author?.kind === 'operator');
    await emit(ana, 'message', { id: chat.conversationId, text: 'Children under 4 go free.' });
    expect((await reply).text).toBe('Children under 4 go free.');

    // The same visitor's second tab, on B: the same conversation, its history, and a resend
    // with the same client id is the message already stored, not a second one.
    const again = await tab(nodeB!, first.session.token);
    expect(again.session.conversationId).toBe(chat.conversationId);
    const history = await emit<{ entries: VisitorEntry[] }>(again.socket, 'sync', { after: 0 });
    expect(history.entries.map((entry) => entry.text).filter(Boolean)).toEqual([
      'Is the Montserrat trip on Sundays?',
      expect.any(String),
      'And for children?',
      'Children under 4 go free.',
    ]);
    const resent = await emit<Ack>(again.socket, 'message', {
      text: 'And for children?',
      clientId: 'question-1',
    });
    expect(resent).toMatchObject({ ok: true, id: question.id, duplicate: true });
    const rows = await project.schema
      .pool()
      .query(`SELECT 1 FROM entries WHERE entry->>'clientId' = 'question-1'`);
    expect(rows.rowCount).toBe(1);
    again.socket.disconnect();

    // kill -9 of node A while its visitor is writing: what A acknowledged is kept, and the
    // visitor, back through node C, carries on with the operator.
    const acked: string[] = [];
    let writing = true;
    /** The message on the wire when the node died, as the widget keeps it to send again. */
    let unanswered: { text: string; clientId: string } | undefined;
    const sending = (async () => {
      for (let i = 0; writing; i++) {
        const message = { text: `Message ${i} before the crash`, clientId: `crash-${i}` };
        const ack = await emit<Ack>(first.socket, 'message', message).catch(() => undefined);
        if (!ack) {
          unanswered = message;
          return;
        }
        if (ack.ok) acked.push(ack.id);
      }
    })();
    await eventually(() => acked.length >= 3, 'a few messages acknowledged by node A', 60_000);
    // Cy was connected to node A: once its presence expires, nobody shows Cy looking.
    const cyGone = waitFor<{ operators: string[] }>(
      ana,
      'viewers',
      (event) => !event.operators.includes('Cy'),
      60_000,
    );
    await nodeA!.kill9();
    writing = false;
    await sending;
    const back = await tab(nodeC!, first.session.token);
    expect(back.session.conversationId).toBe(chat.conversationId);
    const after = await emit<{ entries: VisitorEntry[] }>(back.socket, 'sync', { after: 0 });
    const stored = new Set(after.entries.map((entry) => entry.id));
    expect(acked.filter((id) => !stored.has(id))).toEqual([]);
    // Sent again through node C, as the widget does after a reconnect: stored once, whether or
    // not node A had committed it before it died.
    if (unanswered) {
      expect((await emit<Ack>(back.socket, 'message', unanswered)).ok).toBe(true);
      const copies = await project.schema
        .pool()
        .query(`SELECT 1 FROM entries WHERE entry->>'clientId' = $1`, [unanswered.clientId]);
      expect(copies.rowCount).toBe(1);
    }
    const heardAgain = waitFor<OperatorEntry>(
      ana,
      'entry',
      (event) => event.entry.text === 'Still there?',
      eventMs,
    );
    expect((await emit<Ack>(back.socket, 'message', { text: 'Still there?' })).ok).toBe(true);
    await heardAgain;
    expect((await cyGone).operators).toEqual(['Ana', 'Bo']);
    const reopened = await emit<{ online: boolean; viewers: string[] }>(ana, 'open', {
      id: chat.conversationId,
    });
    expect(reopened).toMatchObject({ online: true, viewers: ['Ana', 'Bo'] });
    const roster = await emit<{ operators: { name: string; online: boolean }[] }>(bo, 'operators');
    expect(roster.operators.map((entry) => `${entry.name} ${entry.online}`)).toEqual([
      'Ana true',
      'Bo true',
      'Cy false',
    ]);
  });

  it('a deploy to one node is served by all three, and a rate limit holds across them', async () => {
    const project = await clusterProject((config) =>
      config.replace('origins: []', 'origins: []\n  limits: { messagesPerMinute: 4 }'),
    );
    const nodes = await startNodes(project, 3);
    const [nodeA, nodeB, nodeC] = nodes as [NodeProcess, NodeProcess, NodeProcess];

    // One visitor with a tab on each node: four messages between them, then refused on any.
    const one = await tab(nodeA);
    const two = await tab(nodeB, one.session.token);
    const three = await tab(nodeC, one.session.token);
    for (const [i, socket] of [one, two, three, one].map((t) => t.socket).entries())
      expect((await emit<Ack>(socket, 'message', { text: `Question ${i}` })).ok).toBe(true);
    for (const socket of [two.socket, three.socket])
      expect(await emit<Ack>(socket, 'message', { text: 'One more' })).toMatchObject({
        ok: false,
        error: { code: 'rate_limited' },
      });

    // The author's bundle changes one answer; it is sent to node B only.
    const dogsBefore = 'Only assistance dogs can join our tours.';
    const dogsAfter = 'Dogs of every size are welcome on our tours.';
    const authorDir = demoProject({
      'kb/en.json': readRepoFile('kb/en.json').replace(dogsBefore, dogsAfter),
    });
    const loaded = await loadConfig(authorDir, { mode: 'start', env: {} });
    const bundle = createBundle(await collectBotFiles(authorDir, loaded.config!));
    const deployed = await adminCall<{ version: string }>(nodeB, 'deploy', bundle);
    type Versions = {
      active: string;
      versions: { version: string; source: string; active: boolean }[];
    };
    await eventually(
      async () =>
        (await Promise.all(nodes.map((node) => adminCall<Versions>(node, 'versions')))).every(
          (versions) => versions.active === deployed.version,
        ),
      'every node serving the deployed version',
    );
    // `chatbot versions` from each node: the same versions, the same one serving. (When each
    // node built or installed a version is its own, so the times are left out.)
    const lists = await Promise.all(
      nodes.map(async (node) =>
        (await adminCall<Versions>(node, 'versions')).versions.map(
          ({ version, source, active }) => `${version} ${source}${active ? ' serving' : ''}`,
        ),
      ),
    );
    expect(lists[0]).toEqual([
      expect.stringMatching(/ server files$/),
      `${deployed.version} deploy serving`,
    ]);
    expect(lists[1]).toEqual(lists[0]);
    expect(lists[2]).toEqual(lists[0]);
    for (const node of nodes) {
      const asker = await tab(node);
      const answer = entryFrom(asker.socket, (entry) => entry.author?.kind === 'bot');
      await emit(asker.socket, 'message', { text: 'Can I bring my dog?' });
      expect((await answer).text, `node ${node.name}`).toContain(dogsAfter);
      asker.socket.disconnect();
    }
  });
});
