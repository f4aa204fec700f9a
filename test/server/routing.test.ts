/**
 * Routing rules against a real server: two assistants (their own templates, greetings,
 * knowledge and, for one, its own model) and two teams. Visitors come from different pages,
 * languages and ad campaigns over real sockets; the right assistant's system template reaches
 * the fake model through the real OpenAI client, and the right team's agent gets the chat at
 * handoff.
 */
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import type { VisitorEntry } from '../../src/protocol/index.js';
import { OperatorRegistry } from '../../src/store/operators.js';
import { type LlmFake, type RecordedRequest, startLlmFake } from '../fakes/llm-fake.js';
import { configWithFakeModel } from '../helpers/ai.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { demoProject } from '../helpers/project.js';
import {
  connectedOperator,
  emit,
  once,
  type RunningServer,
  startServer,
  visitor,
  waitFor,
} from '../helpers/server.js';

const salesTemplate = 'You are the SALES DESK of {{bot.name}}. Sell tours.\n\n{{knowledge}}\n';
const supportTemplate = 'Eres el equipo de SOPORTE de {{bot.name}}.\n\n{{knowledge}}\n';

function routingConfig(general: LlmFake, sales: LlmFake): string {
  return `${configWithFakeModel(general.baseURL)}assignment:
  defaultTeam: support
assistants:
  sales:
    template: sales.hbs
    greeting: { en: "Hi! The sales desk here: which tour are you after?" }
    knowledge: { tags: [price, prices, precio, book, booking] }
    cascade:
      - provider: openai
        model: gpt-sales
        apiKey: sk-test
        baseURL: ${sales.baseURL}
        timeouts: { firstToken: 30s, idle: 30s, total: 60s }
  soporte:
    template: soporte.hbs
routing:
  - when: { page: "/pricing*" }
    assistant: sales
    team: sales
  - when: { utm: { source: google, medium: cpc } }
    assistant: sales
    team: sales
  - when: { lang: es }
    assistant: soporte
`;
}

async function routedBot() {
  const general = await startLlmFake('openai');
  const sales = await startLlmFake('openai');
  cleanupAfterTest(() => general.close());
  cleanupAfterTest(() => sales.close());
  const dir = demoProject({
    'chatbot.config.yaml': routingConfig(general, sales),
    'templates/sales.hbs': salesTemplate,
    'templates/soporte.hbs': supportTemplate,
  });
  const running = await startServer({ dir });
  const registry = new OperatorRegistry(join(dir, 'data'));
  const agents: Record<string, Socket> = {};
  for (const [name, team] of [
    ['Ana', 'support'],
    ['Carl', 'sales'],
  ] as const) {
    const { token } = await registry.add(name, 'agent', { teams: [team] });
    agents[name] = await connectedOperator(running.url, token);
  }
  return { running, general, sales, agents };
}

/** A visitor on a page asks one question, gets the bot's answer, then asks for a person. */
async function visitorAsks(
  running: RunningServer,
  auth: Record<string, unknown>,
  question: string,
): Promise<{ id: string; answer: VisitorEntry }> {
  const socket = visitor(running.url, auth);
  await once(socket, 'session');
  const answered = waitFor<VisitorEntry>(socket, 'entry', (entry) => entry.author?.kind === 'bot');
  const sent = await emit<{ ok: boolean; conversationId: string }>(socket, 'message', {
    text: question,
  });
  expect(sent.ok).toBe(true);
  const answer = await answered;
  expect((await emit<{ ok: boolean }>(socket, 'human', {})).ok).toBe(true);
  await running.server.context.assignment!.settled();
  return { id: sent.conversationId, answer };
}

const systemOf = (request: RecordedRequest | undefined) =>
  String(
    (request?.body.messages as Array<{ role: string; content: string }> | undefined)?.find(
      (message) => message.role === 'system',
    )?.content,
  );

