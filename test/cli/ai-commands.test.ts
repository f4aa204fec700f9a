import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHttpRecorder, telegramOk } from '../fakes/http-recorder.js';
import { type LlmFake, startLlmFake } from '../fakes/llm-fake.js';
import { cleanupAfterTest } from '../helpers/bot.js';
import { runCli } from '../helpers/cli.js';
import { demoProject } from '../helpers/project.js';

const demoConfig = (extra: string) => `name: Sol y Mar Tours
languages: { default: en, supported: [en, ru, es] }
server: { publicUrl: "https://chat.solymar.example" }
${extra}
`;

function fakeCascade(fake: LlmFake) {
  return `ai:
  cascade:
    - provider: openai
      model: gpt-test
      apiKey: \${FAKE_OPENAI_KEY}
      baseURL: ${fake.baseURL}
      timeouts: { firstToken: 30s, idle: 30s, total: 60s }
    - provider: offline`;
}

describe('chatbot shell', () => {
  it('answers lines from stdin through the engine, showing provider, citations, leads and handoffs', async () => {
    const result = await runCli(['shell', '--lang', 'es'], {
      stdin:
        '¿Cuánto cuesta la excursión a Montserrat?\nMe llamo Carmen, mi correo es carmen@example.com\nQuiero hablar con una persona\n',
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^bot: .*Montserrat.*69 €/);
    expect(lines[1]).toMatch(/↳ offline · \d+ ms/);
    expect(result.stdout).toContain('↳ cites day-trips');
    expect(result.stdout).toContain('↳ lead: email carmen@example.com, name Carmen');
    expect(result.stdout).toMatch(/↳ handoff \(keyword: hablar con una persona\)/);
  });

  it('streams through a real provider when its key is set', async () => {
    const fake = await startLlmFake('openai', {
      kind: 'text',
      chunks: ['Montserrat ', 'costs 69 €.'],
    });
    cleanupAfterTest(() => fake.close());
    const dir = demoProject({ 'chatbot.config.yaml': demoConfig(fakeCascade(fake)) });
    const result = await runCli(['shell', '-C', dir], {
      stdin: 'How much is Montserrat?\n',
      env: { FAKE_OPENAI_KEY: 'sk-test' },
    });
    expect(result.stdout).toContain('bot: Montserrat costs 69 €.');
    expect(result.stdout).toMatch(
      /↳ openai\/gpt-test \(gpt-test\)|↳ openai\/gpt-test · \d+ ms · first token \d+ ms/,
    );
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer sk-test');
  });

  it('refuses a language the bot does not speak', async () => {
    const result = await runCli(['shell', '--lang', 'de'], { stdin: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('does not speak "de"');
  });
});

describe('chatbot test --live', () => {
  it('runs the cases through the configured cascade', async () => {
    const fake = await startLlmFake('openai', {
      kind: 'text',
      chunks: ['Our Montserrat day trip costs 69 €.'],
    });
    cleanupAfterTest(() => fake.close());
    const dir = demoProject({
      'chatbot.config.yaml': demoConfig(fakeCascade(fake)),
      'tests/live.yaml': `cases:
  - name: Montserrat price, live
    lang: en
    turns:
      - visitor: How much is the Montserrat trip?
        contains: "69 €"
        cites: [day-trips]
`,
    });
    const live = await runCli(['test', '-C', dir, '--live', 'tests/live.yaml'], {
      env: { FAKE_OPENAI_KEY: 'sk-test' },
    });
    expect(live.stderr).toContain('Live: openai/gpt-test → offline');
    expect(live.code).toBe(0);
    expect(fake.requests).toHaveLength(1);

    fake.script({ kind: 'text', chunks: ['I do not know.'] });
    const wrong = await runCli(['test', '-C', dir, '--live', 'tests/live.yaml'], {
      env: { FAKE_OPENAI_KEY: 'sk-test' },
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('expected the reply to contain "69 €"');
  });
});

describe('chatbot leads', () => {
  function projectWithLeads() {
    const dir = demoProject();
    mkdirSync(join(dir, 'data'), { recursive: true });
    const now = Date.now();
    const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
    writeFileSync(
      join(dir, 'data', 'leads.json'),
      JSON.stringify({
        leads: [
          {
            id: 'l1',
            name: 'Maria',
            email: 'maria@example.com',
            phone: '+34612345678',
            notes: ['Girona, 4 people'],
            lang: 'es',
            firstPage: 'https://solymar.example/girona',
            utm: { source: 'google', campaign: 'autumn' },
            conversations: ['c1'],
            createdAt: at(1),
            updatedAt: at(1),
          },
          {
            id: 'l2',
            name: '=HYPERLINK("http://evil")',
            email: 'old@example.com',
            notes: [],
            lang: 'en',
            conversations: ['c2'],
            createdAt: at(30),
            updatedAt: at(30),
          },
        ],
      }),
    );
    return dir;
  }

  it('lists leads with contact, language, first page, UTM tags and the command that opens the chat', async () => {
    const dir = projectWithLeads();
    const result = await runCli(['leads', '-C', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('maria@example.com');
    expect(result.stdout).toContain('source=google campaign=autumn');
    expect(result.stdout).toContain('chatbot inbox --url http://localhost:3000 --open c1');
    expect(result.stdout.indexOf('maria@')).toBeLessThan(result.stdout.indexOf('old@'));
  });

  it('filters by --since and writes CSV a spreadsheet cannot be tricked by', async () => {
    const dir = projectWithLeads();
    const recent = await runCli(['leads', '-C', dir, '--since', '7d', '--format', 'json']);
    expect(JSON.parse(recent.stdout).map((lead: { email: string }) => lead.email)).toEqual([
      'maria@example.com',
    ]);
    const csv = await runCli(['leads', '-C', dir, '--format', 'csv']);
    const [header, , second] = csv.stdout.trim().split('\n');
    expect(header).toBe(
      'created,name,email,phone,messenger,lang,firstPage,utm,notes,conversations,open',
    );
    expect(second).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const bad = await runCli(['leads', '-C', dir, '--since', 'a week']);
    expect(bad.code).toBe(2);
  });
});

describe('chatbot notify test', () => {
  it('sends through every channel and says which failed', async () => {
    const telegram = await startHttpRecorder(telegramOk);
    const webhook = await startHttpRecorder({ status: 500 });
    cleanupAfterTest(() => telegram.close());
    cleanupAfterTest(() => webhook.close());
    const dir = demoProject({
      'chatbot.config.yaml': demoConfig(`notify:
  telegram: { token: "\${TELEGRAM_BOT_TOKEN}", chatId: 42, apiBaseUrl: "${telegram.url}" }
  webhooks: [{ url: "${webhook.url}/crm", secret: "0123456789abcdef" }]`),
    });
    const result = await runCli(['notify', 'test', dir], {
      env: { TELEGRAM_BOT_TOKEN: '123:abc' },
    });
    expect(result.stdout).toContain('✓ Telegram chat 42');
    expect(result.stdout).toMatch(/✗ webhook .*\/crm: The webhook answered 500/);
    expect(result.code).toBe(1);
    expect(JSON.parse(telegram.calls[0]!.body).text).toContain('Test message from Sol y Mar Tours');
    expect(telegram.calls[0]!.path).toBe('/bot123:abc/sendMessage');
  });

  it('says so when no channel is configured', async () => {
    const result = await runCli(['notify', 'test', demoProject()]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('NOTIFY_NOT_CONFIGURED');
  });
});
