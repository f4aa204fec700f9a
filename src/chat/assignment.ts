/**
 * Who gets a chat at handoff: the pure decisions, with no sockets or storage, so every rule is
 * tested on plain values. The server (src/server/assignment-desk.ts) feeds them who is online
 * and how many chats each operator has open, and stores what they decide.
 *
 * The rule: a chat goes to its team (`teamFor`); an online agent of that team (any agent, for a
 * chat of the shared queue) who speaks the chat's language and has fewer than
 * `assignment.maxOpenPerAgent` open chats gets it, in turn (round-robin per team). Nobody
 * fits: the chat waits in the team's queue until an agent comes online or frees up.
 */
import type { ConversationState } from '../domain/conversation.js';
import type { OperatorRole } from '../domain/permissions.js';
import { factsOf, type RoutedChat, type RoutingConfig, routeOf } from './routing.js';

/** The part of the config assignment reads. */
export interface AssignmentConfig {
  readonly assignment: {
    readonly defaultTeam?: string | undefined;
    readonly maxOpenPerAgent: number;
    /** How long (ms) an agent may be gone before their waiting chats are requeued. */
    readonly requeueAfter?: number;
  };
}

/** The facts about a conversation that assignment reads, routing rules' among them. */
export interface RoutableConversation extends RoutedChat {
  readonly lang: string;
  readonly team?: string | undefined;
}

/**
 * The team a chat goes to at handoff: the team it already has, else the first matching routing
 * rule's (src/chat/routing.ts), else `assignment.defaultTeam`.
 */
export function teamFor(
  conversation: RoutableConversation,
  config: AssignmentConfig & Partial<RoutingConfig>,
  now: Date = new Date(),
): string | undefined {
  if (conversation.team) return conversation.team;
  const routed = config.routing?.length
    ? routeOf(factsOf(conversation, now), config as RoutingConfig).team
    : undefined;
  return routed ?? config.assignment.defaultTeam;
}

/** An operator as assignment sees them. */
export interface Candidate {
  readonly name: string;
  readonly role: OperatorRole;
  readonly teams?: readonly string[] | undefined;
  readonly languages?: readonly string[] | undefined;
}

/** The states in which a chat counts against its assignee's limit. */
export const openStates: readonly ConversationState[] = ['waiting', 'human'];

/** Whether an operator serves a team: a chat of the shared queue (no team) is everyone's. */
export function servesTeam(candidate: Candidate, team: string | undefined): boolean {
  return team === undefined || (candidate.teams?.includes(team) ?? false);
}

/** Whether an operator speaks a language: one who listed none speaks them all. */
export function speaks(candidate: Candidate, lang: string): boolean {
  if (!candidate.languages?.length) return true;
  const base = lang.toLowerCase().split('-')[0]!;
  return candidate.languages.some((spoken) => spoken.toLowerCase().split('-')[0] === base);
}

/** Who may be given this chat automatically: agents only; managers and admins assign by hand. */
export function eligible(
  candidates: readonly Candidate[],
  conversation: RoutableConversation,
  openCount: (name: string) => number,
  maxOpen: number,
): Candidate[] {
  return candidates.filter(
    (candidate) =>
      candidate.role === 'agent' &&
      servesTeam(candidate, conversation.team) &&
      speaks(candidate, conversation.lang) &&
      openCount(candidate.name) < maxOpen,
  );
}

/**
 * Round-robin per team: remembers who was given the last chat of each team, and gives the next
 * one to the first eligible operator after them in name order, wrapping round.
 */
export class RoundRobin {
  private readonly last: Map<string, string>;

  /**
   * @param positions who had the last chat of each team ('' for the shared queue), as
   * `positions()` gave them before a restart.
   * @param moved told after every turn, to store the positions.
   */
  constructor(
    positions: Readonly<Record<string, string>> = {},
    private readonly moved?: (positions: Record<string, string>) => void,
  ) {
    this.last = new Map(Object.entries(positions));
  }

  next(team: string | undefined, eligibleNames: readonly string[]): string | undefined {
    if (eligibleNames.length === 0) return undefined;
    const sorted = [...new Set(eligibleNames)].sort();
    const previous = this.last.get(team ?? '');
    const chosen = (previous && sorted.find((name) => name > previous)) || sorted[0]!;
    this.last.set(team ?? '', chosen);
    this.moved?.(this.positions());
    return chosen;
  }

  positions(): Record<string, string> {
    return Object.fromEntries(this.last);
  }
}

/**
 * Whom to give a chat to, or undefined: it waits in the queue. `online` lists each connected
 * operator once; `openCount` says how many open chats an operator has now.
 */
export function chooseAssignee(
  conversation: RoutableConversation,
  online: readonly Candidate[],
  openCount: (name: string) => number,
  config: AssignmentConfig,
  turns: RoundRobin,
): string | undefined {
  const fitting = eligible(online, conversation, openCount, config.assignment.maxOpenPerAgent);
  return turns.next(
    conversation.team,
    fitting.map((candidate) => candidate.name),
  );
}

/**
 * Whether an operator may be given a chat by hand (assign, pass): they exist, and an agent must
 * serve the chat's team. Language and the limit are not checked: a person chose them.
 */
export function mayReceive(candidate: Candidate, conversation: RoutableConversation): boolean {
  return candidate.role !== 'agent' || servesTeam(candidate, conversation.team);
}
