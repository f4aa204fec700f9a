import { describe, expect, it } from 'vitest';
import { isValidTimeZone } from '../../src/config/hours.js';
import { loadConfig } from '../../src/config/load.js';
import type { Finding } from '../../src/errors/finding.js';
import { sortFindings } from '../../src/source/finding-order.js';
import { colOf, project } from '../helpers/project.js';

async function load(
  yaml: string,
  mode: 'validate' | 'dev' | 'start' = 'validate',
  env: Record<string, string> = {},
  extra: Record<string, string> = {},
) {
  const dir = project({ 'chatbot.config.yaml': yaml, ...extra });
  const loaded = await loadConfig(dir, { mode, env });
  // A config that says nothing of server.origins gets start's note about it; the tests of that
  // note write the key, the others are about something else.
  if (yaml.includes('origins:')) return loaded;
  return { ...loaded, findings: loaded.findings.filter((f) => f.code !== 'CONFIG_NO_ORIGINS') };
}

const at = (finding: Finding | undefined) => finding && `${finding.line}:${finding.col}`;

describe('a minimal config', () => {
  it('is valid with three lines and gets every default', async () => {
    const { config, findings } = await load('name: Acme\nlanguages:\n  default: ru\n');
    expect(findings).toEqual([]);
    expect(config?.languages).toEqual({ default: 'ru' });
    expect(config?.server.port).toBe(3000);
    expect(config?.ai.cascade).toEqual([{ provider: 'offline' }]);
    expect(config?.handoff.waitTimeout).toBe(300_000);
    expect(config?.knowledge).toEqual({ source: 'dir', dir: 'kb' });
    expect(config?.widget.position).toBe('bottom-right');
  });

  it('turns durations into milliseconds', async () => {
    const { config } = await load(
      'name: A\nai:\n  cascade:\n    - { provider: openai, model: m, apiKey: k, timeouts: { firstToken: 1.5s, idle: 250ms, total: 2m } }\n',
    );
    const link = config?.ai.cascade[0];
    expect(link?.provider === 'openai' && link.timeouts).toEqual({
      firstToken: 1500,
      idle: 250,
      total: 120_000,
    });
  });
});

describe('schema findings point at file:line:col', () => {
  it('names an unknown key at the key and suggests the nearest one', async () => {
    const { findings, config } = await load('name: A\nhandoff:\n  failedAnswer: 3\n');
    expect(config).toBeUndefined();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      code: 'CONFIG_UNKNOWN_KEY',
      file: 'chatbot.config.yaml',
      line: 3,
      col: 3,
      keyPath: 'handoff.failedAnswer',
      hint: 'Did you mean "failedAnswers"?',
    });
  });

  it('lists the known keys when nothing is close', async () => {
    const { findings } = await load('name: A\nstorage:\n  zzzzzz: 1\n');
    expect(findings[0]?.hint).toBe('Known keys here: driver, dir, retention, url.');
  });

  it('finds unknown keys inside flow mappings of a list', async () => {
    const yaml =
      'name: A\nai:\n  cascade:\n    - { provider: openai, model: m, timeouts: { firstToken: 8s, idel: 3s } }\n';
    const { findings } = await load(yaml);
    expect(findings[0]).toMatchObject({
      code: 'CONFIG_UNKNOWN_KEY',
      line: 4,
      col: colOf(yaml, 'idel'),
      keyPath: 'ai.cascade[0].timeouts.idel',
      hint: 'Did you mean "idle"?',
    });
  });

  it('names a missing required key at its parent', async () => {
    const { findings } = await load(
      'name: A\nai:\n  cascade:\n    - provider: anthropic\n      apiKey: k\n',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'CONFIG_MISSING_KEY',
      keyPath: 'ai.cascade[0].model',
      line: 4,
      col: 7,
    });
    expect(findings[0]?.message).toContain('"model"');
  });

  it('requires a name', async () => {
    const { findings } = await load('languages: { default: en }\n');
    expect(findings[0]).toMatchObject({
      code: 'CONFIG_MISSING_KEY',
      keyPath: 'name',
      line: 1,
      col: 1,
    });
  });

  it('suggests the provider a typo meant', async () => {
    const { findings } = await load(
      'name: A\nai:\n  cascade:\n    - provider: antropic\n      model: m\n',
    );
    expect(findings[0]).toMatchObject({
      code: 'CONFIG_INVALID_VALUE',
      keyPath: 'ai.cascade[0].provider',
      line: 4,
      col: 17,
      hint: 'Did you mean "anthropic"?',
    });
  });

  it('reports a value of the wrong form at the value', async () => {
    const { findings } = await load(
      'name: A\nhandoff:\n  waitTimeout: 5 minutes\nwidget:\n  color: blue\n  position: top\n',
    );
    expect(findings.map((f) => [f.keyPath, at(f)])).toEqual([
      ['handoff.waitTimeout', '3:16'],
      ['widget.color', '5:10'],
      ['widget.position', '6:13'],
    ]);
    expect(findings[0]?.message).toContain('"8s"');
    expect(findings[2]?.message).toBe('Expected one of "bottom-right", "bottom-left", got "top"');
  });
});

