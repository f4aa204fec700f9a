import { describe, expect, it } from 'vitest';
import { actions, can, mayWorkOn } from '../../src/domain/permissions.js';

describe('the permission table', () => {
  it('gives admins everything and keeps operators, deploys and deletes from the others', () => {
    for (const action of actions) expect(can('admin', action)).toBe(true);
    for (const action of ['operators.manage', 'deploys.manage', 'conversations.delete'] as const) {
      expect(can('manager', action)).toBe(false);
      expect(can('agent', action)).toBe(false);
    }
  });

  it('lets managers run the floor and agents answer, without stats, export or delete', () => {
    for (const action of [
      'conversations.assign',
      'stats.read',
      'gaps.read',
      'conversations.export',
    ] as const) {
      expect(can('manager', action)).toBe(true);
      expect(can('agent', action)).toBe(false);
    }
    for (const action of [
      'conversations.reply',
      'conversations.takeover',
      'conversations.handback',
      'conversations.resolve',
    ] as const)
      expect(can('agent', action)).toBe(true);
  });

  it("reaches an agent's own conversations and the unassigned ones of their teams", () => {
    const agent = { name: 'Ana', role: 'agent', teams: ['sales'] } as const;
    expect(mayWorkOn(agent, { assignee: 'Ana' })).toBe(true);
    expect(mayWorkOn(agent, { assignee: 'Bo' })).toBe(false);
    expect(mayWorkOn(agent, { team: 'sales' })).toBe(true);
    expect(mayWorkOn(agent, { team: 'support' })).toBe(false);
    expect(mayWorkOn(agent, {})).toBe(true);
    expect(mayWorkOn({ name: 'M', role: 'manager' }, { assignee: 'Bo', team: 'support' })).toBe(
      true,
    );
  });
});
