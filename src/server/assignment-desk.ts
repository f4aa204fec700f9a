/**
 * Assignment, wired to the live server: who is online (an /operator socket connected), how many
 * chats each operator has open, and when to try again. The decisions are src/chat/assignment.ts;
 * this file only gathers their inputs and stores their outcome through the chat engine.
 *
 * Every change runs one at a time, so two handoffs at once never both count an agent's last free
 * place. Who is online is every server's operators (live-presence.ts), so with cluster.redis a
 * chat on one server goes to an agent connected to another. Several servers may decide about
 * the same waiting chat at once (a handoff on one, an agent connecting to another): each stores
 * its choice only if the chat is still waiting for nobody when written (a compare-and-set in
 * the store), so one of them assigns it and the others ring no one.
 */
import { join } from 'node:path';
import type { Namespace } from 'socket.io';
import {
  type Candidate,
  chooseAssignee,
  mayReceive,
  openStates,
  RoundRobin,
  teamFor,
} from '../chat/assignment.js';
import { ChatError } from '../chat/conversation-service.js';
import type { ConversationSummary } from '../domain/conversation.js';
import type { Actor } from '../domain/permissions.js';
import type { AssignedEvent, OperatorListEntry } from '../protocol/operator.js';
import { privateJsonFile } from '../store/private-files.js';
import { AwayAgents } from './assignment-requeue.js';
import type { ServerContext } from './context.js';

/** Who `by` names in an `assign` event the server made itself. */
export const automaticAssigner = 'assignment';