describe('server.recovery.maxAge', () => {
  it('defaults to ten minutes, takes a duration, and refuses anything else at the value', async () => {
    expect((await load('name: A\n')).config?.server.recovery.maxAge).toBe(600_000);
    const zero = await load('name: A\nserver:\n  recovery: { maxAge: 0s }\n');
    expect(zero.config?.server.recovery.maxAge).toBe(0);
    const { findings } = await load('name: A\nserver:\n  recovery:\n    maxAge: soon\n');
    expect(findings.map((f) => [f.keyPath, at(f)])).toEqual([['server.recovery.maxAge', '4:13']]);
  });
});

describe("the business's country for phone numbers", () => {
  it('accepts a country code and refuses an alias or an unknown code at the value', async () => {
    const good = await load('name: A\nleads:\n  phoneCountry: ES\n');
    expect(good.findings).toEqual([]);
    expect(good.config?.leads.phoneCountry).toBe('ES');
    const { findings } = await load('name: A\nleads: { phoneCountry: UK }\n');
    expect(findings.map((f) => [f.keyPath, at(f), f.message])).toEqual([
      ['leads.phoneCountry', '2:24', '"UK" is an alias: write "GB"'],
    ]);
    const unknown = await load('name: A\nleads:\n  phoneCountry: XX\n');
    expect(unknown.findings.map((f) => [f.keyPath, at(f), f.message])).toEqual([
      ['leads.phoneCountry', '3:17', '"XX" is not a country code'],
    ]);
    for (const value of ['es', 'Spain', '""', '"34"']) {
      const { findings: wrong } = await load(`name: A\nleads:\n  phoneCountry: ${value}\n`);
      expect(
        wrong.map((f) => [f.keyPath, at(f), f.message]),
        value,
      ).toEqual([
        ['leads.phoneCountry', '3:17', 'Expected a country code like "ES", "GB" or "US"'],
      ]);
    }
  });
});

describe('YAML itself', () => {
  it('reports a syntax error where it is', async () => {
    const { findings } = await load('name: A\nserver:\n  port: 3000\n origins: []\n');
    expect(findings[0]?.code).toBe('CONFIG_SYNTAX');
    expect(findings[0]?.line).toBe(4);
  });

  it('refuses a key given twice', async () => {
    const { findings } = await load('name: A\nname: B\n');
    expect(findings[0]).toMatchObject({ code: 'CONFIG_DUPLICATE_KEY', line: 2, col: 1 });
  });

  it('reports an empty file as a missing name, not a crash', async () => {
    const { findings } = await load('');
    expect(findings[0]?.code).toBe('CONFIG_MISSING_KEY');
  });
});

describe('business hours', () => {
  it('accepts day ranges, several ranges a day and closed days', async () => {
    const { findings } = await load(
      'name: A\nhandoff:\n  hours: { timezone: Europe/Madrid, mon-fri: "09:00-13:00, 14:00-18:00", sat: "10:00-14:00", sun: closed, holidays: ["2026-12-25"] }\n',
    );
    expect(findings).toEqual([]);
  });

  it('points at a misspelt day and suggests the day', async () => {
    const { findings } = await load(
      'name: A\nhandoff:\n  hours:\n    timezone: Europe/Madrid\n    satu: "10:00-14:00"\n',
    );
    expect(findings[0]).toMatchObject({
      code: 'CONFIG_HOURS',
      line: 5,
      col: 5,
      hint: 'Did you mean "sat"?',
    });
  });

  it('refuses an unknown timezone, a day set twice, a backwards range and a bad time', async () => {
    const { findings } = await load(
      [
        'name: A',
        'handoff:',
        '  hours:',
        '    timezone: Europe/Madird',
        '    mon-fri: "09:00-18:00"',
        '    wed: "10:00-12:00"',
        '    sat: "14:00-10:00"',
        '    sun: "9-5"',
        '',
      ].join('\n'),
    );
    expect(sortFindings(findings).map((f) => [f.code, at(f)])).toEqual([
      ['CONFIG_HOURS', '4:15'],
      ['CONFIG_HOURS', '6:5'],
      ['CONFIG_HOURS', '7:10'],
      ['CONFIG_INVALID_VALUE', '8:10'],
    ]);
  });
});

