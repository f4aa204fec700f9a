import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signBody } from '../../../src/kb/sources/git-webhook.js';
import { LiveBot } from '../../../src/snapshot/live-bot.js';
import { cleanupAfterTest, petsAnswer } from '../../helpers/bot.js';
import { readRepoFile, repoRoot, tempDir } from '../../helpers/project.js';

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Editor',
  GIT_AUTHOR_EMAIL: 'editor@example.com',
  GIT_COMMITTER_NAME: 'Editor',
  GIT_COMMITTER_EMAIL: 'editor@example.com',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: gitEnv, stdio: 'pipe' }).toString().trim();

/** A bare "origin" holding the demo knowledge, an editor's clone, and a bot project using git. */
function setup() {
  const root = tempDir();
  const origin = join(root, 'origin.git');
  const editor = join(root, 'editor');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  git(root, 'clone', '--quiet', origin, editor);
  git(editor, 'checkout', '--quiet', '-b', 'main');
  cpSync(join(repoRoot, 'kb'), join(editor, 'kb'), { recursive: true });
  git(editor, 'add', '.');
  git(editor, 'commit', '--quiet', '-m', 'Knowledge');
  git(editor, 'push', '--quiet', 'origin', 'main');

  const project = join(root, 'bot');
  mkdirSync(project);
  cpSync(join(repoRoot, 'templates'), join(project, 'templates'), { recursive: true });
  const config = readRepoFile('chatbot.config.yaml').replace(
    /knowledge:\n {2}source: dir\n {2}dir: kb\n/,
    `knowledge:\n  source: git\n  url: ${origin}\n  branch: main\n  path: kb\n  interval: 1h\n  webhookSecret: s3cret\n`,
  );
  writeFileSync(join(project, 'chatbot.config.yaml'), config);

  const commit = (edit: (kb: string) => string, message: string) => {
    const path = join(editor, 'kb/en.json');
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    git(editor, 'commit', '--quiet', '-am', message);
    git(editor, 'push', '--quiet', 'origin', 'main');
    return git(editor, 'rev-parse', 'HEAD');
  };
  return { project, editor, commit };
}

async function startBot(project: string) {
  const bot = await LiveBot.start({ projectDir: project, mode: 'dev', env: {} });
  cleanupAfterTest(() => bot.close());
  return bot;
}

describe('knowledge from git', () => {
  it('answers from the repository, picks up a good commit, and refuses a bad one', async () => {
    const { project, commit } = setup();
    const bot = await startBot(project);
    expect(petsAnswer(bot)).toBe('Only assistance dogs can join our tours.');
    expect(bot.status()).toMatchObject({
      source: 'git',
      knowledgeVersion: expect.stringMatching(/^[0-9a-f]{40}$/),
    });

    const good = commit(
      (kb) =>
        kb.replace(
          'Only assistance dogs can join our tours.',
          'Small dogs are welcome on day trips.',
        ),
      'Allow small dogs',
    );
    expect(await bot.syncKnowledge()).toBe(true);
    expect(petsAnswer(bot)).toBe('Small dogs are welcome on day trips.');
    expect(bot.status().knowledgeVersion).toBe(good);

    // A trailing comma in a pushed file: refused, named by file and line, old knowledge answers.
    commit(
      (kb) => kb.replace('"greeting":', '"greeting": "x",\n  "oops": [1,],\n  "fallback2":'),
      'Broken edit',
    );
    expect(await bot.syncKnowledge()).toBe(false);
    expect(petsAnswer(bot)).toBe('Small dogs are welcome on day trips.');
    expect(bot.status().knowledgeVersion).toBe(good);
    expect(bot.status().lastError?.message).toMatch(
      /^kb\/en\.json@[0-9a-f]{7}:4:\d+ Trailing comma/,
    );
  });

  it('does nothing when nothing was pushed', async () => {
    const { project } = setup();
    const bot = await startBot(project);
    expect(await bot.syncKnowledge()).toBe(false);
    expect(bot.status().reloads).toBe(0);
  });

  it('pulls at once on a webhook with a good signature and ignores a bad one', async () => {
    const { project, commit } = setup();
    const bot = await startBot(project);
    const handler = bot.gitWebhook()!;
    const server: Server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanupAfterTest(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/git`;
    const body = JSON.stringify({ ref: 'refs/heads/main' });

    commit(
      (kb) => kb.replace('Only assistance dogs can join our tours.', 'Dogs ride free.'),
      'Dogs ride free',
    );
    const bad = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'x-hub-signature-256': signBody('wrong', body) },
    });
    expect(bad.status).toBe(401);
    const missing = await fetch(url, { method: 'POST', body });
    expect(missing.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(petsAnswer(bot)).toBe('Only assistance dogs can join our tours.');

    const good = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'x-hub-signature-256': signBody('s3cret', body) },
    });
    expect(good.status).toBe(202);
    const deadline = Date.now() + 60_000;
    while (petsAnswer(bot) !== 'Dogs ride free.' && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(petsAnswer(bot)).toBe('Dogs ride free.');
  });

  it('fails to start with a clear error when the repository cannot be reached', async () => {
    const { project } = setup();
    const config = join(project, 'chatbot.config.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        /url: .*origin\.git/,
        `url: ${join(project, 'missing.git')}`,
      ),
    );
    const error = await LiveBot.start({ projectDir: project, mode: 'dev', env: {} }).catch(
      (e: Error) => e,
    );
    expect(String(error)).toMatch(/Could not fetch knowledge/);
    rmSync(join(project, 'data'), { recursive: true, force: true });
  });
});
