import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/project.js';
import { TmuxSession } from './helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
});

function chatbotInTerminal(args: string): TmuxSession {
  const session = new TmuxSession(`node ${join(repoRoot, 'bin/chatbot.js')} ${args}`, {
    env: { NO_COLOR: '' },
  });
  sessions.push(session);
  return session;
}

const clearField = (session: TmuxSession) => {
  for (let i = 0; i < 30; i++) session.keys('BSpace');
};

describe('chatbot init at a terminal', () => {
  it('asks for the name and languages, rejects a bad answer in place, and scaffolds', async () => {
    const dir = join(tempDir(), 'tty-bot');
    const session = chatbotInTerminal(`init ${dir} --no-install`);

    await session.waitFor('Bot or company name');
    expect(session.screen()).toContain('Tty Bot'); // the default, from the directory name
    clearField(session);
    session.type('Nordwind Ferries');
    session.keys('Enter');

    await session.waitFor('Languages, the default first');
    clearField(session);
    session.type('en,xx1');
    session.keys('Enter');
    await session.waitFor('Invalid language list "en,xx1": xx1');
    expect(existsSync(join(dir, 'chatbot.config.yaml'))).toBe(false);

    clearField(session);
    session.type('es,en');
    session.keys('Enter');
    const screen = await session.waitFor('[exit 0]');
    expect(screen).toContain('Created');
    expect(screen).toContain('npx chatbot validate');

    const config = readFileSync(join(dir, 'chatbot.config.yaml'), 'utf8');
    expect(config).toContain('name: Nordwind Ferries');
    expect(config).toContain('supported: [ es, en ]');
    expect(existsSync(join(dir, 'kb/es.json'))).toBe(true);
    expect(existsSync(join(dir, 'kb/ru.json'))).toBe(false);
  });

  it('writes nothing when cancelled with Ctrl-C', async () => {
    const dir = join(tempDir(), 'cancelled');
    const session = chatbotInTerminal(`init ${dir} --no-install`);
    await session.waitFor('Bot or company name');
    session.keys('C-c');
    const screen = await session.waitFor(/\[exit \d+\]/);
    expect(screen).toContain('Nothing was written.');
    expect(screen).toContain('[exit 130]');
    expect(existsSync(join(dir, 'chatbot.config.yaml'))).toBe(false);
  });

  it('refuses a non-empty directory before asking anything', async () => {
    const session = chatbotInTerminal(`init ${repoRoot}`);
    const screen = await session.waitFor(/\[exit \d+\]/);
    expect(screen).toContain('INIT_NOT_EMPTY');
    expect(screen).not.toContain('Languages, the default first');
    expect(screen).toContain('[exit 1]');
  });
});
