/**
 * Who is here, as every server sees it: which conversations have a visitor online, which
 * operators have each conversation open, which operators are signed in. This server counts its
 * own sockets (an operator with two inboxes open is one viewer; a visitor reloading is not gone
 * until the grace has passed) and writes the outcome to the presence board, which holds every
 * server's (presence-board.ts: in memory on one server, in Redis with cluster.redis).
 */
import type { Candidate } from '../chat/assignment.js';
import { Presence } from './presence.js';
import type { PresenceBoard, PresenceKind } from './presence-board.js';

/** What operators are told when something changes for everyone (each server tells its own). */
export interface PresenceEvents {
  visitor(conversationId: string, online: boolean): void;
  viewers(conversationId: string, operators: readonly string[]): void;
}

const viewerKey = (conversationId: string, name: string) => JSON.stringify([conversationId, name]);

export class LivePresence {
  private readonly tabs: Presence;
  /** Sockets here with the conversation open, per conversation and operator. */
  private readonly viewing = new Map<string, number>();
  /** Sockets here signed in, per operator. */
  private readonly signedIn = new Map<string, number>();

  constructor(
    private readonly board: PresenceBoard,
    events: PresenceEvents,
    graceMs?: number,
  ) {
    this.tabs = new Presence(
      (conversationId, online) => board.put('visitor', conversationId, online ? '1' : undefined),
      graceMs,
    );
    board.onChange((kind, key) => this.tell(events, kind, key));
  }

  /** A visitor's tab joined their conversation here. */
  connected(conversationId: string): void {
    this.tabs.connected(conversationId);
  }

  disconnected(conversationId: string): void {
    this.tabs.disconnected(conversationId);
  }

  /** A visitor has a tab open on some server (or closed the last one a moment ago). */
  isOnline(conversationId: string): boolean {
    return this.board.has('visitor', conversationId);
  }

  /** Conversations with a visitor online, on every server. */
  get online(): number {
    return this.board.keys('visitor').length;
  }

  /** Conversations with a visitor online on this server (its metrics). */
  get onlineHere(): number {
    return this.tabs.online;
  }

  /** An operator's socket here opened a conversation. */
  opened(conversationId: string, name: string): void {
    this.step(this.viewing, viewerKey(conversationId, name), 1, (held) =>
      this.board.put('viewer', viewerKey(conversationId, name), held ? '1' : undefined),
    );
  }

  closed(conversationId: string, name: string): void {
    this.step(this.viewing, viewerKey(conversationId, name), -1, (held) =>
      this.board.put('viewer', viewerKey(conversationId, name), held ? '1' : undefined),
    );
  }

  /** The operators who have the conversation open, on any server, by name. */
  viewersOf(conversationId: string): string[] {
    const names: string[] = [];
    for (const key of this.board.keys('viewer')) {
      const [id, name] = JSON.parse(key) as [string, string];
      if (id === conversationId) names.push(name);
    }
    return names.sort();
  }

  /** An operator's socket here signed in, as they were then (for assignment). */
  operatorConnected(operator: Candidate): void {
    const candidate: Candidate = {
      name: operator.name,
      role: operator.role,
      teams: operator.teams,
      languages: operator.languages,
    };
    this.step(this.signedIn, operator.name, 1, (held) =>
      this.board.put('operator', operator.name, held ? JSON.stringify(candidate) : undefined),
    );
  }

  operatorDisconnected(name: string): void {
    // Counting down only ever lets go of the fact.
    this.step(this.signedIn, name, -1, () => this.board.put('operator', name, undefined));
  }

  /** Every operator signed in on some server, once each. */
  operatorsOnline(): Candidate[] {
    return this.board
      .keys('operator')
      .map((name) => this.board.value('operator', name))
      .filter((value): value is string => value !== undefined)
      .map((value) => JSON.parse(value) as Candidate);
  }

  async close(): Promise<void> {
    this.tabs.stop();
    await this.board.close();
  }

  /** Counts a socket in or out; the board hears only of the first in and the last out. */
  private step(
    counts: Map<string, number>,
    key: string,
    by: 1 | -1,
    changed: (held: boolean) => void,
  ): void {
    const before = counts.get(key) ?? 0;
    const after = Math.max(0, before + by);
    if (after > 0) counts.set(key, after);
    else counts.delete(key);
    if ((before === 0) !== (after === 0)) changed(after > 0);
  }

  private tell(events: PresenceEvents, kind: PresenceKind, key: string): void {
    if (kind === 'visitor') events.visitor(key, this.board.has(kind, key));
    else if (kind === 'viewer') {
      const [conversationId] = JSON.parse(key) as [string, string];
      events.viewers(conversationId, this.viewersOf(conversationId));
    }
  }
}
