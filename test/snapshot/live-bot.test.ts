import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerOffline } from '../../src/ai/offline-answerer.js';
import { InvalidBotError, LiveBot, type LiveBotEvent } from '../../src/snapshot/live-bot.js';
import { askOffline } from '../helpers/bot.js';
import { demoProject } from '../helpers/project.js';

const bots: LiveBot[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.close();
});

async function start(dir: string, events: LiveBotEvent[] = []) {
  const bot = await LiveBot.start({
    projectDir: dir,
    mode: 'dev',
    env: {},
    watch: true,
    onEvent: (event) => events.push(event),
  });
  bots.push(bot);
  return bot;
}

const ask = askOffline;

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function editKnowledge(
  dir: string,
  lang: string,
  edit: (kb: {
    blocks: Array<{ id: string; faq?: Array<{ question: string; answer: string }> }>;
  }) => void,
): string {
  const path = join(dir, 'kb', `${lang}.json`);
  const kb = JSON.parse(readFileSync(path, 'utf8'));
  edit(kb);
  const text = JSON.stringify(kb, null, 2);
  writeFileSync(path, text);
  return text;
}

const setPetsAnswer =
  (answer: string) =>
  (kb: { blocks: Array<{ id: string; faq?: Array<{ question: string; answer: string }> }> }) => {
    const pair = kb.blocks
      .find((b) => b.id === 'practical')!
      .faq!.find((p) => p.question.includes('dog'))!;
    pair.answer = answer;
  };

describe('live reload of a project folder', () => {
  it('answers from a saved change without a restart', async () => {
    const dir = demoProject();
    const events: LiveBotEvent[] = [];
    const bot = await start(dir, events);
    expect(ask(bot, 'en', 'Can I bring my dog?')).toBe('Only assistance dogs can join our tours.');
    const before = bot.snapshot;

    editKnowledge(dir, 'en', setPetsAnswer('Dogs on a lead are welcome on every tour.'));
    await until(() => bot.snapshot !== before);
    expect(ask(bot, 'en', 'Can I bring my dog?')).toBe('Dogs on a lead are welcome on every tour.');
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'reloaded', reason: 'changed kb/en.json' }),
    );
    // A reply that started on the old snapshot still reads the old knowledge.
    expect(
      answerOffline(before.knowledge('en'), 'Can I bring my dog?', [], before.config.retrieval)
        .text,
    ).toBe('Only assistance dogs can join our tours.');
    expect(bot.status().knowledgeVersion).not.toBe(before.knowledgeVersion);
  });

  it('refuses an invalid version, keeps answering from the last good one, and says where the error is', async () => {
    const dir = demoProject();
    const events: LiveBotEvent[] = [];
    const bot = await start(dir, events);
    const good = bot.snapshot;
    const path = join(dir, 'kb/ru.json');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[11] = `${lines[11]},`;
    writeFileSync(path, lines.join('\n'));
    await until(() => events.some((event) => event.type === 'rejected'));
    expect(bot.snapshot).toBe(good);
    expect(ask(bot, 'ru', 'Есть ли скидки для детей?')).toContain('скидка 30%');
    expect(bot.status().lastError?.message).toMatch(/^kb\/ru\.json:12:\d+ /);

    // Fixing the file clears the error.
    lines[11] = lines[11]!.slice(0, -1);
    writeFileSync(path, lines.join('\n'));
    await until(() => bot.snapshot !== good);
    expect(bot.status().lastError).toBeUndefined();
  });

  it('reloads templates and config too', async () => {
    const dir = demoProject();
    const bot = await start(dir);
    const before = bot.snapshot;
    writeFileSync(
      join(dir, 'templates/system.hbs'),
      'You are {{bot.name}}, brief and kind.\n{{knowledge}}\n',
    );
    await until(() => bot.snapshot !== before);
    expect(
      bot.snapshot
        .systemPrompt({ lang: 'en', question: '' })
        .prompt.startsWith('You are Sol y Mar Tours, brief and kind.'),
    ).toBe(true);
  });

  it('turns a burst of 100 saves into one reload, never reading a half-written file', async () => {
    const dir = demoProject();
    const events: LiveBotEvent[] = [];
    const bot = await start(dir, events);
    let last = '';
    for (let i = 0; i < 100; i++)
      last = editKnowledge(dir, 'en', setPetsAnswer(`Version ${i} of the pet rules.`));
    await until(() => events.some((event) => event.type === 'reloaded'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(events.filter((event) => event.type === 'reloaded')).toHaveLength(1);
    expect(events.filter((event) => event.type === 'rejected')).toHaveLength(0);
    expect(ask(bot, 'en', 'Can I bring my dog?')).toBe('Version 99 of the pet rules.');
    expect(readFileSync(join(dir, 'kb/en.json'), 'utf8')).toBe(last);
  });

  it('refuses to start on an invalid project, with its findings', async () => {
    const dir = demoProject({ 'kb/es.json': '{"greeting": 1}' });
    const error = await LiveBot.start({ projectDir: dir, mode: 'dev', env: {} }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidBotError);
    expect((error as InvalidBotError).code).toBe('BOT_INVALID');
    expect(
      (error as InvalidBotError).findings.some((finding) => finding.file === 'kb/es.json'),
    ).toBe(true);
  });
});
