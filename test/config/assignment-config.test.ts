import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { colOf, project } from '../helpers/project.js';

async function load(yaml: string) {
  const loaded = await loadConfig(project({ 'chatbot.config.yaml': yaml }), { mode: 'validate' });
  return { ...loaded, findings: loaded.findings.filter((f) => f.code !== 'CONFIG_NO_ORIGINS') };
}

describe('assignment config', () => {
  it('defaults to five open chats per agent and the shared queue', async () => {
    const { config, findings } = await load('name: Acme\n');
    expect(findings).toEqual([]);
    expect(config?.assignment).toEqual({ maxOpenPerAgent: 5, requeueAfter: 60_000 });
  });

  it('points a bad limit or team name at its line and column', async () => {
    const yaml = 'name: Acme\nassignment:\n  defaultTeam: "two words"\n  maxOpenPerAgent: 0\n';
    const { findings } = await load(yaml);
    expect(findings.map((f) => [f.keyPath, f.line, f.col])).toEqual([
      ['assignment.defaultTeam', 3, colOf(yaml, '"two words"')],
      ['assignment.maxOpenPerAgent', 4, 20],
    ]);
  });
});
