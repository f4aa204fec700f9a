/**
 * Whose chats the inbox list shows (`m`): every chat the operator may see, the ones assigned to
 * them, or the ones nobody has yet (a team's queue, and chats the bot still has). And the
 * operator picker `A` opens: managers assign to anyone, agents pass to a colleague.
 */
import type { AssignedEvent, OperatorListEntry, OperatorSummary } from '../protocol/operator.js';
import { visitorName } from './format.js';

/** What the inbox can ask the server for: the client's acknowledged request. */
export interface AssignRequests {
  request(event: string, payload: unknown): Promise<Record<string, unknown> | undefined>;
  notify(message: string): void;
  readonly state: { readonly me?: { readonly role: string } };
}

/** Every active operator, for the picker; empty when the server refused or did not answer. */
export async function loadRoster(client: AssignRequests): Promise<OperatorListEntry[]> {
  const ack = await client.request('operators', {});
  return (ack?.operators as OperatorListEntry[] | undefined) ?? [];
}

/** Managers and admins assign; an agent passes a chat of theirs on. */
export async function assignChat(client: AssignRequests, id: string, to: string): Promise<void> {
  const pass = client.state.me?.role === 'agent';
  if (await client.request(pass ? 'pass' : 'assign', { id, operator: to }))
    client.notify(`${pass ? 'Passed' : 'Assigned'} to ${to}.`);
}

/** The status line when a chat was given to this operator. */
export function assignedNotice(
  event: AssignedEvent,
  conversations: readonly OperatorSummary[],
): string {
  const row = conversations.find((c) => c.id === event.conversationId);
  const who = row ? visitorName(row) : event.conversationId;
  return `Assigned to you: ${who}${event.by === 'assignment' ? '' : ` (by ${event.by})`}`;
}

export const assignViews = ['all', 'mine', 'unassigned'] as const;
export type AssignView = (typeof assignViews)[number];

export function nextView(view: AssignView): AssignView {
  return assignViews[(assignViews.indexOf(view) + 1) % assignViews.length]!;
}

export function inView(
  summary: Pick<OperatorSummary, 'assignee'>,
  view: AssignView,
  me: string | undefined,
): boolean {
  if (view === 'mine') return summary.assignee !== undefined && summary.assignee === me;
  if (view === 'unassigned') return summary.assignee === undefined;
  return true;
}

/** One line of the picker: name, online dot, open chats, teams and languages. */
export function rosterLine(entry: OperatorListEntry): string {
  const scope = [...entry.teams, ...entry.languages].join(',');
  return `${entry.online ? '●' : '○'} ${entry.name} (${entry.open} open)${scope ? ` ${scope}` : ''}`;
}