export class AssignmentDesk {
  /** Whose turn it is per team, kept in the data folder so a restart goes on from there. */
  private readonly turnsFile: ReturnType<typeof privateJsonFile<Record<string, string>>>;
  private turns = new RoundRobin();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly away: AwayAgents;
  private sweepTimer: NodeJS.Timeout | undefined;
  private turnsWritten: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly context: ServerContext,
    private readonly operators: Namespace,
    /** What the grace before requeueing counts from (tests move it). */
    clock: () => Date = () => new Date(),
  ) {
    this.turnsFile = privateJsonFile(join(context.dataDir, 'assignment-turns.json'));
    this.away = new AwayAgents({
      clock,
      online: () => new Set(this.online().map((operator) => operator.name)),
      revoked: () => {
        const active = new Set(context.operators.active().map((operator) => operator.name));
        const names = context.operators.list().map((operator) => operator.name);
        return new Set(names.filter((name) => !active.has(name)));
      },
      assigned: () => context.store.list({ state: [...openStates] }),
      requeueAfterMs: () => context.config().assignment.requeueAfter,
    });
  }

  /** Listens to the chat engine: handoffs are assigned, freed places fill from the queue. */
  start(): void {
    void this.serially(() => this.loadTurns());
    const every = Math.max(250, Math.min(5000, this.context.config().assignment.requeueAfter / 4));
    this.sweepTimer = setInterval(() => void this.sweep(), every);
    this.sweepTimer.unref();
    const { service } = this.context;
    service.on('handoff', (conversationId, notice) => {
      if (notice.humanAvailable) void this.serially(() => this.routeAndAssign(conversationId));
    });
    service.on('entry', (conversationId, entry) => {
      if (entry.kind !== 'event') return;
      if (entry.type === 'assign') this.tellAssignee(conversationId, entry.data);
      const leftOpen =
        entry.type === 'state' &&
        openStates.includes(entry.data.from as never) &&
        !openStates.includes(entry.data.to as never);
      if (leftOpen || entry.type === 'assign') this.fillFromQueue();
    });
  }

  /** An operator connected: chats waiting in their teams' queues may go to them now. */
  operatorOnline(): void {
    this.fillFromQueue();
  }

  /** An operator's socket closed: if it was their last, the grace for their waiting chats starts. */
  operatorOffline(name: string): void {
    this.away.left(name);
  }

  /**
   * Takes back the chats of operators revoked, or away longer than assignment.requeueAfter, and
   * gives them to agents online; settles once that is stored. Run on a timer, and after the
   * operators are read again (a revocation).
   */
  sweep(): Promise<unknown> {
    return this.serially(async () => {
      for (const { name, reason, states } of this.away.due())
        for (const summary of this.context.store.list({ state: [...states] }))
          if (summary.assignee === name)
            await this.context.service.unassign(summary.id, { from: name, reason });
    }).then(() => {
      this.fillFromQueue();
      return this.settled();
    });
  }

  /** Stops the timer; settles once whose turn it is is on disk. */
  stop(): Promise<unknown> {
    clearInterval(this.sweepTimer);
    return this.turnsWritten;
  }

  /** Settles once every assignment asked for so far is stored (for tests and shutdown). */
  settled(): Promise<unknown> {
    return this.queue;
  }

  /**
   * A manager's `assign` (anyone, any chat) or an agent's `pass` (a chat assigned to them, to a
   * colleague who serves its team).
   */
  assignByHand(
    conversationId: string,
    to: string,
    actor: Actor,
    kind: 'assign' | 'pass',
  ): Promise<void> {
    return this.serially(async () => {
      const target = this.context.operators.active().find((operator) => operator.name === to);
      if (!target) throw new ChatError('invalid', `There is no operator named "${to}"`);
      const conversation = await this.context.service.get(conversationId);
      // Managers and admins reach every chat: for them a pass is an assignment.
      if (kind === 'pass' && actor.role === 'agent' && conversation.assignee !== actor.name)
        throw new ChatError('forbidden', 'Only a chat assigned to you can be passed on');
      if (!mayReceive(target, conversation))
        throw new ChatError('invalid', `${to} is not in the team ${conversation.team}`);
      await this.context.service.assign(conversationId, { to, by: actor.name });
    });
  }

  /** Every active operator, online or not, with their open chats: the inbox's assign picker. */
  roster(): OperatorListEntry[] {
    const online = new Set(this.online().map((operator) => operator.name));
    const open = this.openCounts();
    return this.context.operators
      .active()
      .map((operator) => ({
        name: operator.name,
        role: operator.role,
        teams: [...(operator.teams ?? [])],
        languages: [...(operator.languages ?? [])],
        online: online.has(operator.name),
        open: open.get(operator.name) ?? 0,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch((error: unknown) => {
      if (!(error instanceof ChatError))
        this.context.logger.error({ err: error }, 'assigning a chat failed');
    });
    return run;
  }

  private async loadTurns(): Promise<void> {
    const stored = await this.turnsFile.read().catch(() => null);
    this.turns = new RoundRobin(stored ?? this.turns.positions(), (positions) => {
      this.turnsWritten = this.turnsFile
        .write(positions)
        .catch((error: unknown) =>
          this.context.logger.warn({ err: error }, 'storing whose turn it is failed'),
        );
    });
  }

  private fillFromQueue(): void {
    void this.serially(async () => {
      const queued = this.context.store
        .list({ state: 'waiting' })
        .filter((summary) => !summary.assignee)
        .sort((a, b) => (a.waitingSince ?? '').localeCompare(b.waitingSince ?? ''));
      for (const summary of queued) await this.assignNext(summary);
    });
  }

  private async routeAndAssign(conversationId: string): Promise<void> {
    const conversation = await this.context.service.get(conversationId);
    if (conversation.state !== 'waiting' || conversation.assignee) return;
    const team = teamFor(conversation, this.context.config());
    if (team !== conversation.team) await this.context.service.route(conversationId, team);
    const summary = this.context.store.summary(conversationId);
    if (summary) await this.assignNext({ ...summary, ...(team ? { team } : {}) });
  }

  private async assignNext(summary: ConversationSummary): Promise<void> {
    const open = this.openCounts();
    const chosen = chooseAssignee(
      summary,
      this.online(),
      (name) => open.get(name) ?? 0,
      this.context.config(),
      this.turns,
    );
    if (chosen)
      await this.context.service.assign(summary.id, {
        to: chosen,
        by: automaticAssigner,
        team: summary.team,
        ifStill: { assignee: undefined, state: 'waiting' },
      });
  }

  /** Each operator connected to any server once, as they were when they connected. */
  private online(): Candidate[] {
    return this.context.presence.operatorsOnline();
  }

  private openCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const summary of this.context.store.list({ state: [...openStates] }))
      if (summary.assignee) counts.set(summary.assignee, (counts.get(summary.assignee) ?? 0) + 1);
    return counts;
  }

  /** The assignee hears of it in every inbox they have open: it rings. */
  private tellAssignee(conversationId: string, data: Readonly<Record<string, unknown>>): void {
    const event: AssignedEvent = {
      conversationId,
      by: String(data.by),
      ...(typeof data.team === 'string' ? { team: data.team } : {}),
    };
    this.operators.to(`operator:${String(data.to)}`).emit('assigned', event);
  }
}
