/**
 * Escalation rules and topic tags against a real server: visitors in English, Russian and
 * Spanish over socket.io, the demo knowledge answering offline. A keyword topic, a keyword, the
 * visitor's mood, failed answers and a known lead each fire their rule; the chat gets the
 * priority, tags and team the rule names, assignment gives it to that team's agent, and a rule
 * that notifies posts to Slack.
 */
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { matches, parseQuery } from '../../src/conversations/query.js';
import type { EventEntry } from '../../src/domain/conversation.js';
import { computeStats } from '../../src/stats/compute.js';
import { periodOf } from '../../src/stats/period.js';
import { summaryLines } from '../../src/stats/render.js';
import type { StatsReport } from '../../src/stats/report.js';
import { StoreFacts } from '../../src/stats/store-facts.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import { startSlackWebhookFake } from '../fakes/slack-webhook-fake.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { runCli } from '../helpers/cli.js';
import { demoProject } from '../helpers/project.js';
import {
  connectedOperator,
  emit,
  once,
  type RunningServer,
  startServer,
  visitor,
} from '../helpers/server.js';
import { eventually } from '../helpers/wait.js';

const config = (slackUrl: string) => `name: Sol y Mar Tours
languages: { default: en, supported: [en, ru, es] }
ai: { cascade: [{ provider: offline }] }
notify:
  slack: { webhookUrl: "${slackUrl}", events: [escalated] }
topics:
  refund: { en: [refund, money back], ru: [возврат, вернуть деньги], es: [reembolso] }
escalation:
  - name: refunds
    when: { topic: refund }
    then: { handoff: true, team: billing, priority: high, tag: refund }
  - name: legal
    when: { keywords: { en: [lawyer], ru: [суд], es: [abogado] } }
    then: { priority: urgent, tag: legal, notify: true }
  - name: upset
    when: { sentimentBelow: -0.4 }
    then: { tag: upset, priority: high }
  - name: stuck
    when: { failedAnswers: 2 }
    then: { handoff: true, team: support, tag: stuck }
  - name: russian-lead
    when: { lead: true, attribute: { lang: ru } }
    then: { tag: warm-lead, team: sales }
`;

async function setUp() {
  const slack = await startSlackWebhookFake();
  cleanupAfterTest(() => slack.close());
  const running = await startServer({
    dir: demoProject({ 'chatbot.config.yaml': config(slack.webhookUrl) }),
  });
  const registry = new OperatorRegistry(join(running.dir, 'data'));
  const agent = async (name: string, team: string, lang: string) =>
    connectedOperator(
      running.url,
      (await registry.add(name, 'agent', { teams: [team], languages: [lang] })).token,
    );
  return { running, slack, agent };
}

/** A visitor's conversation: each message waits for the bot's turn on it to be stored. */
async function chat(running: RunningServer, lang: string) {
  const socket: Socket = visitor(running.url, { lang });
  await once(socket, 'session');
  let id = '';
  const store = running.server.context.store;
  /** `answered`: the bot replies (not while the chat waits for a person). */
  const say = async (text: string, answered = true) => {
    const before = id ? (store.summary(id)?.messages ?? 0) : 0;
    const ack = await emit<{ ok: boolean; conversationId: string }>(socket, 'message', { text });
    expect(ack.ok).toBe(true);
    id = ack.conversationId;
    const expected = before + (answered ? 2 : 1);
    await eventually(
      () => (store.summary(id)?.messages ?? 0) >= expected,
      `the bot's turn on "${text}"`,
    );
    // The reply is stored before what the rules change: the turn is over when its queue is.
    await Promise.all(running.server.context.service.pendingReplies());
    await running.server.context.assignment!.settled();
    return store.summary(id)!;
  };
  const tags = async () =>
    (await store.history(id))
      .filter((entry): entry is EventEntry => entry.kind === 'event' && entry.type === 'tag')
      .map((entry) => `${String(entry.data.tag)} by ${String(entry.data.by)}`);
  return { say, tags, id: () => id };
}

