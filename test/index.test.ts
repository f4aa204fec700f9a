import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import pino from 'pino';
import { io as connect } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { createServer, LowdbStore, loadProject } from '../src/index.js';
import { demoProject, repoRoot, tempDir } from './helpers/project.js';
import { patientMs } from './helpers/wait.js';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

/** A project that depends on this package, as `npm install chatbot` would leave it. */
function dependentProject(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(repoRoot, join(dir, 'node_modules', manifest.name), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return dir;
}

describe('the package entry (after a build)', () => {
  it('points every export at a file the build made', () => {
    const root = manifest.exports['.'];
    expect(existsSync(join(repoRoot, root.default))).toBe(true);
    expect(existsSync(join(repoRoot, root.types))).toBe(true);
  });

  it('is imported by name and runs a real server from a project', () => {
    const script = `
      import { createServer, loadConfig, loadProject, validateProject, ChatbotError } from 'chatbot';
      const dir = process.argv[1];
      const server = await createServer({ projectDir: dir, mode: 'dev', env: {}, port: 0, watch: false });
      const { url } = await server.listen();
      const health = await fetch(url + '/healthz');
      const loaded = await loadConfig(dir, { mode: 'validate', env: {} });
      const valid = await validateProject(dir, { env: {} });
      const project = await loadProject(dir, { mode: 'dev', env: {} });
      await server.close();
      console.log(JSON.stringify({
        status: health.status,
        name: loaded.config?.name,
        errors: valid.findings.filter((f) => f.severity === 'error').length,
        error: typeof ChatbotError,
        languages: [...project.snapshot.languages.keys()].sort(),
      }));
    `;
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script, demoProject()],
      { cwd: dependentProject(), encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({
      status: 200,
      name: 'Sol y Mar Tours',
      errors: 0,
      error: 'function',
      languages: ['en', 'es', 'ru'],
    });
  }, 60_000);

  it('is typed: a TypeScript project that uses it type-checks, and a wrong option does not', () => {
    const dir = dependentProject();
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(repoRoot, 'node_modules', '@types')],
        },
        files: ['main.ts'],
      }),
    );
    const typecheck = (code: string) => {
      writeFileSync(join(dir, 'main.ts'), code);
      try {
        execFileSync(
          process.execPath,
          [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', dir],
          {
            cwd: dir,
            encoding: 'utf8',
          },
        );
        return 'ok';
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    };
    const uses = `
      import { createServer, loadProject, validateProject, type ChatServer, type Store } from 'chatbot';
      const project = await loadProject('.', { mode: 'start' });
      const name: string = project.config.name;
      const valid = await validateProject('.', {});
      const server: ChatServer = await createServer({ projectDir: project.dir, mode: 'start' });
      const store: Store | undefined = undefined;
      console.log(name, valid.findings.length, server.app, store);
    `;
    expect(typecheck(uses)).toBe('ok');
    expect(
      typecheck(`${uses}
await createServer({ projectDir: '.', mode: 'staging' });`),
    ).toMatch(/'"staging"' is not assignable/);
  }, 60_000);
});

describe('the library, mounted into an app of your own', () => {
  it('answers visitors over socket.io on your HTTP server, leaves your routes alone, and stores through the Store you give it', async () => {
    const dir = demoProject();
    const project = await loadProject(dir, { mode: 'dev', env: {} });
    expect(project.config.name).toBe('Sol y Mar Tours');
    expect([...project.snapshot.languages.keys()].sort()).toEqual(['en', 'es', 'ru']);

    // Your app: a route of its own and its own 404, on a server you create and listen with.
    const app = express();
    app.get('/hello', (_request, response) => {
      response.type('text').send('hi from the host app');
    });
    const httpServer = createHttpServer(app);
    const appended: string[] = [];
    const store = new (class extends LowdbStore {
      override async append(...args: Parameters<LowdbStore['append']>) {
        appended.push(args[1].kind);
        return super.append(...args);
      }
    })(join(tempDir(), 'conversations-elsewhere'));
    const chat = await createServer({
      projectDir: dir,
      mode: 'dev',
      env: {},
      logger: pino({ level: 'silent' }),
      watch: false,
      httpServer,
      store,
    });
    app.use(chat.app);
    app.use((_request, response) => {
      response.status(404).type('text').send('the host app has no such page');
    });
    await new Promise<void>((done) => httpServer.listen(0, '127.0.0.1', done));
    const { url } = await chat.listen();
    const socket = connect(`${url}/visitor`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const session = new Promise<{ visitorId: string }>((done) => socket.once('session', done));
    try {
      const hello = await fetch(`${url}/hello`);
      expect(await hello.text()).toBe('hi from the host app');
      // The chat's headers are the chat's: your pages get none of its security policy.
      expect(hello.headers.get('content-security-policy')).toBeNull();
      const missing = await fetch(`${url}/no-such-page`);
      expect([missing.status, await missing.text()]).toEqual([
        404,
        'the host app has no such page',
      ]);
      const settings = await fetch(`${url}/api/widget/settings?lang=es`);
      expect(((await settings.json()) as { lang: string }).lang).toBe('es');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);

      expect((await session).visitorId).toEqual(expect.any(String));
      const replied = new Promise<{ text: string; author: { kind: string } }>((done) =>
        socket.on('entry', (entry: { text: string; author: { kind: string } }) => {
          if (entry.author.kind === 'bot') done(entry);
        }),
      );
      const ack = (await socket.timeout(patientMs).emitWithAck('message', {
        text: 'How much is the Montserrat tour?',
      })) as { ok: boolean; conversationId: string };
      expect(ack.ok).toBe(true);
      expect((await replied).text).toMatch(/Montserrat/);
      // Stored through the given driver, in its folder, not in the project's data folder.
      expect(appended).toContain('message');
      expect(existsSync(join(store.dir, 'conversations'))).toBe(true);
      expect(existsSync(join(dir, project.config.storage.dir, 'conversations'))).toBe(false);
    } finally {
      socket.disconnect();
      await chat.close();
    }
    // Closing the chat leaves your server serving.
    expect(httpServer.listening).toBe(true);
    expect(await (await fetch(`${url}/hello`)).text()).toBe('hi from the host app');
    await new Promise<void>((done) => httpServer.close(() => done()));
  }, 60_000);
});
