import { describe, expect, it } from 'vitest';
import { defaultBotName, scaffoldConfig } from '../../src/scaffold/init-project.js';
import { envVariables, packageName } from '../../src/scaffold/project-files.js';
import { readRepoFile } from '../helpers/project.js';

describe('scaffolding helpers', () => {
  it('lists the variables a config reads, not those in comments or escaped', () => {
    const config = 'a: ${ONE}\nb: "${TWO:-x} $${NOT}"\n# c: ${COMMENTED}\n';
    expect(envVariables(config)).toEqual(['ONE', 'TWO']);
  });

  it('makes npm package names and bot names from what it is given', () => {
    expect(packageName('Sol y Mar Tours!')).toBe('sol-y-mar-tours');
    expect(packageName('Café Ñandú')).toBe('cafe-nandu');
    expect(packageName('日本')).toBe('my-bot');
    expect(defaultBotName('/tmp/acme-travel_bot')).toBe('Acme Travel Bot');
  });

  it('rewrites the demo config without losing its comments', () => {
    const out = scaffoldConfig(readRepoFile('chatbot.config.yaml'), 'Acme', ['ru']);
    expect(out).toContain('name: Acme\n');
    expect(out).toContain('supported: [ ru ]');
    expect(out).toContain('ru: [ "оператор", "живой человек" ]');
    expect(out).not.toMatch(/^\s+en: \[/m);
    expect(out).toContain('# The demo bot: a small tour operator.');
  });
});