describe('time zones', () => {
  it('accepts canonical names, aliases and UTC, and refuses the rest', () => {
    for (const zone of ['Europe/Madrid', 'America/Argentina/Buenos_Aires', 'UTC', 'US/Eastern'])
      expect(isValidTimeZone(zone), zone).toBe(true);
    for (const zone of ['Europe/Madird', 'Mars/Olympus', '', 'GMT+25'])
      expect(isValidTimeZone(zone), zone).toBe(false);
  });
});

describe('rules across fields', () => {
  it('requires the default language to be supported', async () => {
    const { findings } = await load('name: A\nlanguages:\n  default: de\n  supported: [en, ru]\n');
    expect(findings[0]).toMatchObject({ code: 'CONFIG_LANGUAGE', line: 3, col: 12 });
  });

  it('warns about keywords for a language the bot does not speak', async () => {
    const { findings, config } = await load('name: A\nhandoff:\n  keywords:\n    fr: [humain]\n');
    expect(config).toBeDefined();
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      code: 'CONFIG_UNUSED_LANGUAGE',
      line: 4,
      col: 5,
    });
  });
});

describe('ai.budget', () => {
  it('takes calls and tokens a day for the bot and per visitor, in UTC unless told', async () => {
    const { config, findings } = await load(
      'name: A\nai:\n  budget:\n    bot: { calls: 5000, tokens: 2000000 }\n    visitor: { calls: 40 }\n',
    );
    expect(findings).toEqual([]);
    expect(config?.ai.budget).toEqual({
      bot: { calls: 5000, tokens: 2000000 },
      visitor: { calls: 40 },
      timezone: 'UTC',
    });
  });

  it('refuses a limit with nothing in it, a negative count and an unknown timezone, at the value', async () => {
    const { findings } = await load(
      'name: A\nai:\n  budget:\n    bot: { calls: -1 }\n    visitor: {}\n    timezone: Mars/Olympus\n',
    );
    expect(findings.map((f) => [f.code, f.keyPath, f.line])).toEqual([
      ['CONFIG_INVALID_VALUE', 'ai.budget.bot.calls', 4],
      ['CONFIG_INVALID_VALUE', 'ai.budget.visitor', 5],
      ['CONFIG_INVALID_VALUE', 'ai.budget.timezone', 6],
    ]);
    expect(findings[1]!.message).toContain('Give calls, tokens or both');
  });
});

describe('server.origins', () => {
  it('warns at start, at the key, that an empty list lets no site show the chat', async () => {
    const yaml = 'name: A\nserver:\n  origins: []\n';
    const start = await load(yaml, 'start');
    expect(start.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'CONFIG_NO_ORIGINS',
        line: 3,
        keyPath: 'server.origins',
      }),
    ]);
    expect(start.findings[0]!.message).toContain('no website can show the chat');
    // In development any local page may embed the widget: nothing to say.
    expect((await load(yaml, 'dev')).findings).toEqual([]);
    const listed = await load('name: A\nserver:\n  origins: [https://a.example]\n', 'start');
    expect(listed.findings).toEqual([]);
  });
});

