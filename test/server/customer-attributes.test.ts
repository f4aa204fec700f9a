/**
 * Customer attributes a site passes to `Chatbot.identify()`, against a real server and a
 * socket.io visitor: signed with `identity.secret` they are stored, shown to the inbox, exported,
 * and an escalation rule on `attribute: { plan: enterprise }` fires; unsigned, forged or
 * re-used signatures drop them (the name and email still count), and the limits refuse the call.
 */
import { createHmac } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { canonicalIdentity, signIdentity } from '../../src/chat/customer-attributes.js';
import { conversationRow } from '../../src/conversations/export.js';
import { demoProject } from '../helpers/project.js';
import { emit, once, type RunningServer, startServer, visitor } from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

const secret = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

const config = `name: Sol y Mar Tours
languages: { default: en, supported: [en, es] }
ai: { cascade: [{ provider: offline }] }
identity: { secret: ${secret} }
escalation:
  - name: enterprise
    when: { attribute: { plan: enterprise } }
    then: { handoff: true, team: vip, priority: urgent, tag: enterprise }
`;

async function setUp(): Promise<RunningServer> {
  const running = await startServer({ dir: demoProject({ 'chatbot.config.yaml': config }) });
  return running;
}

interface IdentifyAck {
  ok: boolean;
  identified?: boolean;
  attributesVerified?: boolean;
  error?: { code: string; message: string };
}

/** A visitor who identifies, then asks something: the conversation's row after the bot's turn. */
async function identifyThenAsk(running: RunningServer, identify: Record<string, unknown>) {
  const socket: Socket = visitor(running.url, { lang: 'en' });
  await once(socket, 'session');
  const ack = await emit<IdentifyAck>(socket, 'identify', identify);
  const sent = await emit<{ ok: boolean; conversationId: string }>(socket, 'message', {
    text: 'What tours do you have in Barcelona?',
  });
  expect(sent.ok).toBe(true);
  const id = sent.conversationId;
  const store = running.server.context.store;
  await eventually(() => (store.summary(id)?.messages ?? 0) >= 2, 'the bot to answer');
  await Promise.all(running.server.context.service.pendingReplies());
  return { ack, id, row: store.summary(id)!, conversation: await store.get(id) };
}

const attributes = { plan: 'enterprise', value: 'high' };

describe('customer attributes from Chatbot.identify', () => {
  it('the signature is the documented HMAC of the canonical JSON', () => {
    expect(canonicalIdentity(' Carmen@Example.com ', { value: 'high', plan: 'enterprise' })).toBe(
      '{"attributes":{"plan":"enterprise","value":"high"},"email":"carmen@example.com"}',
    );
    expect(canonicalIdentity(undefined, { plan: 'pro' })).toBe('{"attributes":{"plan":"pro"}}');
    // The snippet in docs/widget.md, as a site's backend runs it.
    const documented = createHmac('sha256', secret)
      .update(
        JSON.stringify({
          attributes: Object.fromEntries(Object.entries(attributes).sort()),
          email: 'carmen@example.com',
        }),
      )
      .digest('hex');
    expect(signIdentity(secret, 'carmen@example.com', attributes)).toBe(documented);
  });

  it('signed attributes are stored, exported and make the enterprise rule fire', async () => {
    const running = await setUp();
    const email = 'carmen@example.com';
    const { ack, row, conversation } = await identifyThenAsk(running, {
      name: 'Carmen',
      email,
      attributes,
      signature: signIdentity(secret, email, attributes),
    });
    expect(ack).toEqual({ ok: true, identified: true, attributesVerified: true });
    expect(conversation?.attributes).toEqual(attributes);
    expect(row).toMatchObject({ state: 'waiting', team: 'vip', priority: 'urgent' });
    expect(JSON.parse(String(conversationRow(row).attributes))).toEqual(attributes);
    const events = conversation!.timeline.filter((entry) => entry.kind === 'event');
    expect(events.map((entry) => entry.type)).toContain('attributes');
  });

  it('attributes alone, signed without an email, are taken too', async () => {
    const running = await setUp();
    const { ack, row } = await identifyThenAsk(running, {
      attributes: { plan: 'enterprise' },
      signature: signIdentity(secret, undefined, { plan: 'enterprise' }),
    });
    expect(ack).toEqual({ ok: true, identified: false, attributesVerified: true });
    expect(row.priority).toBe('urgent');
  });

  it('unsigned, forged or re-used signatures drop the attributes, and the rule does not fire', async () => {
    const running = await setUp();
    const email = 'mallory@example.com';
    const attempts = {
      unsigned: { email, attributes },
      'signed with another key': {
        email,
        attributes,
        signature: signIdentity('not-the-site-secret-at-all', email, attributes),
      },
      'signed for other attributes': {
        email,
        attributes,
        signature: signIdentity(secret, email, { plan: 'free', value: 'high' }),
      },
      "another customer's signature": {
        email,
        attributes,
        signature: signIdentity(secret, 'carmen@example.com', attributes),
      },
    };
    for (const [what, identify] of Object.entries(attempts)) {
      const { ack, row, conversation } = await identifyThenAsk(running, identify);
      expect(ack, what).toEqual({ ok: true, identified: true, attributesVerified: false });
      expect(conversation?.contact.email, what).toBe(email);
      expect(conversation?.attributes, what).toBeUndefined();
      expect(row.priority, what).toBeUndefined();
      expect(row.state, what).toBe('bot');
    }
  });

  it('more than 20 attributes, odd keys and long values are refused', async () => {
    const running = await setUp();
    const socket: Socket = visitor(running.url, { lang: 'en' });
    await once(socket, 'session');
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`key_${i}`, 'x']));
    const refused = [
      many,
      { Plan: 'enterprise' },
      { 'plan-name': 'enterprise' },
      { [`k${'x'.repeat(40)}`]: 'too long a key' },
      { plan: 'e'.repeat(201) },
    ];
    for (const given of refused) {
      const ack = await emit<IdentifyAck>(socket, 'identify', {
        email: 'carmen@example.com',
        attributes: given,
        signature: signIdentity(secret, 'carmen@example.com', given),
      });
      expect(ack.ok, JSON.stringify(given)).toBe(false);
      expect(ack.error?.code).toBe('invalid');
    }
    const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key_${i}`, 'x']));
    const taken = await emit<IdentifyAck>(socket, 'identify', {
      attributes: twenty,
      signature: signIdentity(secret, undefined, twenty),
    });
    expect(taken).toMatchObject({ ok: true, attributesVerified: true });
  });
});
