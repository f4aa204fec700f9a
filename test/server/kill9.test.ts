import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServerProcess, startProcess } from '../helpers/process-server.js';
import { demoProject } from '../helpers/project.js';
import { eventually, patientMs } from '../helpers/wait.js';

const running: ServerProcess[] = [];
const sockets: Socket[] = [];
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
  for (const server of running.splice(0)) server.child.kill('SIGKILL');
});

describe('a kill -9 under load', () => {
  it('leaves every file parseable and every acknowledged message stored', async () => {
    const dir = demoProject();
    const first = await startProcess(dir);
    running.push(first);

    const acked: Array<{ conversationId: string; id: string; text: string }> = [];
    let stop = false;
    /** Visitors with at least one acknowledged message. */
    const talking = new Set<number>();
    const visitors = Array.from({ length: 20 }, async (_, v) => {
      const socket = connect(`${first.url}/visitor`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      sockets.push(socket);
      const session = await new Promise<unknown>((resolve) => {
        socket.once('session', resolve);
        socket.once('disconnect', () => resolve(undefined));
        socket.once('connect_error', () => resolve(undefined));
      });
      if (!session) return;
      for (let i = 0; !stop; i++) {
        const text = `visitor ${v} message ${i}: how much is the Montserrat trip?`;
        try {
          const ack = (await socket
            .timeout(patientMs)
            .emitWithAck('message', { clientId: `v${v}-${i}`, text })) as {
            ok: boolean;
            conversationId: string;
            id: string;
          };
          if (ack.ok) {
            acked.push({ conversationId: ack.conversationId, id: ack.id, text });
            talking.add(v);
          } // Rate limited: ask again shortly rather than in a tight loop.
          else await new Promise((resolve) => setTimeout(resolve, 100));
        } catch {
          return; // the server died: this message was never acknowledged
        }
      }
    });
    // Killed under load: once a good number of messages went through, however long that took.
    await eventually(
      () => talking.size === 20 && acked.length > 100,
      'every visitor talking, and a hundred acknowledged messages',
    );
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(visitors);
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThan(100);

    // Every file is whole: each document parses, and each log line does.
    const conversationsDir = join(dir, 'data/conversations');
    const stored = new Map<string, Set<string>>();
    for (const name of readdirSync(conversationsDir).filter((file) => !file.startsWith('.'))) {
      const text = readFileSync(join(conversationsDir, name), 'utf8');
      if (name.endsWith('.json')) {
        expect(() => JSON.parse(text)).not.toThrow();
        continue;
      }
      expect(text.endsWith('\n')).toBe(true);
      const ids = text
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { e: { id: string } }).e.id);
      stored.set(name.replace(/\.log$/, ''), new Set(ids));
    }
    const missing = acked.filter((message) => !stored.get(message.conversationId)?.has(message.id));
    expect(missing).toEqual([]);

    // The server starts again on the same data (the dead process's lock is stale) and serves it.
    const second = await startProcess(dir);
    running.push(second);
    const sample = acked[acked.length - 1]!;
    const token = 'admin-token-0123456789abcdef';
    const status = await fetch(`${second.url}/api/admin/status`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await status.json()) as { conversations: number }).conversations).toBe(20);
    expect(stored.get(sample.conversationId)?.has(sample.id)).toBe(true);
  }, 240_000);
});
