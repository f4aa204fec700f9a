/**
 * Deleting conversations for good: in bulk (old ones, by filter, by retention), or everything
 * about one person for an erasure request. A conversation goes with its messages and events,
 * its uploaded files, its line in the list, and pending notifications about it; an erased
 * person's leads go whole, while a bulk delete only strikes the conversations from the leads
 * (the contact was given to the business, not to one chat).
 */
import { readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Attachment, ConversationSummary } from '../domain/conversation.js';
import type { Lead, LeadBook } from '../leads/lead-book.js';
import { writePrivateFile } from '../store/private-files.js';
import type { Store } from '../store/store.js';

/** Notifications waiting to be sent (the server's Notifier, or its outbox file when stopped). */
export interface PendingNotifications {
  forget(match: (notification: string) => boolean): Promise<number>;
}

export interface ErasureDependencies {
  readonly store: Store;
  readonly uploadsDir: string;
  readonly leads?: LeadBook;
  readonly notifications?: PendingNotifications;
}

export interface ErasureReport {
  readonly conversations: number;
  readonly messages: number;
  readonly uploads: number;
  readonly leads: number;
  readonly notifications: number;
}

export interface Person {
  readonly email?: string;
  readonly visitor?: string;
}

/** Deletes the conversations, their uploads, and what notifications and leads say of them. */
export async function deleteConversations(
  dependencies: ErasureDependencies,
  chosen: readonly ConversationSummary[],
  eraseLead: (lead: Lead) => boolean = () => false,
  mentions: readonly string[] = [],
): Promise<ErasureReport> {
  const { store } = dependencies;
  const ids = new Set(chosen.map((summary) => summary.id));
  let messages = 0;
  let uploads = 0;
  for (const summary of chosen) {
    const conversation = await store.get(summary.id);
    if (!conversation) continue;
    messages += summary.messages;
    uploads += await removeUploads(dependencies.uploadsDir, conversation.uploads);
    await store.remove(summary.id);
  }
  // The questions the bot could not answer are kept apart from the timelines (chatbot gaps).
  if (ids.size > 0) await store.forgetGaps(ids);
  const leads = dependencies.leads ? await dependencies.leads.erase(eraseLead, ids) : 0;
  const words = [...ids, ...mentions.filter(Boolean)];
  const notifications =
    dependencies.notifications && words.length > 0
      ? await dependencies.notifications.forget((text) => words.some((word) => text.includes(word)))
      : 0;
  return { conversations: ids.size, messages, uploads, leads, notifications };
}

/** The conversations an erasure of this person deletes: theirs by email, visitor id or lead. */
export function personConversations(
  dependencies: Pick<ErasureDependencies, 'store' | 'leads'>,
  person: Person,
): ConversationSummary[] {
  const email = person.email?.trim().toLowerCase();
  const leadConversations = new Set(
    (dependencies.leads?.list() ?? [])
      .filter((lead) => isTheirs(lead, email))
      .flatMap((lead) => lead.conversations),
  );
  return dependencies.store
    .list()
    .filter(
      (summary) =>
        leadConversations.has(summary.id) ||
        (email && summary.contactEmail?.toLowerCase() === email) ||
        (person.visitor && summary.visitorId === person.visitor),
    );
}

function isTheirs(lead: Lead, email: string | undefined): boolean {
  return Boolean(email && lead.email?.toLowerCase() === email);
}

/**
 * Everything about one person: the conversations with their email or visitor id, those of their
 * leads, the leads themselves, and notifications that name them.
 */
export async function erasePerson(
  dependencies: ErasureDependencies,
  person: Person,
): Promise<ErasureReport> {
  const email = person.email?.trim().toLowerCase();
  const chosen = personConversations(dependencies, person);
  const chosenIds = new Set(chosen.map((summary) => summary.id));
  const theirLeads = (dependencies.leads?.list() ?? []).filter(
    (lead) => isTheirs(lead, email) || lead.conversations.some((id) => chosenIds.has(id)),
  );
  // A pending notification names the person by email, phone or conversation.
  const mentions = [
    email ?? '',
    person.visitor ?? '',
    ...chosen.map((summary) => summary.contactPhone ?? ''),
    ...theirLeads.flatMap((lead) => [lead.email ?? '', lead.phone ?? '']),
  ];
  return deleteConversations(dependencies, chosen, (lead) => theirLeads.includes(lead), mentions);
}

/** Deletes a conversation's uploaded files; returns how many were there. */
export async function removeUploads(
  uploadsDir: string,
  files: readonly Attachment[],
): Promise<number> {
  let removed = 0;
  for (const file of files) {
    // The stored name is the URL's last part; basename keeps a forged URL out of other folders.
    const path = join(uploadsDir, basename(file.url));
    try {
      await rm(path);
      removed++;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return removed;
}

/** The outbox file of a stopped server, edited in place. */
export function outboxFile(dataDir: string): PendingNotifications {
  const path = join(dataDir, 'outbox.json');
  return {
    async forget(match) {
      let outbox: { deliveries: { notification: unknown }[] };
      try {
        outbox = JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
        throw error;
      }
      const kept = outbox.deliveries.filter(
        (delivery) => !match(JSON.stringify(delivery.notification)),
      );
      const dropped = outbox.deliveries.length - kept.length;
      if (dropped > 0)
        await writePrivateFile(path, JSON.stringify({ ...outbox, deliveries: kept }));
      return dropped;
    },
  };
}

/** "2 conversations (31 messages), 1 upload, 1 lead, 0 pending notifications" */
export function describeErasure(report: ErasureReport): string {
  const n = (count: number, one: string, many = `${one}s`) =>
    `${count} ${count === 1 ? one : many}`;
  return `${n(report.conversations, 'conversation')} (${n(report.messages, 'message')}), ${n(report.uploads, 'uploaded file')}, ${n(report.leads, 'lead')}, ${n(report.notifications, 'pending notification')}`;
}
