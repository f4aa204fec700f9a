import { describe, expect, it } from 'vitest';
import { emailStringKeys } from '../../src/kb/email-strings.js';
import { validateProject } from '../../src/validate/validate-project.js';
import { project } from '../helpers/project.js';

const knowledge = (extra: Record<string, unknown> = {}) =>
  `${JSON.stringify({ greeting: 'Hallo', fallback: 'Helaas niet', ...extra, blocks: [] }, null, 2)}\n`;

const config = (withEmail: boolean) => `name: Acme
languages: { default: es, supported: [es, de, nl] }
${withEmail ? 'email: { from: "Acme <help@acme.example>", smtp: { host: smtp.acme.example } }\n' : ''}`;

function codes(findings: readonly { code: string }[]) {
  return findings.map((finding) => finding.code).filter((code) => code === 'KB_EMAIL_STRINGS');
}

describe('email texts per language', () => {
  it('are built in for es and de, and missing ones for Dutch are listed when the bot sends mail', async () => {
    const dir = project({
      'chatbot.config.yaml': config(true),
      'kb/es.json': knowledge(),
      'kb/de.json': knowledge({ greeting: 'Guten Tag', fallback: 'Leider nicht' }),
      'kb/nl.json': knowledge({ email: { you: 'U', assistant: 'Assistent' } }),
    });
    const { findings } = await validateProject(dir, { env: {} });
    const warning = findings.find((finding) => finding.code === 'KB_EMAIL_STRINGS');
    expect(codes(findings)).toHaveLength(1);
    expect(warning).toMatchObject({ severity: 'warning', file: 'kb/nl.json', keyPath: 'email' });
    expect(warning?.message).toContain('askEmail');
    expect(warning?.message).not.toContain('assistant');
  });

  it('are not asked for when the bot sends no mail, nor when every key is given', async () => {
    const withoutEmail = project({
      'chatbot.config.yaml': config(false),
      'kb/es.json': knowledge(),
      'kb/de.json': knowledge(),
      'kb/nl.json': knowledge(),
    });
    expect(codes((await validateProject(withoutEmail, { env: {} })).findings)).toEqual([]);
    const complete = Object.fromEntries(emailStringKeys.map((key) => [key, `nl ${key}`]));
    const translated = project({
      'chatbot.config.yaml': config(true),
      'kb/es.json': knowledge(),
      'kb/de.json': knowledge(),
      'kb/nl.json': knowledge({ email: complete }),
    });
    expect(codes((await validateProject(translated, { env: {} })).findings)).toEqual([]);
  });
});