describe('escalation rules on a real server', () => {
  it('a refund in English goes to the billing agent with a high priority and a tag', async () => {
    const { running, agent } = await setUp();
    await agent('Ana', 'billing', 'en');
    const visitorChat = await chat(running, 'en');
    const row = await visitorChat.say('I want my money back for the Montserrat tour');
    expect(row).toMatchObject({ state: 'waiting', priority: 'high', team: 'billing' });
    expect(row.topics).toContain('refund');
    await eventually(
      () => running.server.context.store.summary(visitorChat.id())?.assignee === 'Ana',
      'the billing agent to be given the chat',
    );
    expect(await visitorChat.tags()).toEqual(['refund by escalation']);
  });

  it('a keyword in Russian makes the chat urgent and notifies Slack', async () => {
    const { running, slack } = await setUp();
    const visitorChat = await chat(running, 'ru');
    const row = await visitorChat.say('Если не ответите, я подам в суд');
    expect(row.priority).toBe('urgent');
    expect(await visitorChat.tags()).toContain('legal by escalation');
    await eventually(() => slack.posts.length === 1, 'the escalated notification');
    expect(slack.posts[0]!.body.text).toContain('Rules: legal');
    expect(slack.posts[0]!.body.text).toContain('Priority: urgent');
  });

  it('two answers the bot cannot give in Spanish send the chat to the support team', async () => {
    const { running, agent } = await setUp();
    await agent('Luis', 'support', 'es');
    const visitorChat = await chat(running, 'es');
    expect((await visitorChat.say('¿Cómo resuelvo una integral?')).state).toBe('bot');
    const row = await visitorChat.say('¿Venden coches usados?');
    expect(row).toMatchObject({ state: 'waiting', team: 'support' });
    await eventually(
      () => running.server.context.store.summary(visitorChat.id())?.assignee === 'Luis',
      'the support agent to be given the chat',
    );
    expect(await visitorChat.tags()).toEqual(['stuck by escalation']);
  });

  it("an upset visitor's chat is tagged and raised once, however often they say so", async () => {
    const { running } = await setUp();
    const visitorChat = await chat(running, 'en');
    const row = await visitorChat.say('This is terrible, you lied to me, worst service ever');
    expect(row.priority).toBe('high');
    // The handoff keys still work beside the rules: the mood also asks for a person.
    expect(row.state).toBe('waiting');
    await visitorChat.say('Awful, I hate this, you are liars', false);
    expect(await visitorChat.tags()).toEqual(['upset by escalation']);
  });

  it('a known lead in Russian is routed to sales; the same words in English are not', async () => {
    const { running } = await setUp();
    const russian = await chat(running, 'ru');
    const row = await russian.say('Меня зовут Иван, телефон +7 916 123-45-67');
    expect(row.team).toBe('sales');
    expect(await russian.tags()).toEqual(['warm-lead by escalation']);
    const english = await chat(running, 'en');
    expect((await english.say('My name is John, phone +1 415 555 2671')).team).toBeUndefined();
  });
});

describe('topics in the stats and the conversation list', () => {
  it('counts conversations per topic, and the list filters on a topic and a priority', async () => {
    const { running } = await setUp();
    await (await chat(running, 'en')).say('What are your office hours?');
    await (await chat(running, 'en')).say('Can I get a refund?');
    await (await chat(running, 'ru')).say('Хочу вернуть деньги');
    const store = running.server.context.store;
    const now = new Date();
    const live = await computeStats(new StoreFacts(store), periodOf({ since: '1d' }, now), {
      now,
    });
    expect(live.total.topics).toEqual([
      { topic: 'refund', conversations: 2 },
      { topic: 'hours', conversations: 1 },
    ]);
    expect(summaryLines(live.total)).toContainEqual(['Topics', 'refund 2, hours 1']);
    const query = parseQuery({ topic: 'Refund', priority: 'high' }, now);
    expect(store.list().filter((row) => matches(row, query))).toHaveLength(2);
    await running.server.close();
    const run = await runCli(['stats', '--data', join(running.dir, 'data'), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as StatsReport).total.topics).toEqual(live.total.topics);
  });
});
