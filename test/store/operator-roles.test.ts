import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OperatorRegistry } from '../../src/store/operators.js';
import { tempDir } from '../helpers/project.js';

describe('operator roles in operators.json', () => {
  it('makes operators saved before roles admins, so an upgrade locks nobody out', async () => {
    const dir = join(tempDir(), 'data');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'operators.json'),
      JSON.stringify({
        operators: [
          { name: 'Old', tokenHash: 'x', createdAt: '2026-01-01T00:00:00.000Z' },
          { name: 'Ann', role: 'agent', tokenHash: 'y', createdAt: '2026-01-01T00:00:00.000Z' },
        ],
      }),
    );
    const registry = new OperatorRegistry(dir);
    await registry.load();
    expect(registry.list().map(({ name, role }) => ({ name, role }))).toEqual([
      { name: 'Old', role: 'admin' },
      { name: 'Ann', role: 'agent' },
    ]);
  });

  it('keeps teams and languages, and refuses an unknown role or a team with a space', async () => {
    const registry = new OperatorRegistry(join(tempDir(), 'data'));
    const { operator } = await registry.add('Maria', 'agent', {
      teams: ['sales', 'support', 'sales'],
      languages: ['en', 'ru'],
    });
    expect(operator).toMatchObject({ teams: ['sales', 'support'], languages: ['en', 'ru'] });
    await expect(registry.add('Bo', 'owner' as 'admin')).rejects.toThrow(/not a role/);
    await expect(registry.add('Cy', 'agent', { teams: ['two words'] })).rejects.toThrow(
      /not a usable team/,
    );
  });
});
