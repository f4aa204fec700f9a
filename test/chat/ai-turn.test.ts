import { describe, expect, it } from 'vitest';
import { AiEngine } from '../../src/ai/engine.js';
import { type BotTurn, botTurn, newConversation } from '../../src/chat/bot-turn.js';
import type { BotSnapshot } from '../../src/snapshot/bot-snapshot.js';
import { type Behaviour, startLlmFake } from '../fakes/llm-fake.js';
import { closedHours, demoSnapshotWithCascade, fakeLink, openHours } from '../helpers/ai.js';
import { cleanupAfterTest } from '../helpers/bot.js';

async function withFake(...script: Behaviour[]) {
  return withFakeOf('openai', ...script);
}

async function withFakeOf(dialect: 'openai' | 'anthropic', ...script: Behaviour[]) {
  const fake = await startLlmFake(dialect, ...script);
  cleanupAfterTest(() => fake.close());
  const snapshot = await demoSnapshotWithCascade([
    fakeLink(fake, dialect),
    { provider: 'offline' },
  ]);
  return { fake, snapshot };
}

/** Several visitor messages in one conversation; returns every turn. */
async function converse(snapshot: BotSnapshot, lang: string, messages: string[], now = openHours) {
  const engine = new AiEngine();
  let memory = newConversation(lang);
  const turns: BotTurn[] = [];
  for (const message of messages) {
    const turn = await botTurn(snapshot, memory, message, { engine, now });
    memory = turn.memory;
    turns.push(turn);
  }
  return turns;
}

let offlineSnapshot: BotSnapshot | undefined;
async function offline() {
  offlineSnapshot ??= await demoSnapshotWithCascade([{ provider: 'offline' }]);
  return offlineSnapshot;
}

describe('handoff triggers in Russian and Spanish', () => {
  it.each([
    ['ru', 'Позовите, пожалуйста, живого человека'],
    ['es', '¿Puedo hablar con una persona, por favor?'],
  ])('hands off on a keyword (%s)', async (lang, message) => {
    const [turn] = await converse(await offline(), lang, [message]);
    expect(turn!.handoff).toMatchObject({ reason: 'keyword', humanAvailable: true });
    expect(turn!.memory.state).toBe('waiting');
  });

  it.each([
    [
      'ru',
      [
        'Сколько стоит тур в Монсеррат?',
        'Вы мне не помогли, это ужасно!',
        'Худший сервис, вы обманщики',
      ],
    ],
    [
      'es',
      ['¿Cuánto cuesta Montserrat?', 'No me ayudaron, qué vergüenza', 'Es una estafa, estoy harto'],
    ],
  ])('hands off when the visitor gets angry (%s)', async (lang, messages) => {
    const turns = await converse(await offline(), lang, messages);
    expect(turns[0]!.handoff).toBeUndefined();
    const handedOff = turns.find((turn) => turn.handoff);
    expect(handedOff?.handoff?.reason).toBe('sentiment');
    expect(Number(handedOff?.handoff?.detail)).toBeLessThan(-0.6);
  });

  it.each([
    [
      'ru',
      [
        'Как решить интеграл?',
        'Сколько стоит полёт на Луну?',
        'Вы продаёте подержанные автомобили?',
      ],
    ],
    [
      'es',
      [
        '¿Cómo resuelvo una integral?',
        '¿Venden coches usados?',
        '¿Cuánto cuesta un viaje a la Luna?',
      ],
    ],
  ])('hands off after three answers in a row it could not give (%s)', async (lang, messages) => {
    const turns = await converse(await offline(), lang, messages);
    expect(turns.map((turn) => Boolean(turn.handoff))).toEqual([false, false, true]);
    expect(turns[2]!.handoff?.reason).toBe('failed-answers');
    expect(turns[2]!.failed).toBe(true);
  });

  it('promises no one on a holiday or before opening after the DST change, and says when', async () => {
    const christmas = new Date('2026-12-25T11:00:00+01:00'); // a Friday, a holiday in the demo
    const [holiday] = await converse(await offline(), 'en', ['Can I talk to a person?'], christmas);
    expect(holiday!.handoff).toMatchObject({ reason: 'keyword', humanAvailable: false });
    expect(holiday!.memory.state).toBe('bot');
    expect(holiday!.reply).toContain('back on Saturday at 10:00');
    // Monday 30 March 2026, the first working day of summer time: 08:30 CEST is still closed.
    const early = new Date('2026-03-30T06:30:00Z');
    const [closed] = await converse(
      await offline(),
      'es',
      ['Quiero hablar con una persona'],
      early,
    );
    expect(closed!.handoff?.humanAvailable).toBe(false);
    expect(closed!.reply).toContain('hoy a las 09:00');
    const [open] = await converse(
      await offline(),
      'es',
      ['Quiero hablar con una persona'],
      new Date('2026-03-30T07:00:00Z'),
    );
    expect(open!.handoff?.humanAvailable).toBe(true);
  });

  it('hands off at the AI message limit', async () => {
    const base = await offline();
    const snapshot = Object.assign(Object.create(Object.getPrototypeOf(base)), base, {
      config: { ...base.config, handoff: { ...base.config.handoff, maxAiMessages: 2 } },
    }) as BotSnapshot;
    const turns = await converse(snapshot, 'en', [
      'How much is the Montserrat trip?',
      'Can I bring my dog?',
      'Do you have a Girona tour?',
    ]);
    expect(turns.map((turn) => turn.handoff?.reason)).toEqual([undefined, undefined, 'ai-limit']);
  });
});

