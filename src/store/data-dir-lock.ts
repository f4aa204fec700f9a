/**
 * One server per data directory. Two servers writing the same conversation files would lose
 * messages silently, so the second one is refused. The lock names the holder's pid; a lock left
 * by a process that no longer exists (a crash, kill -9) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ChatbotError } from '../errors/chatbot-error.js';
import { privateFileMode } from './private-files.js';

/** Locks this process holds: a second server in the same process is refused too. */
const heldHere = new Set<string>();

export class DataDirLock {
  private readonly path: string;
  private held = false;

  constructor(dir: string) {
    this.path = join(dir, 'server.lock');
  }

  acquire(): void {
    if (heldHere.has(this.path)) {
      throw new ChatbotError(
        'DATA_DIR_LOCKED',
        `Another chatbot server in this process (pid ${process.pid}) is using ${this.path.replace(/server\.lock$/, '')}`,
      );
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        writeFileSync(
          this.path,
          JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }),
          { flag: 'wx', mode: privateFileMode },
        );
        this.held = true;
        heldHere.add(this.path);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = this.holder();
        if (
          holder &&
          holder.host === hostname() &&
          isAlive(holder.pid) &&
          holder.pid !== process.pid
        ) {
          throw new ChatbotError(
            'DATA_DIR_LOCKED',
            `Another chatbot server (pid ${holder.pid}, since ${holder.since}) is using ${this.path.replace(/server\.lock$/, '')}`,
          );
        }
        // The holder is gone: the lock is stale.
        rmSync(this.path, { force: true });
      }
    }
    throw new ChatbotError('DATA_DIR_LOCKED', `Could not lock ${this.path}`);
  }

  release(): void {
    if (!this.held) return;
    rmSync(this.path, { force: true });
    this.held = false;
    heldHere.delete(this.path);
  }

  private holder(): { pid: number; host: string; since: string } | undefined {
    try {
      return JSON.parse(readFileSync(this.path, 'utf8'));
    } catch {
      return undefined;
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
