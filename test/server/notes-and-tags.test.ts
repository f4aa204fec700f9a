/**
 * Operators' private notes and tags: kept in the conversation's timeline for operators, logged
 * in the audit log, and never in what the visitor is sent (their history is the same view as their live entries).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src/domain/conversation.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import { connectedOperator, emit, once, startServer, visitor } from '../helpers/server.js';

describe('notes and tags', () => {
  it('stay with operators: in the timeline and the audit log, never with the visitor', async () => {
    const running = await startServer();
    const registry = new OperatorRegistry(join(running.dir, 'data'));
    const token = (await registry.add('Ana', 'agent')).token;
    const manager = (await registry.add('Lee', 'manager')).token;
    const socket = visitor(running.url, { lang: 'en' });
    const session = await once<{ visitorId: string; token: string }>(socket, 'session');
    const { id } = await running.server.context.service.visitorConversation(session.visitorId, {
      lang: 'en',
    });
    const ana = await connectedOperator(running.url, token);
    await emit(ana, 'takeover', { id });
    expect(await emit(ana, 'note', { id, text: 'Travelling with two kids' })).toEqual({ ok: true });
    expect(await emit(ana, 'tag', { id, tag: '#Family' })).toEqual({ ok: true });
    const bad = await emit<{ ok: boolean; error: { code: string } }>(ana, 'tag', {
      id,
      tag: 'two words',
    });
    expect(bad.error.code).toBe('invalid');
    const rest = await fetch(`${running.url}/api/operator/conversations/${id}/notes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Offer the summer discount' }),
    });
    expect(rest.status).toBe(201);
    await emit(ana, 'message', { id, text: 'Hello!' });

    const opened = await emit<{ conversation: { timeline: TimelineEntry[] } }>(ana, 'open', { id });
    const private_ = opened.conversation.timeline.filter(
      (entry) => entry.kind === 'event' && (entry.type === 'note' || entry.type === 'tag'),
    );
    expect(private_.map((entry) => entry.kind === 'event' && entry.data)).toEqual([
      { by: 'Ana', text: 'Travelling with two kids' },
      { by: 'Ana', tag: 'family' },
      { by: 'Lee', text: 'Offer the summer discount' },
    ]);

    // The visitor's history has the reply, written after the notes, and none of them.
    const history = await fetch(`${running.url}/api/visitor/history`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    const text = JSON.stringify(await history.json());
    expect(text).toContain('Hello!');
    expect(text).not.toMatch(/kids|family|discount/i);

    const audit = running.server.context.audit.records();
    expect(audit.filter((r) => r.action === 'note' || r.action === 'tag')).toMatchObject([
      { actor: 'Ana', action: 'note', target: id },
      { actor: 'Ana', action: 'tag', target: id },
      { actor: 'Lee', action: 'note', target: id },
    ]);
  });
});