describe('routing rules on a live server', () => {
  it('send each visitor to the assistant and the team their page, campaign and language call for', async () => {
    const { running, general, sales } = await routedBot();
    const { store } = running.server.context;

    // The pricing page: the sales assistant, its own model and template, its part of the knowledge.
    const pricing = await visitorAsks(
      running,
      { lang: 'en', page: 'https://solymartours.example/pricing?ref=nav' },
      'How much is the Montserrat trip?',
    );
    expect(sales.requests).toHaveLength(1);
    expect(sales.requests[0]!.body.model).toBe('gpt-sales');
    const salesPrompt = systemOf(sales.requests[0]);
    expect(salesPrompt).toContain('You are the SALES DESK of Sol y Mar Tours.');
    expect(salesPrompt).toContain('Montserrat');
    // The company's licence is in the "about" block, which carries none of the sales tags.
    expect(salesPrompt).not.toContain('GC-004512');
    expect(general.requests).toHaveLength(0);
    expect(store.summary(pricing.id)).toMatchObject({
      team: 'sales',
      assignee: 'Carl',
      assistant: 'sales',
    });
    expect((await running.server.context.service.get(pricing.id)).assistant).toBe('sales');

    // An ad click on the home page: UTM tags read from the address, as the widget sent none.
    const ad = await visitorAsks(
      running,
      { lang: 'en', page: 'https://solymartours.example/?utm_source=Google&utm_medium=cpc' },
      'Do you have tours to Girona?',
    );
    expect(sales.requests).toHaveLength(2);
    expect(store.summary(ad.id)).toMatchObject({ team: 'sales', assignee: 'Carl' });

    // A Spanish visitor: the soporte assistant's template, through the top-level model, and
    // the default team.
    const spanish = await visitorAsks(
      running,
      { lang: 'es', page: 'https://solymartours.example/tours' },
      '¿Cuánto cuesta la excursión a Montserrat?',
    );
    expect(general.requests).toHaveLength(1);
    expect(systemOf(general.requests[0])).toContain(
      'Eres el equipo de SOPORTE de Sol y Mar Tours.',
    );
    expect(store.summary(spanish.id)).toMatchObject({ team: 'support', assignee: 'Ana' });

    // Anyone else: the default bot, its system.hbs and its whole knowledge.
    const other = await visitorAsks(
      running,
      { lang: 'en', page: 'https://solymartours.example/about' },
      'Who are you?',
    );
    const defaultPrompt = systemOf(general.requests[1]);
    expect(defaultPrompt).toContain('You are the assistant of Sol y Mar Tours');
    expect(defaultPrompt).not.toContain('SALES DESK');
    expect(store.summary(other.id)).toMatchObject({ team: 'support', assignee: 'Ana' });
    expect((await running.server.context.service.get(other.id)).assistant).toBeUndefined();

    // The stored replies say which assistant wrote them, for the inbox and exports.
    const botReply = async (id: string) =>
      (await store.entriesAfter(id, 0)).find(
        (entry) => entry.kind === 'message' && entry.author.kind === 'bot',
      );
    expect(await botReply(pricing.id)).toMatchObject({ bot: { assistant: 'sales' } });
    expect(await botReply(spanish.id)).toMatchObject({ bot: { assistant: 'soporte' } });
    expect((await botReply(other.id)) as { bot?: object }).not.toHaveProperty('bot.assistant');
  });

  it("greet a visitor with the greeting of the page's assistant", async () => {
    const { running } = await routedBot();
    const settings = async (page: string) =>
      (await (
        await fetch(`${running.url}/api/widget/settings?lang=en&page=${encodeURIComponent(page)}`)
      ).json()) as { greeting: string };
    expect((await settings('https://solymartours.example/pricing')).greeting).toBe(
      'Hi! The sales desk here: which tour are you after?',
    );
    expect((await settings('https://solymartours.example/about')).greeting).toMatch(
      /^Hi! I'm the Sol y Mar Tours assistant/,
    );
  });
});
