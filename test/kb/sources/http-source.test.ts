import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiveBot } from '../../../src/snapshot/live-bot.js';
import { cleanupAfterTest, petsAnswer } from '../../helpers/bot.js';
import { demoProject, readRepoFile } from '../../helpers/project.js';

/** A CDN stand-in: serves /kb/<lang>.json with strong ETags and honours If-None-Match. */
async function knowledgeServer() {
  const files = new Map(['en', 'ru', 'es'].map((lang) => [lang, readRepoFile(`kb/${lang}.json`)]));
  const log: Array<{ path: string; status: number }> = [];
  const server: Server = createServer((request, response) => {
    const lang = /^\/kb\/([a-z]+)\.json$/.exec(request.url ?? '')?.[1];
    const body = lang ? files.get(lang) : undefined;
    if (body === undefined) {
      log.push({ path: request.url ?? '', status: 404 });
      response.writeHead(404).end();
      return;
    }
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    const status = request.headers['if-none-match'] === etag ? 304 : 200;
    log.push({ path: request.url ?? '', status });
    response
      .writeHead(status, { etag, 'content-type': 'application/json' })
      .end(status === 200 ? body : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanupAfterTest(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { files, log, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function httpBot(base: string) {
  const dir = demoProject({ 'kb/en.json': null, 'kb/ru.json': null, 'kb/es.json': null });
  const path = join(dir, 'chatbot.config.yaml');
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(
      /knowledge:\n {2}source: dir\n {2}dir: kb\n/,
      `knowledge:\n  source: http\n  url: "${base}/kb/{lang}.json"\n  interval: 1h\n`,
    ),
  );
  const bot = await LiveBot.start({ projectDir: dir, mode: 'dev', env: {} });
  cleanupAfterTest(() => bot.close());
  return bot;
}

describe('knowledge over HTTP', () => {
  it('loads every language, then polls with If-None-Match and gets 304s while nothing changes', async () => {
    const cdn = await knowledgeServer();
    const bot = await httpBot(cdn.base);
    expect(petsAnswer(bot)).toBe('Only assistance dogs can join our tours.');
    expect(cdn.log.filter((entry) => entry.status === 200)).toHaveLength(3);
    expect(await bot.syncKnowledge()).toBe(false);
    expect(cdn.log.slice(3).map((entry) => entry.status)).toEqual([304, 304, 304]);
    expect(bot.status().reloads).toBe(0);
  });

  it('picks up a changed file and refuses an invalid one, keeping the last good knowledge', async () => {
    const cdn = await knowledgeServer();
    const bot = await httpBot(cdn.base);
    cdn.files.set(
      'en',
      cdn.files.get('en')!.replace('Only assistance dogs can join our tours.', 'Dogs are welcome.'),
    );
    expect(await bot.syncKnowledge()).toBe(true);
    expect(petsAnswer(bot)).toBe('Dogs are welcome.');

    cdn.files.set('en', '{ "greeting": "Hi", "fallback": "x", "blocks": [ }');
    expect(await bot.syncKnowledge()).toBe(false);
    expect(petsAnswer(bot)).toBe('Dogs are welcome.');
    expect(bot.status().lastError?.message).toMatch(
      new RegExp(`^${cdn.base.replace(/[.]/g, '\\.')}/kb/en\\.json:1:`),
    );
  });

  it('treats a language that disappeared as an error, not as empty knowledge', async () => {
    const cdn = await knowledgeServer();
    const bot = await httpBot(cdn.base);
    cdn.files.delete('es');
    expect(await bot.syncKnowledge()).toBe(false);
    expect(bot.status().lastError?.message).toContain('"es" is supported but');
    expect(bot.snapshot.knowledge('es').greeting).toContain('¡Hola!');
  });
});
