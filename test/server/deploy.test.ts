/**
 * `chatbot deploy`, `versions` and `rollback` as a bot author runs them, against a real
 * `chatbot start` process, with visitors asking over socket.io.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleVersion } from '../../src/deploy/bundle.js';
import { serverNodeOptions } from '../../src/deploy/node-options.js';
import type { VisitorEntry } from '../../src/protocol/index.js';
import { startLlmFake } from '../fakes/llm-fake.js';
import { configWithFakeModel } from '../helpers/ai.js';
import { runCli } from '../helpers/cli.js';
import { type ServerProcess, startProcess } from '../helpers/process-server.js';
import { commitAll, demoProject, lineOf, readRepoFile } from '../helpers/project.js';
import { emit, once, record, startServer, visitor, waitFor } from '../helpers/server.js';
import { eventually, gate, patientMs } from '../helpers/wait.js';

const token = 'admin-token-0123456789abcdef';
const running: ServerProcess[] = [];
afterEach(() => {
  for (const server of running.splice(0)) server.child.kill('SIGKILL');
});

const dogsBefore = 'Only assistance dogs can join our tours.';
const dogsAfter = 'Dogs of every size are welcome on our tours.';

/** The author's copy of the bot, a git repository, with the pets answer changed. */
function authorProject(pets = dogsAfter, config = readRepoFile('chatbot.config.yaml')): string {
  const dir = demoProject({
    'chatbot.config.yaml': config,
    'kb/en.json': readRepoFile('kb/en.json').replace(dogsBefore, pets),
    'tests/pets.yaml': `cases:\n  - name: Pets\n    lang: en\n    turns:\n      - visitor: Can I bring my dog?\n        contains: "${pets.split(' ').slice(0, 2).join(' ')}"\n`,
  });
  commitAll(dir, 'Dogs welcome');
  return dir;
}

async function production(config?: string): Promise<ServerProcess> {
  const server = await startProcess(demoProject(config ? { 'chatbot.config.yaml': config } : {}));
  running.push(server);
  return server;
}

const chatbot = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  runCli(args, { cwd, env: { CHATBOT_ADMIN_TOKEN: token, ...env }, timeoutMs: 60_000 });

let asked = 0;
async function ask(url: string, text: string): Promise<string> {
  const socket = visitor(url, { lang: 'en' });
  await once(socket, 'session');
  const reply = waitFor<VisitorEntry>(socket, 'entry', (entry) => entry.author?.kind === 'bot');
  const ack = await emit<{ ok: boolean }>(socket, 'message', { clientId: `q${asked++}`, text });
  expect(ack.ok).toBe(true);
  const answer = (await reply).text ?? '';
  socket.disconnect();
  return answer;
}

const versions = async (url: string, cwd: string) =>
  JSON.parse((await chatbot(['versions', '--url', url, '--json'], cwd)).stdout) as {
    active: string;
    versions: Array<{ version: string; source: string; git?: { subject: string } }>;
  };

