/**
 * What every Store driver must do, as a user of the chat would notice it: messages in order and
 * never lost or doubled, the list the inbox shows, leads and operators, and all of it still
 * there after a restart. A driver's test file calls describeStoreConformance with a way to make
 * a fresh, empty place to store into.
 */
import { describe, expect, it } from 'vitest';
import type { Conversation, NewTimelineEntry } from '../../../src/domain/conversation.js';
import type { Operator } from '../../../src/store/operators.js';
import type { Lead } from '../../../src/store/records.js';
import type { Store } from '../../../src/store/store.js';

export interface StorePlace {
  /** A new, unopened store over this place's data: called again to "restart the server". */
  open(): Store;
  /** Removes the place's data. */
  dispose(): Promise<void>;
}

export function visitorSays(text: string, clientId?: string): NewTimelineEntry {
  return {
    kind: 'message',
    author: { kind: 'visitor' },
    text,
    attachments: [],
    ...(clientId ? { clientId } : {}),
  };
}

function operatorSays(text: string, clientId?: string): NewTimelineEntry {
  return {
    kind: 'message',
    author: { kind: 'operator', name: 'Ana' },
    text,
    attachments: [],
    ...(clientId ? { clientId } : {}),
  };
}

function botSays(text: string, clientId?: string): NewTimelineEntry {
  return {
    kind: 'message',
    author: { kind: 'bot' },
    text,
    attachments: [],
    ...(clientId ? { clientId } : {}),
  };
}

/** Stored times are to the millisecond; waits for the next one so that two changes differ. */
async function nextMillisecond(): Promise<void> {
  const now = Date.now();
  while (Date.now() === now) await new Promise((resolve) => setTimeout(resolve, 1));
}

const texts = (entries: readonly { kind: string; text?: string }[]) =>
  entries.map((entry) => (entry.kind === 'message' ? entry.text : `[${entry.kind}]`));

