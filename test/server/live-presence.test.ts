import { describe, expect, it } from 'vitest';
import { LivePresence } from '../../src/server/live-presence.js';
import { MemoryPresenceBoard } from '../../src/server/presence-board.js';
import { eventually } from '../helpers/wait.js';

function presenceWithEvents(graceMs = 50) {
  const told: string[] = [];
  const presence = new LivePresence(
    new MemoryPresenceBoard(),
    {
      visitor: (id, online) => told.push(`${id} ${online ? 'online' : 'offline'}`),
      viewers: (id, operators) => told.push(`${id} viewed by [${operators.join(', ')}]`),
    },
    graceMs,
  );
  return { presence, told };
}

describe('who is here, on one server', () => {
  it('an operator with two inboxes on one conversation is one viewer, until both close it', () => {
    const { presence, told } = presenceWithEvents();
    presence.opened('c1', 'Bo');
    presence.opened('c1', 'Ana');
    presence.opened('c1', 'Ana');
    expect(presence.viewersOf('c1')).toEqual(['Ana', 'Bo']);
    presence.closed('c1', 'Ana');
    expect(presence.viewersOf('c1')).toEqual(['Ana', 'Bo']);
    presence.closed('c1', 'Ana');
    presence.closed('c1', 'Ana');
    expect(told).toEqual(['c1 viewed by [Bo]', 'c1 viewed by [Ana, Bo]', 'c1 viewed by [Bo]']);
    expect(presence.viewersOf('c2')).toEqual([]);
  });

  it('an operator signed in twice is online once, as they signed in, and offline after both', () => {
    const { presence } = presenceWithEvents();
    const ana = { name: 'Ana', role: 'agent' as const, teams: ['support'], languages: ['en'] };
    presence.operatorConnected(ana);
    presence.operatorConnected(ana);
    expect(presence.operatorsOnline()).toEqual([ana]);
    presence.operatorDisconnected('Ana');
    expect(presence.operatorsOnline()).toHaveLength(1);
    presence.operatorDisconnected('Ana');
    expect(presence.operatorsOnline()).toEqual([]);
  });

  it('a visitor is online from the first tab and offline a grace after the last', async () => {
    const { presence, told } = presenceWithEvents();
    presence.connected('c1');
    presence.connected('c1');
    presence.disconnected('c1');
    presence.disconnected('c1');
    expect(presence.isOnline('c1')).toBe(true);
    expect(presence.online).toBe(1);
    await eventually(() => !presence.isOnline('c1'), 'the visitor offline');
    expect(told).toEqual(['c1 online', 'c1 offline']);
    await presence.close();
  });
});
