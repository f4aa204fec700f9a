/**
 * What the store keeps for every message shares V8 hidden classes. A literal that opens with a
 * spread (`{ ...entry, seq }`) gets a class of its own on Node 20; a thousand chats then make
 * thousands of classes a second, each kept as long as its entry, and the collector's pauses
 * showed in the load benchmark's p99 (docs/architecture.md, "Object shapes").
 */
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { tempDir } from '../helpers/project.js';

setFlagsFromString('--allow-natives-syntax');
// Compiled after the flag is set; %HaveSameMap compares two objects' hidden classes.
const haveSameShape = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (
  a: object,
  b: object,
) => boolean;

/** How many hidden classes the objects use among them. */
function shapes(objects: readonly object[]): number {
  const seen: object[] = [];
  for (const object of objects)
    if (!seen.some((other) => haveSameShape(other, object))) seen.push(object);
  return seen.length;
}

describe('object shapes on the message path', () => {
  it('tells two shapes apart, so the checks below can fail', () => {
    const base = { kind: 'message', text: 'hi' };
    const spreadFirst = (seq: number) => ({ ...base, seq });
    // Once the literal's inline cache has warmed up, each object gets a class of its own.
    const objects = Array.from({ length: 20 }, (_, seq) => spreadFirst(seq));
    expect(shapes(objects)).toBeGreaterThan(10);
    expect(shapes([{ a: 1 }, { a: 2 }])).toBe(1);
  });

  it('gives stored messages and conversation summaries one shape each, however many', async () => {
    const store = new LowdbStore(tempDir());
    await store.open();
    const entries: object[] = [];
    const summaries: object[] = [];
    for (let chat = 0; chat < 5; chat++) {
      const { id } = await store.create({ visitorId: `v${chat}`, lang: 'en' });
      for (let n = 0; n < 4; n++) {
        const { entry } = await store.append(id, {
          kind: 'message',
          author: { kind: 'visitor' },
          text: `question ${n}`,
          attachments: [],
          clientId: `c${n}`,
        });
        entries.push(entry);
        summaries.push(store.summary(id)!);
      }
    }
    await store.close();
    expect(shapes(entries)).toBe(1);
    expect(shapes(summaries)).toBe(1);
  });
});