export function describeStoreConformance(name: string, makePlace: () => Promise<StorePlace>): void {
  /** Runs `test` on an opened store over a fresh place, and cleans up whatever happens. */
  async function withStore(
    test: (store: Store, place: StorePlace) => Promise<void>,
  ): Promise<void> {
    const place = await makePlace();
    const store = place.open();
    await store.open();
    try {
      await test(store, place);
    } finally {
      await store.close();
      await place.dispose();
    }
  }

  /** Closes `store` and opens the same data again, as a restart does. */
  async function restart(store: Store, place: StorePlace): Promise<Store> {
    await store.close();
    const again = place.open();
    await again.open();
    return again;
  }

  describe(`Store conformance: ${name}`, () => {
    it('creates conversations a visitor or an API caller can find again', () =>
      withStore(async (store) => {
        const widget = await store.create({ visitorId: 'visitor-1', lang: 'en' });
        const api = await store.create({ externalId: 'crm-7', lang: 'de' });
        expect(widget).toMatchObject({ channel: 'widget', state: 'bot', lang: 'en', lastSeq: 0 });
        expect(widget.id).toMatch(/^[0-9a-f]{32}$/);
        expect(api.channel).toBe('api');
        expect(store.idForVisitor('visitor-1')).toBe(widget.id);
        expect(store.idForExternal('crm-7')).toBe(api.id);
        expect(store.idForVisitor('nobody')).toBeUndefined();
        expect((await store.get(widget.id))?.visitorId).toBe('visitor-1');
        expect(await store.get('0'.repeat(32))).toBeUndefined();
        expect(store.summary(api.id)).toMatchObject({ id: api.id, lang: 'de', messages: 0 });
      }));

    it('reads a whole history, and erases a conversation so nothing of it comes back', () =>
      withStore(async (store, place) => {
        const gone = await store.create({ visitorId: 'erase-me', lang: 'en' });
        const kept = await store.create({ visitorId: 'keep-me', lang: 'en' });
        for (let n = 1; n <= 30; n++) await store.append(gone.id, visitorSays(`question ${n}`));
        await store.append(kept.id, visitorSays('still here'));
        expect(texts(await store.history(gone.id))).toHaveLength(30);
        expect(await store.history('0'.repeat(32))).toEqual([]);
        expect(await store.remove(gone.id)).toBe(true);
        expect(await store.remove(gone.id)).toBe(false);
        const again = await restart(store, place);
        try {
          expect(await again.get(gone.id)).toBeUndefined();
          expect(again.summary(gone.id)).toBeUndefined();
          expect(again.idForVisitor('erase-me')).toBeUndefined();
          expect(await again.history(gone.id)).toEqual([]);
          expect(texts(await again.history(kept.id))).toEqual(['still here']);
        } finally {
          await again.close();
        }
      }));

    it('keeps the questions the bot could not answer, and forgets those of erased chats', () =>
      withStore(async (store, place) => {
        const gap = (conversationId: string, at: string, lang: string, question: string) => ({
          at,
          conversationId,
          lang,
          question,
          reason: 'refused' as const,
        });
        await store.recordGap(gap('a', '2026-01-01T10:00:00.000Z', 'en', 'do you sell drones?'));
        await store.recordGap(gap('b', '2026-01-02T10:00:00.000Z', 'ru', 'есть дроны?'));
        await store.recordGap(gap('a', '2026-01-03T10:00:00.000Z', 'en', 'drone rental?'));
        expect((await store.gaps()).map((record) => record.question)).toEqual([
          'do you sell drones?',
          'есть дроны?',
          'drone rental?',
        ]);
        expect((await store.gaps({ lang: 'ru' })).map((record) => record.conversationId)).toEqual([
          'b',
        ]);
        expect(await store.gaps({ since: '2026-01-02T00:00:00.000Z' })).toHaveLength(2);
        expect(await store.forgetGaps(new Set(['a']))).toBe(2);
        const again = await restart(store, place);
        try {
          expect((await again.gaps()).map((record) => record.question)).toEqual(['есть дроны?']);
        } finally {
          await again.close();
        }
      }));

    it('numbers messages and events 1, 2, 3… and reads them back in order', () =>
      withStore(async (store) => {
        const { id } = await store.create({ lang: 'en' });
        const first = await store.append(id, visitorSays('hello'));
        await store.append(id, { kind: 'event', type: 'page', data: { url: '/pricing' } });
        const third = await store.append(id, botSays('Hi! How can I help?'));
        expect(first).toMatchObject({ created: true, entry: { seq: 1, text: 'hello' } });
        expect(third.entry.seq).toBe(3);
        expect(third.conversation.lastSeq).toBe(3);
        expect(first.entry.id).not.toBe(third.entry.id);
        expect(Date.parse(first.entry.at)).not.toBeNaN();
        expect(texts(await store.entriesAfter(id, 0))).toEqual([
          'hello',
          '[event]',
          'Hi! How can I help?',
        ]);
        const after = await store.entriesAfter(id, 1);
        expect(after.map((entry) => entry.seq)).toEqual([2, 3]);
        expect(after[0]).toMatchObject({ kind: 'event', type: 'page', data: { url: '/pricing' } });
        expect(await store.entriesAfter(id, 3)).toEqual([]);
      }));

    it('stores a resend with the same client id once, per author kind', () =>
      withStore(async (store) => {
        const { id } = await store.create({ lang: 'en' });
        const sent = await store.append(id, visitorSays('my order is late', 'c-1'));
        await store.append(id, botSays('Sorry to hear that.'));
        const resent = await store.append(id, visitorSays('my order is late', 'c-1'));
        expect(resent.created).toBe(false);
        expect(resent.entry).toEqual(sent.entry);
        // An operator's client ids are their own: the same id is a different message.
        const operator = await store.append(id, operatorSays('On it.', 'c-1'));
        expect(operator).toMatchObject({ created: true, entry: { seq: 3 } });
        // The bot's replies are never resends.
        const bot = await store.append(id, botSays('again', 'b-1'));
        const botAgain = await store.append(id, botSays('again', 'b-1'));
        expect([bot.created, botAgain.created]).toEqual([true, true]);
        expect((await store.entriesAfter(id, 0)).length).toBe(5);
        expect((await store.get(id))?.lastSeq).toBe(5);
      }));

    it('appends only if a condition on the stored conversation holds: of two at once, one', () =>
      withStore(async (store) => {
        const { id } = await store.create({ lang: 'en' });
        await store.append(id, visitorSays('a person, please'), { state: 'waiting' });
        const giveTo = (to: string) =>
          store.appendIf(
            id,
            { kind: 'event', type: 'assign', data: { to } },
            { assignee: to },
            (stored) => stored.state === 'waiting' && stored.assignee === undefined,
          );
        const [ana, bo] = await Promise.all([giveTo('Ana'), giveTo('Bo')]);
        const won = [ana, bo].filter((result) => result !== undefined);
        expect(won).toHaveLength(1);
        expect(won[0]).toMatchObject({ created: true, entry: { seq: 2, type: 'assign' } });
        const assignee = ana ? 'Ana' : 'Bo';
        expect(await store.get(id)).toMatchObject({ assignee, lastSeq: 2 });
        expect(store.summary(id)?.assignee).toBe(assignee);
        expect(await giveTo('Cy')).toBeUndefined();
        expect((await store.entriesAfter(id, 0)).length).toBe(2);
      }));

    it('applies what a message changes in the same write, and clears fields', () =>
      withStore(async (store) => {
        const { id } = await store.create({ lang: 'en' });
        await store.append(
          id,
          { kind: 'event', type: 'state', data: { from: 'bot', to: 'human' } },
          { state: 'human', assignee: 'Ana', contact: { email: 'a@example.com' } },
        );
        expect(await store.get(id)).toMatchObject({ state: 'human', assignee: 'Ana' });
        expect(store.summary(id)).toMatchObject({ state: 'human', contactEmail: 'a@example.com' });
        await store.append(
          id,
          { kind: 'event', type: 'state', data: { from: 'human', to: 'resolved' } },
          { state: 'resolved', assignee: undefined },
        );
        const conversation = await store.get(id);
        expect(conversation?.state).toBe('resolved');
        expect(conversation?.assignee).toBeUndefined();
        expect(store.summary(id)?.assignee).toBeUndefined();
      }));

    it('keeps the topics and priority a message sets, on the conversation and its row, after a restart', () =>
      withStore(async (store, place) => {
        const { id } = await store.create({ lang: 'es' });
        await store.append(id, visitorSays('Quiero un reembolso'));
        await store.append(
          id,
          {
            ...botSays('Le paso con una persona.'),
            bot: {
              citations: [],
              provider: 'bot',
              latencyMs: 1,
              failed: false,
              topics: ['refund'],
            },
          } as NewTimelineEntry,
          { topics: ['refund'] },
        );
        await store.append(
          id,
          { kind: 'event', type: 'escalation', data: { rules: ['refunds'], priority: 'high' } },
          { priority: 'high', team: 'billing', topics: ['refund', 'cancel'] },
        );
        const expected = { topics: ['refund', 'cancel'], priority: 'high', team: 'billing' };
        expect(await store.get(id)).toMatchObject(expected);
        expect(store.summary(id)).toMatchObject(expected);
        const again = await restart(store, place);
        try {
          expect(await again.get(id)).toMatchObject(expected);
          expect(again.summary(id)).toMatchObject(expected);
          const reply = (await again.entriesAfter(id, 0))[1];
          expect(reply?.kind === 'message' && reply.bot?.topics).toEqual(['refund']);
        } finally {
          await again.close();
        }
      }));

    it('keeps changes made with update, upload records included', () =>
      withStore(async (store, place) => {
        const { id } = await store.create({ visitorId: 'v-up', lang: 'en' });
        for (let n = 1; n <= 30; n++) await store.append(id, visitorSays(`question ${n}`));
        const upload = {
          id: 'u1',
          name: 'receipt.pdf',
          type: 'application/pdf',
          size: 1234,
          url: '/uploads/abc.pdf',
        };
        const updated = await store.update(id, (conversation) => {
          conversation.uploads.push(upload);
          conversation.visitor.page = '/checkout';
          conversation.bot.aiReplies = 3;
        });
        expect(updated.uploads).toEqual([upload]);
        // The list row still counts every message after a change of its own.
        expect(store.summary(id)).toMatchObject({ messages: 30, page: '/checkout' });
        const again = await restart(store, place);
        try {
          const conversation = await again.get(id);
          expect(conversation?.uploads).toEqual([upload]);
          expect(conversation?.bot.aiReplies).toBe(3);
          expect(again.summary(id)).toMatchObject({ messages: 30, page: '/checkout' });
        } finally {
          // withStore closes `store` again, which must be harmless.
          await again.close();
        }
      }));

    it('reads old history beyond what it keeps in memory', () =>
      withStore(async (store) => {
        const { id } = await store.create({ lang: 'en' });
        for (let n = 1; n <= 60; n++) await store.append(id, visitorSays(`m${n}`));
        const all = await store.entriesAfter(id, 0);
        expect(all.map((entry) => entry.seq)).toEqual(Array.from({ length: 60 }, (_, n) => n + 1));
        expect((await store.entriesAfter(id, 50)).map((entry) => entry.seq)).toEqual([
          51, 52, 53, 54, 55, 56, 57, 58, 59, 60,
        ]);
        const timeline = (await store.get(id))!.timeline;
        expect(timeline.length).toBeGreaterThanOrEqual(12);
        expect(timeline.at(-1)?.seq).toBe(60);
        // The window is the latest entries, consecutive.
        expect(timeline.map((entry) => entry.seq)).toEqual(
          Array.from({ length: timeline.length }, (_, n) => 61 - timeline.length + n),
        );
      }));

    it('lists conversations by state, language, channel and words, latest first', () =>
      withStore(async (store) => {
        const a = await store.create({ lang: 'en' });
        const b = await store.create({ lang: 'de' });
        const c = await store.create({ externalId: 'x', lang: 'en' });
        // Latest first means by time of the last change: one change per clock tick.
        await store.append(a.id, visitorSays('Where is my parcel?'));
        await nextMillisecond();
        await store.append(b.id, visitorSays('Wo ist mein Paket?'), { state: 'waiting' });
        await nextMillisecond();
        await store.append(c.id, visitorSays('API question about parcel'));
        const ids = (list: { id: string }[]) => list.map((row) => row.id);
        expect(ids(store.list())).toEqual([c.id, b.id, a.id]);
        expect(ids(store.list({ state: 'waiting' }))).toEqual([b.id]);
        expect(ids(store.list({ state: ['bot', 'waiting'], lang: 'en' }))).toEqual([c.id, a.id]);
        expect(ids(store.list({ channel: 'widget' }))).toEqual([b.id, a.id]);
        expect(ids(store.list({ text: 'PARCEL where' }))).toEqual([a.id]);
        expect(ids(store.list({ limit: 1 }))).toEqual([c.id]);
        expect(store.summary(a.id)).toMatchObject({
          messages: 1,
          lastMessage: { text: 'Where is my parcel?', author: 'visitor' },
        });
      }));

    it("lists one person's conversations by visitor id, email or phone, after a restart too", () =>
      withStore(async (store, place) => {
        const first = await store.create({ visitorId: 'v1', lang: 'en' });
        await store.append(first.id, visitorSays('Is Girona open on Monday?'), {
          contact: { email: 'maria@example.com' },
        });
        await nextMillisecond();
        const byEmail = await store.create({ visitorId: 'v2', lang: 'en' });
        await store.append(byEmail.id, visitorSays('Me again'), {
          contact: { email: 'maria@example.com', phone: '+34612345678' },
        });
        await nextMillisecond();
        const byPhone = await store.create({ externalId: 'crm-7', lang: 'es' });
        await store.append(byPhone.id, visitorSays('Llamo por teléfono'), {
          contact: { phone: '+34612345678' },
        });
        const stranger = await store.create({ visitorId: 'v3', lang: 'en' });
        await store.append(stranger.id, visitorSays('Hello'), {
          contact: { email: 'someone@example.com', phone: '+34600000000' },
        });
        const ids = (list: { id: string }[]) => list.map((row) => row.id);
        expect(ids(store.list({ person: { visitorId: 'v1' } }))).toEqual([first.id]);
        expect(ids(store.list({ person: { email: 'MARIA@example.com' } }))).toEqual([
          byEmail.id,
          first.id,
        ]);
        expect(ids(store.list({ person: { visitorId: 'v2', phone: '+34612345678' } }))).toEqual([
          byPhone.id,
          byEmail.id,
        ]);
        const again = await restart(store, place);
        try {
          expect(
            ids(again.list({ person: { email: 'maria@example.com', phone: '+34612345678' } })),
          ).toEqual([byPhone.id, byEmail.id, first.id]);
          expect(again.list({ person: {} })).toEqual([]);
        } finally {
          await again.close();
        }
      }));

    it('gives concurrent messages in one conversation distinct numbers with no gaps', () =>
      withStore(async (store) => {
        const { id } = await store.create({ lang: 'en' });
        const other = await store.create({ lang: 'en' });
        const results = await Promise.all([
          ...Array.from({ length: 40 }, (_, n) => store.append(id, visitorSays(`q${n}`, `c${n}`))),
          // The same message resent while the first copy is being written.
          ...Array.from({ length: 5 }, () => store.append(id, visitorSays('q0', 'c0'))),
          ...Array.from({ length: 10 }, (_, n) => store.append(other.id, visitorSays(`o${n}`))),
        ]);
        expect(results.filter((result) => result.created).length).toBe(50);
        const seqs = (await store.entriesAfter(id, 0)).map((entry) => entry.seq);
        expect(seqs).toEqual(Array.from({ length: 40 }, (_, n) => n + 1));
        expect((await store.get(other.id))?.lastSeq).toBe(10);
        expect(store.summary(id)?.messages).toBe(40);
      }));

    it('keeps leads and replaces one with the same id', () =>
      withStore(async (store) => {
        expect(await store.leads()).toEqual([]);
        const lead: Lead = {
          id: 'lead-1',
          email: 'ana@example.com',
          notes: [],
          lang: 'en',
          conversations: ['c1'],
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        };
        await store.saveLead(lead);
        await store.saveLead({ ...lead, id: 'lead-2', email: 'bo@example.com' });
        await store.saveLead({ ...lead, phone: '+4930123456', conversations: ['c1', 'c2'] });
        const leads = await store.leads();
        expect(leads.map((known) => known.id)).toEqual(['lead-1', 'lead-2']);
        expect(leads[0]).toMatchObject({ phone: '+4930123456', conversations: ['c1', 'c2'] });
      }));

    it('keeps operators by token hash, revoked ones too', () =>
      withStore(async (store) => {
        const ana: Operator = {
          name: 'Ana',
          role: 'admin',
          tokenHash: 'a'.repeat(64),
          createdAt: '2026-01-01T00:00:00.000Z',
        };
        await store.saveOperator(ana);
        await store.saveOperator({ ...ana, name: 'Bo', role: 'agent', tokenHash: 'b'.repeat(64) });
        await store.saveOperator({ ...ana, revokedAt: '2026-02-01T00:00:00.000Z' });
        const operators = await store.operators();
        expect(operators.map((known) => [known.name, known.revokedAt])).toEqual([
          ['Ana', '2026-02-01T00:00:00.000Z'],
          ['Bo', undefined],
        ]);
      }));

    it('keeps everything acknowledged after a restart', () =>
      withStore(async (store, place) => {
        const { id } = await store.create({
          visitorId: 'v-keep',
          externalId: 'e-keep',
          lang: 'en',
        });
        await store.append(id, visitorSays('before restart', 'k1'));
        await store.append(id, botSays('noted'), { bot: { failedInARow: 0, aiReplies: 1 } });
        await store.saveLead({
          id: 'l1',
          notes: ['call back'],
          lang: 'en',
          conversations: [id],
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        });
        const again = await restart(store, place);
        try {
          expect(again.idForVisitor('v-keep')).toBe(id);
          expect(again.idForExternal('e-keep')).toBe(id);
          expect(texts(await again.entriesAfter(id, 0))).toEqual(['before restart', 'noted']);
          expect((await again.get(id))?.bot.aiReplies).toBe(1);
          expect(again.list().map((row) => row.id)).toEqual([id]);
          expect((await again.append(id, visitorSays('before restart', 'k1'))).created).toBe(false);
          expect((await again.append(id, visitorSays('after'))).entry.seq).toBe(3);
          expect((await again.leads()).map((lead) => lead.notes)).toEqual([['call back']]);
        } finally {
          await again.close();
        }
      }));

    it('restores a conversation exactly, and restoring again adds only what is new', () =>
      withStore(async (store) => {
        const source = await store.create({ visitorId: 'v-src', lang: 'en' });
        await store.append(source.id, visitorSays('one', 'r1'));
        await store.append(source.id, botSays('two'), { state: 'waiting' });
        const copy = (await store.get(source.id)) as Conversation;
        const entries = await store.entriesAfter(source.id, 0);
        const target = await makePlace();
        const restored = target.open();
        await restored.open();
        try {
          await restored.restore(copy, entries);
          await restored.restore(copy, entries);
          expect(await restored.entriesAfter(source.id, 0)).toEqual(entries);
          expect(restored.summary(source.id)).toEqual(store.summary(source.id));
          expect(restored.idForVisitor('v-src')).toBe(source.id);
          await store.append(source.id, visitorSays('three'));
          await restored.restore(
            (await store.get(source.id)) as Conversation,
            await store.entriesAfter(source.id, 0),
          );
          expect(texts(await restored.entriesAfter(source.id, 0))).toEqual(['one', 'two', 'three']);
          expect((await restored.get(source.id))?.state).toBe('waiting');
          expect((await restored.append(source.id, visitorSays('four'))).entry.seq).toBe(4);
          expect((await restored.append(source.id, visitorSays('one', 'r1'))).created).toBe(false);
        } finally {
          await restored.close();
          await target.dispose();
        }
      }));
  });
}
