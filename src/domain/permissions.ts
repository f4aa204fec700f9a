/**
 * Who may do what: the one permission table. Every operator REST route, admin route and
 * /operator socket event names one of these actions (src/server/permission-map.ts), and the
 * server asks `can` before doing anything. A new capability adds its action here first.
 *
 * Agents also have a narrower reach: conversation actions apply only to conversations assigned
 * to them, or unassigned ones of their teams (`mayWorkOn`). Managers and admins reach every
 * conversation.
 */

export const operatorRoles = ['admin', 'manager', 'agent'] as const;
export type OperatorRole = (typeof operatorRoles)[number];

export const actions = [
  'conversations.list',
  'conversations.read',
  'conversations.reply',
  'conversations.takeover',
  'conversations.handback',
  'conversations.resolve',
  'conversations.assign',
  'conversations.pass',
  'conversations.note',
  'conversations.tag',
  'conversations.export',
  'conversations.archive',
  'conversations.delete',
  'stats.read',
  'gaps.read',
  'operators.manage',
  'audit.read',
  'server.status',
  'knowledge.reload',
  'deploys.read',
  'deploys.manage',
] as const;
export type Action = (typeof actions)[number];

/** What an agent does on the conversations they may work on. */
const agentActions: readonly Action[] = [
  'conversations.list',
  'conversations.read',
  'conversations.reply',
  'conversations.takeover',
  'conversations.handback',
  'conversations.resolve',
  'conversations.pass',
  'conversations.note',
  'conversations.tag',
];

/** Managers run the floor: every conversation, assignment, numbers and exports. */
const managerActions: readonly Action[] = [
  ...agentActions,
  'conversations.assign',
  'conversations.export',
  'conversations.archive',
  'stats.read',
  'gaps.read',
];

const grants: Readonly<Record<OperatorRole, ReadonlySet<Action>>> = {
  admin: new Set(actions),
  manager: new Set(managerActions),
  agent: new Set(agentActions),
};

export function can(role: OperatorRole, action: Action): boolean {
  return grants[role]?.has(action) ?? false;
}

export function isOperatorRole(value: unknown): value is OperatorRole {
  return typeof value === 'string' && (operatorRoles as readonly string[]).includes(value);
}

/** The facts about an operator that decide their reach. */
export interface Actor {
  readonly name: string;
  readonly role: OperatorRole;
  readonly teams?: readonly string[];
}

/** The facts about a conversation that decide who may work on it. */
export interface ConversationReach {
  readonly assignee?: string;
  /** The team the conversation was routed to; none means the shared queue. */
  readonly team?: string;
}

/**
 * Whether an actor may see and act on a conversation. An agent: their own, or an unassigned one
 * of one of their teams (or of the shared queue, when it has no team).
 */
export function mayWorkOn(actor: Actor, conversation: ConversationReach): boolean {
  if (actor.role !== 'agent') return true;
  if (conversation.assignee) return conversation.assignee === actor.name;
  if (!conversation.team) return true;
  return actor.teams?.includes(conversation.team) ?? false;
}
