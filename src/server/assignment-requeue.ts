/**
 * Chats taken back from operators who are gone. An agent whose every inbox closed keeps the
 * chats assigned to them that still wait for `assignment.requeueAfter` (a dropped connection
 * or a restart of their laptop is not a reason to lose them); after that those chats go back to
 * the team's queue and on to another agent online. A chat they took over stays theirs: the
 * visitor is talking to them. A revoked operator's open chats, waiting or taken, go back at once.
 *
 * The clock is injected: tests move it rather than wait.
 */
import type { ConversationState } from '../domain/conversation.js';

export interface RequeueInputs {
  /** Now. */
  readonly clock: () => Date;
  /** The names with an /operator socket connected now. */
  readonly online: () => ReadonlySet<string>;
  /** Operators revoked (and not added again under the same name). */
  readonly revoked: () => ReadonlySet<string>;
  /** Open chats with an assignee. */
  readonly assigned: () => ReadonlyArray<{
    readonly assignee?: string;
    readonly state: ConversationState;
  }>;
  readonly requeueAfterMs: () => number;
}

export type RequeueReason = 'away' | 'revoked';

/** Who is away since when, and whose chats should go back to the queue now. */
export class AwayAgents {
  private readonly since = new Map<string, number>();

  constructor(private readonly inputs: RequeueInputs) {}

  /** Their last inbox closed: the grace starts now. */
  left(name: string): void {
    if (!this.inputs.online().has(name)) this.since.set(name, this.inputs.clock().getTime());
  }

  /**
   * The operators whose chats go back now, and which of their chats: revoked ones (all open
   * chats), and agents away longer than the grace (waiting chats). Assignees nobody saw leave
   * (the server restarted) start their grace when first found away.
   */
  due(): Array<{ name: string; reason: RequeueReason; states: readonly ConversationState[] }> {
    const online = this.inputs.online();
    const revoked = this.inputs.revoked();
    const now = this.inputs.clock().getTime();
    const due: Array<{
      name: string;
      reason: RequeueReason;
      states: readonly ConversationState[];
    }> = [];
    const holders = new Map<string, Set<ConversationState>>();
    for (const chat of this.inputs.assigned())
      if (chat.assignee)
        holders.set(chat.assignee, (holders.get(chat.assignee) ?? new Set()).add(chat.state));
    for (const name of this.since.keys())
      if (online.has(name) || !holders.has(name)) this.since.delete(name);
    for (const [name, states] of holders) {
      if (revoked.has(name)) {
        due.push({ name, reason: 'revoked', states: ['waiting', 'human'] });
        continue;
      }
      if (online.has(name) || !states.has('waiting')) continue;
      const since = this.since.get(name);
      if (since === undefined) this.since.set(name, now);
      else if (now - since >= this.inputs.requeueAfterMs()) {
        this.since.delete(name);
        due.push({ name, reason: 'away', states: ['waiting'] });
      }
    }
    return due;
  }
}
