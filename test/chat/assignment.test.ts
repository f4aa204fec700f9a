import { describe, expect, it } from 'vitest';
import {
  type Candidate,
  chooseAssignee,
  mayReceive,
  RoundRobin,
  speaks,
  teamFor,
} from '../../src/chat/assignment.js';

const config = { assignment: { defaultTeam: 'support', maxOpenPerAgent: 2 } };
const ana: Candidate = { name: 'ana', role: 'agent', teams: ['support'], languages: ['en', 'es'] };
const boris: Candidate = { name: 'boris', role: 'agent', teams: ['support'], languages: ['ru'] };
const carl: Candidate = { name: 'carl', role: 'agent', teams: ['sales'] };
const mia: Candidate = { name: 'mia', role: 'manager' };

describe('teamFor', () => {
  it('keeps a team the chat has, else the default, else the shared queue', () => {
    expect(teamFor({ lang: 'en', team: 'sales' }, config)).toBe('sales');
    expect(teamFor({ lang: 'en' }, config)).toBe('support');
    expect(teamFor({ lang: 'en' }, { assignment: { maxOpenPerAgent: 1 } })).toBeUndefined();
  });
});

describe('chooseAssignee', () => {
  it('takes agents of the team who speak the language, in turn, under the limit', () => {
    const turns = new RoundRobin();
    const open = new Map<string, number>();
    const pick = (lang: string) => {
      const name = chooseAssignee(
        { lang, team: 'support' },
        [mia, carl, boris, ana],
        (n) => open.get(n) ?? 0,
        config,
        turns,
      );
      if (name) open.set(name, (open.get(name) ?? 0) + 1);
      return name;
    };
    expect([pick('en'), pick('es'), pick('ru'), pick('ru'), pick('ru')]).toEqual([
      'ana',
      'ana',
      'boris',
      'boris',
      undefined,
    ]);
  });

  it('a chat of the shared queue goes to any agent; managers are never picked', () => {
    const turns = new RoundRobin();
    const names = [1, 2, 3].map(() =>
      chooseAssignee({ lang: 'en' }, [mia, carl, ana], () => 0, config, turns),
    );
    expect(names).toEqual(['ana', 'carl', 'ana']);
  });
});

describe('speaks and mayReceive', () => {
  it('matches the base language; an operator with no languages speaks them all', () => {
    expect(speaks(ana, 'es-MX')).toBe(true);
    expect(speaks(boris, 'en')).toBe(false);
    expect(speaks(carl, 'ru')).toBe(true);
  });

  it('by hand, an agent must serve the team; managers take anything', () => {
    expect(mayReceive(carl, { lang: 'en', team: 'support' })).toBe(false);
    expect(mayReceive(mia, { lang: 'en', team: 'support' })).toBe(true);
    expect(mayReceive(carl, { lang: 'en' })).toBe(true);
  });

  it('goes on from stored positions, and reports each turn to be stored', () => {
    const stored: Record<string, string>[] = [];
    const turns = new RoundRobin({ support: 'Ana' }, (positions) => stored.push(positions));
    expect(turns.next('support', ['Ana', 'Boris'])).toBe('Boris');
    expect(turns.next(undefined, ['Ana', 'Boris'])).toBe('Ana');
    expect(stored.at(-1)).toEqual({ support: 'Boris', '': 'Ana' });
  });
});