describe('the model on the cascade', () => {
  it('streams its answer and cites the knowledge the prompt carried', async () => {
    const { fake, snapshot } = await withFake({
      kind: 'text',
      chunks: ['Montserrat ', 'costs 65 EUR.'],
    });
    const engine = new AiEngine();
    const pieces: string[] = [];
    const turn = await botTurn(
      snapshot,
      newConversation('en'),
      'How much is the Montserrat trip?',
      {
        engine,
        now: openHours,
        onText: (text) => pieces.push(text),
      },
    );
    expect(pieces).toEqual(['Montserrat ', 'costs 65 EUR.']);
    expect(turn).toMatchObject({
      reply: 'Montserrat costs 65 EUR.',
      provider: 'openai/gpt-test',
      failed: false,
    });
    expect(turn.citations.length).toBeGreaterThan(0);
    const system = (
      fake.requests[0]!.body.messages as Array<{ role: string; content: string }>
    )[0]!;
    expect(system.role).toBe('system');
    expect(system.content).toContain('Montserrat');
    expect(system.content).toContain('The team is available now');
  });

  it('tells the model when the team is away, so it promises no one', async () => {
    const { fake, snapshot } = await withFake({ kind: 'text', chunks: ['Hello!'] });
    await converse(snapshot, 'en', ['Hello'], closedHours);
    const system = JSON.stringify(fake.requests[0]!.body.messages);
    expect(system).toContain('The team is away now and back Monday 09:00');
    expect(system).not.toContain('The team is available now');
  });

  it('hands the chat to a person when the model calls request_human, in business hours', async () => {
    const { snapshot } = await withFake({
      kind: 'tool',
      name: 'request_human',
      arguments: '{"reason":"wants a custom group quote"}',
      text: 'Let me get a colleague.',
    });
    const [turn] = await converse(snapshot, 'en', ['I need a quote for 40 people'], openHours);
    expect(turn!.handoff).toEqual({
      reason: 'tool',
      detail: 'wants a custom group quote',
      humanAvailable: true,
    });
    expect(turn!.memory.state).toBe('waiting');
    expect(turn!.reply).toContain('Let me get a colleague.');
    expect(turn!.reply).toContain('bringing in a person');
  });

  it('never promises a person outside business hours, and asks for contact instead', async () => {
    const { snapshot } = await withFake({
      kind: 'tool',
      name: 'request_human',
      arguments: '{"reason":"quote"}',
    });
    const [turn] = await converse(
      snapshot,
      'es',
      ['Necesito un presupuesto para 40 personas'],
      closedHours,
    );
    expect(turn!.handoff).toMatchObject({ reason: 'tool', humanAvailable: false });
    expect(turn!.memory.state).toBe('bot');
    expect(turn!.reply).toContain('correo o teléfono');
    expect(turn!.reply).not.toContain('en un momento');
  });

  it('saves a lead from save_lead, with the phone normalized', async () => {
    const { fake, snapshot } = await withFake(
      {
        kind: 'tool',
        name: 'save_lead',
        arguments: '{"name":"Carmen","phone":"612 345 678","note":"Girona tour for 4"}',
      },
      { kind: 'text', chunks: ['¡Gracias, Carmen!'] },
    );
    const [turn] = await converse(
      snapshot,
      'es',
      ['Quiero reservar Girona para 4 personas'],
      openHours,
    );
    expect(turn!.newContact).toEqual({ name: 'Carmen', phone: '+34612345678' });
    expect(turn!.leadNote).toBe('Girona tour for 4');
    expect(turn!.memory.contact).toMatchObject({ phone: '+34612345678' });
    expect(turn!.reply).toBe('¡Gracias, Carmen!');
    expect(JSON.stringify(fake.requests[1]!.body.messages)).toContain('saved');
  });

  it("reads save_lead's local phone in the business's country when the language has none", async () => {
    const { snapshot } = await withFake(
      { kind: 'tool', name: 'save_lead', arguments: '{"phone":"612 345 678"}' },
      { kind: 'text', chunks: ['Thank you!'] },
    );
    expect(snapshot.config.leads.phoneCountry).toBe('ES');
    const [turn] = await converse(snapshot, 'en', ['Please call me back'], openHours);
    expect(turn!.newContact).toEqual({ phone: '+34612345678' });
  });

  it.each(
    (['openai', 'anthropic'] as const).flatMap((dialect) =>
      [
        ['an invalid email', '{"email":"maria-at-example"}', 'is not an email address'],
        ['an invalid phone', '{"phone":"12"}', 'is not a phone number'],
        ['no way to reach them', '{"name":"Maria"}', 'at least one of email, phone or messenger'],
        ['an unknown field', '{"email":"m@example.com","password":"x"}', 'password'],
        ['arguments that are not JSON', '{"email":', 'not valid JSON'],
      ].map(([name, args, why]) => [dialect, name!, args!, why!] as const),
    ),
  )(
    '%s: refuses save_lead with %s, saves nothing and tells the model why',
    async (dialect, _name, args, why) => {
      const { fake, snapshot } = await withFakeOf(
        dialect,
        { kind: 'tool', name: 'save_lead', arguments: args },
        { kind: 'text', chunks: ['Could you check your details?'] },
      );
      const [turn] = await converse(snapshot, 'en', ['Sign me up'], openHours);
      expect(turn!.newContact).toBeUndefined();
      expect(turn!.memory.contact).toEqual({});
      expect(turn!.reply).toBe('Could you check your details?');
      // The refusal goes back as the tool's result, in the provider's own format.
      const followUp = JSON.stringify(fake.requests[1]!.body.messages);
      expect(followUp).toContain(dialect === 'openai' ? '"role":"tool"' : '"type":"tool_result"');
      expect(followUp).toContain(JSON.stringify(why).slice(1, -1).replaceAll('\\', '\\\\'));
    },
  );

  it('gives the knowledge fallback and offers a person when every provider fails, in hours', async () => {
    const fake = await startLlmFake('openai', { kind: 'status', status: 500 });
    cleanupAfterTest(() => fake.close());
    const snapshot = await demoSnapshotWithCascade([fakeLink(fake)]);
    const [open] = await converse(snapshot, 'ru', ['Сколько стоит тур?'], openHours);
    expect(open!.failed).toBe(true);
    expect(open!.reply).toContain(snapshot.knowledge('ru').fallback);
    expect(open!.reply).toContain('позову сотрудника');
    expect(open!.attempts.map((attempt) => attempt.outcome)).toEqual(['server-error']);
    const [closed] = await converse(snapshot, 'ru', ['Сколько стоит тур?'], closedHours);
    expect(closed!.reply).not.toContain('позову сотрудника');
  });

  it('picks contact details out of the message whatever the provider', async () => {
    const { snapshot } = await withFake({ kind: 'text', chunks: ['Noted!'] });
    const [turn] = await converse(snapshot, 'en', [
      'I am Maria, write to maria@example.com about the Girona tour prices please',
    ]);
    expect(turn!.newContact).toMatchObject({ name: 'Maria', email: 'maria@example.com' });
    expect(turn!.provider).toBe('openai/gpt-test');
  });

  it('thanks for contact details given alone, and answers a question that comes with them', async () => {
    const [given, abroad, asked, spanish] = await Promise.all([
      converse(await offline(), 'en', ['My email is ana@example.com']),
      // A local number in English: the demo's leads.phoneCountry (ES) reads it.
      converse(await offline(), 'en', ['My email is bob@example.com, call me on 612 345 678']),
      converse(await offline(), 'en', [
        'I am Ana, ana@example.com. How much is the Montserrat trip?',
      ]),
      converse(await offline(), 'es', ['Soy Carmen, 612 345 678. ¿Cuánto cuesta Montserrat?']),
    ]);
    expect(given[0]!.reply).toContain('We have your contact details');
    expect(given[0]!.newContact).toEqual({ email: 'ana@example.com' });
    expect(abroad[0]!.reply).toContain('We have your contact details');
    expect(abroad[0]!.newContact).toEqual({ email: 'bob@example.com', phone: '+34612345678' });
    expect(asked[0]!.reply).toContain('€69');
    expect(asked[0]!.citations.map((citation) => citation.id)).toEqual(['day-trips']);
    expect(asked[0]!.newContact).toMatchObject({ name: 'Ana', email: 'ana@example.com' });
    expect(spanish[0]!.reply).toContain('69');
    expect(spanish[0]!.newContact).toMatchObject({ name: 'Carmen', phone: '+34612345678' });
  });

  it('sends the history trimmed to the token budget, newest turns kept', async () => {
    const { fake, snapshot: base } = await withFake({ kind: 'text', chunks: ['Sure.'] });
    const snapshot = new (
      base.constructor as typeof import('../../src/snapshot/bot-snapshot.js').BotSnapshot
    )(
      { ...base.config, ai: { ...base.config.ai, historyTokens: 60 } },
      base.languages,
      base.templates,
      base.version,
      base.knowledgeVersion,
      base.loadedAt,
    );
    const long = 'Tell me everything about the tours you run in Catalonia this season. '.repeat(3);
    await converse(snapshot, 'en', [long, long, 'And the price?']);
    const messages = fake.requests.at(-1)!.body.messages as Array<{
      role: string;
      content: string;
    }>;
    expect(messages.at(-1)).toEqual({ role: 'user', content: 'And the price?' });
    expect(messages.filter((message) => message.content === long).length).toBeLessThan(2);
  });
});