describe('environment interpolation', () => {
  const cascade =
    'name: A\nai:\n  cascade:\n    - { provider: openai, model: m, apiKey: "${OPENAI_API_KEY}" }\n    - { provider: offline }\n';

  it('substitutes set variables and defaults, and keeps $${ literal', async () => {
    const { config, findings } = await load(
      'name: Acme\nwidget:\n  title: "Hello $${NOT_A_VAR}"\nserver:\n  port: ${PORT}\n  origins: [https://acme.example]\napi:\n  keys: ["${API_KEY:-a-default-key-0123456789}", "${SECOND_KEY}"]\n',
      'start',
      { PORT: '8080', SECOND_KEY: 'second-key-0123456789' },
    );
    expect(findings).toEqual([]);
    expect(config?.widget.title).toBe('Hello ${NOT_A_VAR}');
    expect(config?.server.port).toBe(8080);
    expect(config?.api.keys).toEqual(['a-default-key-0123456789', 'second-key-0123456789']);
  });

  it('reads .env, with the environment winning', async () => {
    const { config } = await load(
      'name: A\napi:\n  keys: ["${A}-${B}"]\n',
      'start',
      { B: 'from-the-environment' },
      { '.env': 'A=file-0123456789\nB=file\n' },
    );
    expect(config?.api.keys).toEqual(['file-0123456789-from-the-environment']);
  });

  it('in dev, skips a provider whose key is unset, with a warning at the key', async () => {
    const { config, findings } = await load(cascade, 'dev');
    expect(config?.ai.cascade).toEqual([{ provider: 'offline' }]);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'CONFIG_PROVIDER_SKIPPED',
        line: 4,
        col: colOf(cascade, '"${OPENAI'),
        keyPath: 'ai.cascade[0].apiKey',
      }),
    ]);
  });

  it('keeps the provider when the key is set', async () => {
    const { config } = await load(cascade, 'dev', { OPENAI_API_KEY: 'sk-test' });
    expect(config?.ai.cascade[0]).toMatchObject({ provider: 'openai', apiKey: 'sk-test' });
  });

  it('falls back to the offline answerer when every provider is skipped', async () => {
    const { config } = await load(
      'name: A\nai:\n  cascade:\n    - { provider: anthropic, model: m, apiKey: "${K}" }\n',
      'dev',
    );
    expect(config?.ai.cascade).toEqual([{ provider: 'offline' }]);
  });

  it('in start, an unset variable outside the cascade is an error that names it', async () => {
    const { config, findings } = await load(
      'name: A\nknowledge:\n  source: git\n  url: ${KB_REPO}\n',
      'start',
    );
    expect(config).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'CONFIG_ENV_MISSING', line: 4, col: 8 }),
    ]);
    expect(findings[0]?.message).toContain('${KB_REPO}');
  });

  it('in dev, a notifier without its token is turned off, in start it is an error', async () => {
    const yaml = 'name: A\nnotify:\n  telegram: { token: "${TELEGRAM_BOT_TOKEN}", chatId: 1 }\n';
    const dev = await load(yaml, 'dev');
    expect(dev.config?.notify.telegram).toBeUndefined();
    expect(dev.findings[0]).toMatchObject({ severity: 'warning', code: 'CONFIG_ENV_MISSING' });
    const start = await load(yaml, 'start');
    expect(start.config).toBeUndefined();
    expect(start.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'CONFIG_ENV_MISSING' }),
    );
  });

  it('in validate, says nothing of a variable .env.example declares, and warns of one never set', async () => {
    const yaml =
      'name: A\nnotify:\n  telegram: { token: "${TELEGRAM_BOT_TOKEN}", chatId: 1 }\n  webhooks: [{ url: "https://x.example/h", secret: "${HOOK_SECRET}" }]\n';
    const { findings, config } = await load(
      yaml,
      'validate',
      {},
      { '.env.example': 'TELEGRAM_BOT_TOKEN=\n' },
    );
    expect(config).toBeDefined();
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'CONFIG_ENV_MISSING',
        line: 4,
        col: colOf(yaml, '"${HOOK'),
      }),
    ]);
    expect(findings[0]?.message).toContain('${HOOK_SECRET}');
    expect(findings[0]?.message).toContain('never set');
  });

  it('reports a malformed reference', async () => {
    const { findings } = await load('name: "${BAD-NAME}"\n', 'dev');
    expect(findings[0]).toMatchObject({ code: 'CONFIG_ENV_SYNTAX', line: 1, col: 7 });
    const unclosed = await load('name: "${OPEN"\n', 'dev');
    expect(unclosed.findings[0]?.code).toBe('CONFIG_ENV_SYNTAX');
  });
});