describe('chatbot deploy', () => {
  it('ships a tested bundle: the next answer uses the new knowledge, with no restart', async () => {
    const server = await production();
    const author = authorProject();
    expect(await ask(server.url, 'Can I bring my dog?')).toContain(dogsBefore);

    const dry = await chatbot(['deploy', '--url', server.url, '--dry-run'], author);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/Dry run: .* would serve [0-9a-f]{12} \(was [0-9a-f]{12}\)/);
    expect(dry.stdout).toContain('kb/en.json  ~1 block (practical)');
    expect(await ask(server.url, 'Can I bring my dog?')).toContain(dogsBefore);

    const deployed = await chatbot(['deploy', '--url', server.url], author);
    expect(deployed.code, deployed.stderr).toBe(0);
    expect(deployed.stdout).toContain('✓ Pets'); // the conversation tests ran first
    expect(deployed.stdout).toMatch(/Deployed ([0-9a-f]{12}) to .* \(was [0-9a-f]{12}\) in \d+ ms/);
    expect(deployed.stdout).toContain('kb/en.json  ~1 block (practical)');
    expect(await ask(server.url, 'Can I bring my dog?')).toContain(dogsAfter);

    const listed = await versions(server.url, author);
    expect(listed.versions.map((v) => v.source)).toEqual(['server files', 'deploy']);
    expect(listed.active).toBe(listed.versions[1]!.version);
    expect(listed.versions[1]!.git?.subject).toBe('Dogs welcome');
    const table = await chatbot(['versions', '--url', server.url], author);
    expect(table.stdout).toMatch(/● {2}[0-9a-f]{12} .* deploy .* Ann: Dogs welcome/);
    expect(server.logs()).not.toContain('"level":50');
  });

  it('refuses a bundle the server finds invalid with file:line errors, and the old knowledge answers', async () => {
    const server = await production();
    const author = authorProject();
    const out = join(author, 'bot.json');
    expect((await chatbot(['build', '--out', out, '--no-tests'], author)).code).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    // Edited after the build, as a careless script might: validation on the server catches it.
    bundle.files['kb/en.json'] = bundle.files['kb/en.json'].replace(
      '"title": "About Sol y Mar Tours"',
      '"title": 5',
    );
    bundle.version = bundleVersion(bundle.files);
    writeFileSync(out, JSON.stringify(bundle));
    const refused = await chatbot(['deploy', '--url', server.url, '--bundle', out], author);
    expect(refused.code).toBe(1);
    const line = lineOf(readRepoFile('kb/en.json'), '"title": "About Sol y Mar Tours"');
    expect(refused.stderr).toContain(`kb/en.json:${line}:16`);
    // The code frame shows the line that was sent, not the author's unchanged file.
    expect(refused.stderr).toMatch(new RegExp(`> +${line} \\|       "title": 5,`));
    expect(refused.stderr).toContain('The server refused it');
    expect(await ask(server.url, 'Can I bring my dog?')).toContain(dogsBefore);
    expect((await versions(server.url, author)).versions).toHaveLength(1);

    // A bundle changed without a new hash, or one climbing out of its folder, is not a bundle.
    const tampered = { ...bundle, files: { ...bundle.files, 'kb/en.json': '{}' } };
    const escaping = { ...bundle, files: { ...bundle.files, '../../evil.json': '{}' } };
    for (const body of [tampered, escaping]) {
      const response = await fetch(`${server.url}/api/admin/deploy`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
    }
    expect(existsSync(join(author, '..', 'evil.json'))).toBe(false);
  });

  it('refuses a config that would publish a secret, framing the lines that were sent', async () => {
    const server = await production();
    const author = authorProject();
    const out = join(author, 'bot.json');
    expect((await chatbot(['build', '--out', out, '--no-tests'], author)).code).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    // Built elsewhere, or edited after the build: only the server's own check stands between
    // this config and every visitor reading the admin token in the widget's header.
    bundle.files['chatbot.config.yaml'] = bundle.files['chatbot.config.yaml'].replace(
      'name: Sol y Mar Tours',
      'name: "Bot ${CHATBOT_ADMIN_TOKEN}"',
    );
    bundle.version = bundleVersion(bundle.files);
    writeFileSync(out, JSON.stringify(bundle));

    const refused = await chatbot(['deploy', '--url', server.url, '--bundle', out], author);
    expect(refused.code).toBe(1);
    const line = lineOf(readRepoFile('chatbot.config.yaml'), 'name: Sol y Mar Tours');
    expect(refused.stderr).toContain(
      `error chatbot.config.yaml:${line}:7 name CONFIG_ENV_RESERVED`,
    );
    // The frame is the refused bundle's line; the author's own file still says something else.
    expect(refused.stderr).toContain(`> ${line} | name: "Bot \${CHATBOT_ADMIN_TOKEN}"`);
    expect(refused.stderr).not.toContain('name: Sol y Mar Tours');
    expect(refused.stderr).toMatch(/✖ 1 error, \d+ warnings? in \d+ files checked/);
    expect(refused.stderr).not.toContain(token);

    for (const lang of ['en', 'ru', 'es']) {
      const settings = await (await fetch(`${server.url}/api/widget/settings?lang=${lang}`)).text();
      expect(settings).toContain('Sol y Mar Tours');
      expect(settings).not.toContain(token);
    }
    expect((await versions(server.url, author)).versions).toHaveLength(1);
  });

  it('never shows a secret in the widget settings, even with every variable-taking field set', async () => {
    const secrets = {
      CHATBOT_API_KEY: 'public-api-key-secret-0123456789',
      TG_TOKEN: 'telegram-token-secret-0123456789',
      HOOK_SECRET: 'webhook-secret-0123456789',
    };
    const config = readRepoFile('chatbot.config.yaml')
      .replace('storage:', 'api:\n  keys: ["${CHATBOT_API_KEY}"]\n\nstorage:')
      .concat(
        '\nnotify:\n  telegram: { token: "${TG_TOKEN}", chatId: 1, apiBaseUrl: "http://127.0.0.1:9" }\n  webhooks: [{ url: "http://127.0.0.1:9/h", secret: "${HOOK_SECRET}" }]\n',
      );
    const server = await startProcess(demoProject({ 'chatbot.config.yaml': config }), secrets);
    running.push(server);
    for (const lang of ['en', 'ru', 'es', 'de']) {
      const settings = await (await fetch(`${server.url}/api/widget/settings?lang=${lang}`)).text();
      for (const value of [token, ...Object.values(secrets)]) expect(settings).not.toContain(value);
    }

    // A visible text with a variable does not start at all.
    const leaky = demoProject({
      'chatbot.config.yaml': config.replace('name: Sol y Mar Tours', 'name: "${HOOK_SECRET}"'),
    });
    const failed = await startProcess(leaky, secrets).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(failed).toContain('CONFIG_ENV_NOT_ALLOWED');
    expect(failed).not.toContain(secrets.HOOK_SECRET);
  });

  it('rolls back to the previous answers, or to a version by name', async () => {
    const server = await production();
    const first = authorProject();
    expect((await chatbot(['deploy', '--url', server.url, '--no-tests'], first)).code).toBe(0);
    const second = authorProject('Cats ride free on every tour.');
    expect((await chatbot(['deploy', '--url', server.url, '--no-tests'], second)).code).toBe(0);
    expect(await ask(server.url, 'Can I bring my dog?')).toContain('Cats ride free');

    const back = await chatbot(['rollback', '--url', server.url], first);
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toMatch(/Rolled .* back to [0-9a-f]{12}/);
    expect(await ask(server.url, 'Can I bring my dog?')).toContain(dogsAfter);

    const { versions: kept } = await versions(server.url, first);
    const original = kept[0]!.version;
    expect((await chatbot(['rollback', original, '--url', server.url], first)).code).toBe(0);
    expect(await ask(server.url, 'Can I bring my dog?')).toContain(dogsBefore);

    // By the commit it was built from, as `git log` shows it.
    const commit = execFileSync('git', ['-C', second, 'rev-parse', '--short=7', 'HEAD'], {
      encoding: 'utf8',
    }).trim();
    expect((await chatbot(['rollback', commit, '--url', server.url], first)).code).toBe(0);
    expect(await ask(server.url, 'Can I bring my dog?')).toContain('Cats ride free');
    expect((await chatbot(['rollback', original, '--url', server.url], first)).code).toBe(0);

    const unknown = await chatbot(['rollback', 'ffffffffffff', '--url', server.url], first);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('VERSION_UNKNOWN');
    expect(await ask(server.url, 'Can I bring my dog?')).toContain(dogsBefore);
  });

  it('changes nothing with a wrong token (401), and says which variable the token comes from', async () => {
    const server = await production();
    const author = authorProject();
    const wrong = await chatbot(['deploy', '--url', server.url, '--no-tests'], author, {
      CHATBOT_ADMIN_TOKEN: 'not-the-token-0123456789',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('DEPLOY_UNAUTHORIZED');
    expect(await ask(server.url, 'Can I bring my dog?')).toContain(dogsBefore);
    const response = await fetch(`${server.url}/api/admin/versions`);
    expect(response.status).toBe(401);

    const named = authorProject(
      dogsAfter,
      readRepoFile('chatbot.config.yaml').concat(
        `\ndeploy:\n  targets:\n    production:\n      url: ${server.url}\n      tokenEnv: PROD_ADMIN_TOKEN\n`,
      ),
    );
    const missing = await chatbot(['deploy', 'production', '--no-tests'], named);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('PROD_ADMIN_TOKEN is not set');
    const unknown = await chatbot(['deploy', 'staging', '--no-tests'], named);
    expect(unknown.stderr).toContain('No deploy target "staging"');
    const byName = await chatbot(['deploy', '--no-tests'], named, { PROD_ADMIN_TOKEN: token });
    expect(byName.code, byName.stderr).toBe(0);
    expect(byName.stdout).toContain('to production');
  });

  it('serializes two deploys at once: both land, one after the other', async () => {
    const server = await production();
    const [a, b] = await Promise.all([
      chatbot(['deploy', '--url', server.url, '--no-tests'], authorProject('Dogs pay €5.')),
      chatbot(['deploy', '--url', server.url, '--no-tests'], authorProject('Dogs pay €9.')),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const version = (output: string) => /Deployed ([0-9a-f]{12})/.exec(output)![1]!;
    const was = (output: string) => /\(was ([0-9a-f]{12})\)/.exec(output)![1]!;
    // Whichever went second saw the first as the version it replaced.
    const [earlier, later] = was(b.stdout) === version(a.stdout) ? [a, b] : [b, a];
    expect(was(later.stdout)).toBe(version(earlier.stdout));
    const listed = await versions(server.url, demoProject());
    expect(listed.versions).toHaveLength(3);
    expect(listed.active).toBe(version(later.stdout));
  });

  it('keeps the deployed version across a restart, keeps deploy.keep versions, and turns edited server files into a version on SIGHUP', async () => {
    const config = readRepoFile('chatbot.config.yaml').concat('\ndeploy:\n  keep: 2\n');
    const serverDir = demoProject({ 'chatbot.config.yaml': config });
    let server = await startProcess(serverDir);
    running.push(server);
    for (const pets of ['Dogs pay €5.', 'Dogs pay €7.', dogsAfter]) {
      // The last one also names another data folder, which the server must not follow.
      const author = authorProject(
        pets,
        pets === dogsAfter ? config.replace('  dir: data', '  dir: elsewhere') : config,
      );
      expect((await chatbot(['deploy', '--url', server.url, '--no-tests'], author)).code).toBe(0);
    }
    const releases = readdirSync(join(serverDir, 'data/releases')).filter((name) =>
      /^[0-9a-f]{12}$/.test(name),
    );
    expect(releases).toHaveLength(2);

    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    server = await startProcess(serverDir);
    running.push(server);
    expect(await ask(server.url, 'Can I bring my dog?')).toContain(dogsAfter);
    expect(existsSync(join(serverDir, 'elsewhere'))).toBe(false);

    writeFileSync(
      join(serverDir, 'kb/en.json'),
      readRepoFile('kb/en.json').replace(dogsBefore, 'Edited on the server: dogs welcome.'),
    );
    server.child.kill('SIGHUP');
    await eventually(
      () => server.logs().includes('"source":"server files"'),
      'the server files to become a version',
    );
    expect(await ask(server.url, 'Can I bring my dog?')).toContain('Edited on the server');
    const listed = await versions(server.url, serverDir);
    expect(listed.versions.at(-1)?.source).toBe('server files');
  });

  it('lets a reply in flight finish on the old version; the next one reads the new', async () => {
    const chunks = ['Let me ', 'check: ', 'our pet ', 'rules ', 'apply.'];
    // The model holds the rest of its reply until the deploy has landed: the reply is still
    // streaming then, whatever the machine's speed.
    const deployLanded = gate();
    const fake = await startLlmFake('openai', { kind: 'text', chunks, hold: deployLanded.opened });
    try {
      const config = configWithFakeModel(fake.baseURL);
      const server = await production(config);
      const socket = visitor(server.url, { lang: 'en' });
      await once(socket, 'session');
      const resets = record(socket, 'reply');
      const stored = waitFor<VisitorEntry>(
        socket,
        'entry',
        (entry) => entry.author?.kind === 'bot',
      );
      await emit(socket, 'message', { clientId: 'slow', text: 'Can I bring my dog?' });
      await waitFor(socket, 'reply', (event: { phase: string }) => event.phase === 'delta');

      const deployed = await chatbot(
        ['deploy', '--url', server.url, '--no-tests'],
        authorProject(dogsAfter, config),
      );
      expect(deployed.code, deployed.stderr).toBe(0);
      deployLanded.open();
      // The reply began before the deploy landed and finishes whole, on the knowledge it began with.
      expect((await stored).text).toBe(chunks.join(''));
      expect(resets.filter((event) => (event as { phase: string }).phase === 'reset')).toEqual([]);
      const prompt = (index: number) => JSON.stringify(fake.requests[index]?.body.messages);
      expect(prompt(0)).toContain(dogsBefore);
      expect(prompt(0)).not.toContain(dogsAfter);

      fake.script({ kind: 'text', chunks: ['Yes.'] });
      const next = waitFor<VisitorEntry>(socket, 'entry', (entry) => entry.author?.kind === 'bot');
      await emit(socket, 'message', { clientId: 'next', text: 'And a big dog?' });
      await next;
      expect(prompt(1)).toContain(dogsAfter);
    } finally {
      await fake.close();
    }
  });

  it('loses no message and disconnects no one while 200 visitors chat through a deploy', async () => {
    // However many rounds the deploy takes to land, nobody reaches the AI message limit.
    const config = readRepoFile('chatbot.config.yaml')
      .replace(
        '  origins: []',
        '  origins: []\n  limits: { requestsPerMinute: 100000, messagesPerMinute: 1000 }',
      )
      .replace('maxAiMessages: 30', 'maxAiMessages: 100000');
    const server = await production(config);
    const visitors = await Promise.all(
      Array.from({ length: 200 }, async () => {
        const socket = visitor(server.url, { lang: 'en' }, { transports: ['websocket'] });
        await once(socket, 'session');
        return socket;
      }),
    );
    let disconnects = 0;
    for (const socket of visitors) socket.on('disconnect', () => disconnects++);
    const entries = visitors.map((socket) => record<VisitorEntry>(socket, 'entry'));

    // Everyone has an answer from the old version before the deploy starts, keeps chatting until
    // it has landed, and asks once more after it.
    const first = await Promise.all(
      visitors.map(async (socket, index) => {
        const answered = waitFor<VisitorEntry>(
          socket,
          'entry',
          (entry) => entry.author?.kind === 'bot',
        );
        const ack = (await socket.timeout(patientMs).emitWithAck('message', {
          clientId: `v${index}-first`,
          text: 'Can I bring my dog?',
        })) as { id: string };
        await answered;
        return ack.id;
      }),
    );
    let landed = false;
    const deploy = chatbot(
      ['deploy', '--url', server.url, '--no-tests'],
      authorProject(dogsAfter, config),
    );
    void deploy.then(() => {
      landed = true;
    });
    const acks = await Promise.all(
      visitors.map(async (socket, index) => {
        const ids: string[] = [first[index]!];
        let after = 0;
        for (let round = 0; after < 1; round++) {
          if (landed) after++;
          await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 200));
          const ack = await socket.timeout(patientMs).emitWithAck('message', {
            clientId: `v${index}-${round}`,
            text: 'Can I bring my dog?',
          });
          ids.push((ack as { id: string }).id);
        }
        return ids;
      }),
    );
    const deployed = await deploy;
    expect(deployed.code, deployed.stderr).toBe(0);
    // Every reply arrives, old knowledge or new, and every acknowledged message is stored.
    await eventually(
      () =>
        entries.every(
          (seen, index) =>
            seen.filter((entry) => entry.author?.kind === 'bot').length >= acks[index]!.length,
        ),
      'every reply',
    );
    const answered = { before: 0, after: 0 };
    for (const [index, seen] of entries.entries()) {
      const sent = acks[index]!;
      const stored = (await visitors[index]!.timeout(patientMs).emitWithAck('sync', {
        after: 0,
      })) as {
        entries: VisitorEntry[];
      };
      const mine = stored.entries.filter((entry) => entry.author?.kind === 'visitor');
      const answers = seen.filter((entry) => entry.author?.kind === 'bot');
      expect(sent.every(Boolean)).toBe(true);
      expect(new Set(sent).size).toBe(sent.length);
      expect(mine.map((entry) => entry.id)).toEqual(sent);
      expect(answers).toHaveLength(sent.length);
      for (const answer of answers) {
        if (answer.text?.includes(dogsBefore)) answered.before++;
        else if (answer.text?.includes(dogsAfter)) answered.after++;
        else throw new Error(`unexpected answer: ${answer.text}`);
      }
    }
    // The deploy really landed in the middle of the conversations.
    expect(answered.before).toBeGreaterThanOrEqual(200);
    expect(answered.after).toBeGreaterThanOrEqual(200);
    expect(disconnects).toBe(0);
    expect(visitors.every((socket) => socket.connected)).toBe(true);
    expect(await ask(server.url, 'Can I bring my dog?')).toContain(dogsAfter);
  }, 300_000);
});

describe('deploy targets and the dev server', () => {
  it('refuses deploys on `chatbot dev`, which serves the files in its folder', async () => {
    const { url } = await startServer({ env: { CHATBOT_ADMIN_TOKEN: token } });
    const response = await fetch(`${url}/api/admin/versions`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'dev_server' });
  });

  it('prints a systemd unit for this project', async () => {
    const dir = demoProject();
    const printed = await chatbot(['deploy', '--print', 'systemd', '--user', 'bot'], dir);
    expect(printed.code).toBe(0);
    const unit = printed.stdout;
    expect(unit).toContain(`WorkingDirectory=${dir}`);
    expect(unit).toMatch(
      new RegExp(
        `ExecStart=${process.execPath} ${serverNodeOptions().join(' ')} \\S+/bin/chatbot\\.js start ${dir}`,
      ),
    );
    const bin = /ExecStart=.* (\S+) start /.exec(unit)![1]!;
    expect(existsSync(bin)).toBe(true);
    expect(unit).toContain('ExecReload=/bin/kill -HUP $MAINPID');
    expect(unit).toContain(`ReadWritePaths=${join(dir, 'data')}`);
    expect(unit).toContain('User=bot');
    expect(unit).toContain('TimeoutStopSec=20');
    // Conversations and contacts are the service user's alone.
    expect(unit).toMatch(/^UMask=0077$/m);
  });
});
