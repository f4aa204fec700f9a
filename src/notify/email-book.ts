/**
 * What the server remembers about visitors' email (data/email.json): which conversations are
 * answered by email, which addresses opted out, and which bounce. Follow-ups and transcripts
 * are never sent to an address that opted out or bounced.
 */
import path from 'node:path';
import { Low } from 'lowdb';
import { privateJsonFile } from '../store/private-files.js';

export interface FollowUp {
  /** When the conversation was marked for an email answer. */
  readonly since: string;
  /** Undefined while the visitor has not given one yet. */
  email?: string;
}

interface EmailFile {
  followUps: Record<string, FollowUp>;
  optedOut: Record<string, string>;
  bouncing: Record<string, { at: string; error: string }>;
}

export class EmailBook {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Low<EmailFile>) {}

  static async open(dataDir: string): Promise<EmailBook> {
    const db = new Low<EmailFile>(privateJsonFile(path.join(dataDir, 'email.json')), {
      followUps: {},
      optedOut: {},
      bouncing: {},
    });
    await db.read();
    return new EmailBook(db);
  }

  followUp(conversationId: string): FollowUp | undefined {
    return this.db.data.followUps[conversationId];
  }

  markFollowUp(conversationId: string, at: Date, email?: string): Promise<FollowUp> {
    return this.change(() => {
      const followUps = this.db.data.followUps;
      const current = followUps[conversationId] ?? { since: at.toISOString() };
      if (email) current.email = email.toLowerCase();
      followUps[conversationId] = current;
      return current;
    });
  }

  /** Why no mail may go to the address, or undefined when it may. */
  blocked(email: string): 'opted-out' | 'bouncing' | undefined {
    const address = email.toLowerCase();
    if (this.db.data.optedOut[address]) return 'opted-out';
    if (this.db.data.bouncing[address]) return 'bouncing';
    return undefined;
  }

  optOut(email: string, at: Date): Promise<void> {
    return this.change(() => {
      this.db.data.optedOut[email.toLowerCase()] = at.toISOString();
    });
  }

  markBouncing(email: string, at: Date, error: string): Promise<void> {
    return this.change(() => {
      this.db.data.bouncing[email.toLowerCase()] = { at: at.toISOString(), error };
    });
  }

  /** Writes one after another: lowdb rewrites the file whole. */
  private change<T>(apply: () => T): Promise<T> {
    const run = this.queue.then(async () => {
      const result = apply();
      await this.db.write();
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