describe('which fields take ${VAR}', () => {
  const secrets = { CHATBOT_ADMIN_TOKEN: 'admin-token-0123456789abcdef', SECRET_TEXT: 'sk-live-9' };

  it('refuses a variable in a text visitors see, with its place, and never fills it in', async () => {
    const yaml =
      'name: "Bot ${SECRET_TEXT}"\nwidget:\n  title: "${TITLE:-Hello}"\ninbox:\n  canned:\n    - { shortcut: hi, text: "Hi ${SECRET_TEXT}" }\n';
    for (const mode of ['validate', 'dev', 'start'] as const) {
      const { config, findings, raw } = await load(yaml, mode, secrets);
      expect(config).toBeUndefined();
      expect(findings.map((f) => [f.code, f.keyPath, at(f)])).toEqual([
        ['CONFIG_ENV_NOT_ALLOWED', 'name', '1:7'],
        ['CONFIG_ENV_NOT_ALLOWED', 'widget.title', '3:10'],
        ['CONFIG_ENV_NOT_ALLOWED', 'inbox.canned[0].text', `6:${colOf(yaml, '"Hi ')}`],
      ]);
      expect(findings[0]?.message).toBe(
        'name does not take environment variables: ${SECRET_TEXT} could publish a secret there',
      );
      expect(JSON.stringify({ findings, raw })).not.toContain('sk-live-9');
    }
  });

  it("never interpolates the server's own secrets, even where variables are welcome", async () => {
    const yaml =
      'name: A\napi:\n  keys: ["${CHATBOT_ADMIN_TOKEN}"]\nnotify:\n  webhooks: [{ url: "https://x.example/h", secret: "${CHATBOT_SECRET:-fallback}" }]\n';
    const { config, findings, raw } = await load(yaml, 'start', {
      ...secrets,
      CHATBOT_SECRET: 'server-secret-0123456789-0123456789',
    });
    expect(config).toBeUndefined();
    expect(findings.map((f) => [f.code, f.keyPath, at(f)])).toEqual([
      ['CONFIG_ENV_RESERVED', 'api.keys[0]', '3:10'],
      ['CONFIG_ENV_RESERVED', 'notify.webhooks[0].secret', `5:${colOf(yaml, '"${CHATBOT_SECRET')}`],
    ]);
    expect(JSON.stringify({ findings, raw })).not.toMatch(/admin-token|server-secret/);
  });

  it('lets secrets by nature come from the environment', async () => {
    const yaml = [
      'name: A',
      'server: { port: "${PORT}", host: "${HOST}" }',
      'api: { keys: ["${CHATBOT_API_KEY}"] }',
      'ai:',
      '  cascade:',
      '    - { provider: openai, model: m, apiKey: "${OPENAI_API_KEY}", baseURL: "${OPENAI_URL}", organization: "${ORG}" }',
      '    - { provider: anthropic, model: m, apiKey: "${ANTHROPIC_API_KEY}" }',
      'notify:',
      '  telegram: { token: "${TG}", chatId: "${TG_CHAT}", apiBaseUrl: "${TG_URL}" }',
      '  webhooks: [{ url: "${HOOK_URL}", secret: "${HOOK_SECRET}" }]',
      'deploy: { targets: { production: { url: "${PROD_URL}" } } }',
      '',
    ].join('\n');
    const env = {
      PORT: '8080',
      HOST: '0.0.0.0',
      CHATBOT_API_KEY: 'api-key-0123456789abcdef',
      OPENAI_API_KEY: 'sk-1',
      OPENAI_URL: 'http://127.0.0.1:1/v1',
      ORG: 'org',
      ANTHROPIC_API_KEY: 'sk-2',
      TG: 'tg-token',
      TG_CHAT: '42',
      TG_URL: 'http://127.0.0.1:2',
      HOOK_URL: 'https://crm.example/h',
      HOOK_SECRET: 'hook',
      PROD_URL: 'https://bot.example',
    };
    const { config, findings } = await load(yaml, 'start', env);
    expect(findings).toEqual([]);
    expect(config?.notify.webhooks[0]).toMatchObject({ url: env.HOOK_URL, secret: 'hook' });
    expect(config?.deploy.targets.production?.url).toBe(env.PROD_URL);
    const git = await load(
      'name: A\nknowledge: { source: git, url: "${KB_REPO}", webhookSecret: "${KB_HOOK}" }\n',
      'start',
      { KB_REPO: 'https://git.example/kb.git', KB_HOOK: 'h' },
    );
    expect(git.findings).toEqual([]);
  });
});
