/**
 * Which action each operator socket event and each operator, admin or conversation-management
 * REST route needs: the
 * server refuses anything that is not in these tables, so a new event or route cannot be
 * reached until it names its action here (and a test checks every registered route is listed).
 * `conversation: true` marks requests about one conversation, which agents may make only for
 * conversations they may work on. `audit` names what a successful request appends to the audit
 * log.
 */
import type { Action } from '../domain/permissions.js';
import type { OperatorClientEvent } from '../protocol/operator.js';

export interface Permission {
  readonly action: Action;
  readonly conversation?: boolean;
  /** The audit log's name for it, when it changes something (reads are not logged). */
  readonly audit?: string;
}

export const operatorEventPermissions: Readonly<Record<OperatorClientEvent, Permission>> = {
  conversations: { action: 'conversations.list' },
  open: { action: 'conversations.read', conversation: true },
  close: { action: 'conversations.read' },
  sync: { action: 'conversations.read', conversation: true },
  takeover: { action: 'conversations.takeover', conversation: true, audit: 'takeover' },
  handback: { action: 'conversations.handback', conversation: true, audit: 'handback' },
  resolve: { action: 'conversations.resolve', conversation: true, audit: 'resolve' },
  message: { action: 'conversations.reply', conversation: true, audit: 'reply' },
  typing: { action: 'conversations.reply', conversation: true },
  note: { action: 'conversations.note', conversation: true, audit: 'note' },
  tag: { action: 'conversations.tag', conversation: true, audit: 'tag' },
  assign: { action: 'conversations.assign', conversation: true, audit: 'assign' },
  pass: { action: 'conversations.pass', conversation: true, audit: 'pass' },
  operators: { action: 'conversations.list' },
  // Customer memory: the person's other conversations are then filtered by reach, one by one.
  past: { action: 'conversations.read', conversation: true },
  peek: { action: 'conversations.read', conversation: true },
};

export interface RoutePermission extends Permission {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Express-style: `:name` matches one path segment. */
  readonly path: string;
}

export const routePermissions: readonly RoutePermission[] = [
  { method: 'GET', path: '/api/operator/conversations', action: 'conversations.list' },
  {
    method: 'GET',
    path: '/api/operator/conversations/:id',
    action: 'conversations.read',
    conversation: true,
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/takeover',
    action: 'conversations.takeover',
    conversation: true,
    audit: 'takeover',
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/handback',
    action: 'conversations.handback',
    conversation: true,
    audit: 'handback',
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/resolve',
    action: 'conversations.resolve',
    conversation: true,
    audit: 'resolve',
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/messages',
    action: 'conversations.reply',
    conversation: true,
    audit: 'reply',
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/files',
    action: 'conversations.reply',
    conversation: true,
    audit: 'reply',
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/notes',
    action: 'conversations.note',
    conversation: true,
    audit: 'note',
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/tags',
    action: 'conversations.tag',
    conversation: true,
    audit: 'tag',
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/assign',
    action: 'conversations.assign',
    conversation: true,
    audit: 'assign',
  },
  {
    method: 'POST',
    path: '/api/operator/conversations/:id/pass',
    action: 'conversations.pass',
    conversation: true,
    audit: 'pass',
  },
  { method: 'GET', path: '/api/operator/stats', action: 'stats.read' },
  // Conversation management (routes/conversations.ts): the fixed paths before `:id`.
  { method: 'GET', path: '/api/conversations', action: 'conversations.list' },
  {
    method: 'GET',
    path: '/api/conversations/export',
    action: 'conversations.export',
    audit: 'export',
  },
  { method: 'GET', path: '/api/conversations/settings', action: 'conversations.list' },
  { method: 'PUT', path: '/api/conversations/settings', action: 'conversations.list' },
  {
    method: 'POST',
    path: '/api/conversations/archive',
    action: 'conversations.archive',
    audit: 'archive',
  },
  {
    method: 'POST',
    path: '/api/conversations/delete',
    action: 'conversations.delete',
    audit: 'delete',
  },
  {
    method: 'POST',
    path: '/api/conversations/purge',
    action: 'conversations.delete',
    audit: 'purge',
  },
  {
    method: 'GET',
    path: '/api/conversations/:id',
    action: 'conversations.read',
    conversation: true,
  },
  { method: 'GET', path: '/api/operator/gaps', action: 'gaps.read' },
  { method: 'GET', path: '/api/admin/status', action: 'server.status' },
  { method: 'POST', path: '/api/admin/reload', action: 'knowledge.reload', audit: 'reload' },
  { method: 'POST', path: '/api/admin/deploy', action: 'deploys.manage', audit: 'deploy' },
  { method: 'POST', path: '/api/admin/rollback', action: 'deploys.manage', audit: 'rollback' },
  { method: 'GET', path: '/api/admin/versions', action: 'deploys.read' },
  { method: 'GET', path: '/api/admin/audit', action: 'audit.read' },
];

/** The table entry for a request, and the `:name` segments it matched. */
export function findRoutePermission(
  method: string,
  path: string,
): { permission: RoutePermission; params: Record<string, string> } | undefined {
  const segments = path.replace(/\/+$/, '').split('/');
  for (const permission of routePermissions) {
    if (permission.method !== method.toUpperCase()) continue;
    const pattern = permission.path.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index]!;
      if (!part.startsWith(':')) return part === segment;
      if (!segment) return false;
      params[part.slice(1)] = safeDecode(segment);
      return true;
    });
    if (matches) return { permission, params };
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
