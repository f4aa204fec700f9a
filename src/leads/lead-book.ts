/**
 * Leads: the people who left contact details, one record per person across conversations. A
 * visitor who gives the same email or phone in a second conversation is the same lead, with
 * both conversations listed. Kept in one lowdb file under the data directory: leads are few
 * next to messages, and a whole-file write per new detail costs nothing that matters.
 */
import path from 'node:path';
import { Low } from 'lowdb';
import type { ContactDetails } from '../domain/conversation.js';
import { compactId } from '../store/ids.js';
import { privateJsonFile } from '../store/private-files.js';
import type { Lead, RecordStore } from '../store/records.js';

export type { Lead };

export interface LeadSource {
  readonly conversationId: string;
  readonly lang: string;
  readonly page?: string;
  readonly utm?: Record<string, string>;
}

export interface LeadChange {
  readonly lead: Lead;
  /** A new person, as opposed to new details of a known one. */
  readonly created: boolean;
  /** Details the lead did not have before. */
  readonly added: ContactDetails;
}

interface LeadsFile {
  leads: Lead[];
}

export class LeadBook {
  private constructor(
    private readonly db: Low<LeadsFile>,
    private readonly records?: Pick<RecordStore, 'leads' | 'saveLead'>,
  ) {}
  /** Writes one after another: lowdb rewrites the file whole. */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * `records`: where leads are kept when it is not data/leads.json (PostgreSQL, shared by every
   * node; read again before each change, so two nodes do not make two leads of one person).
   */
  static async open(
    dataDir: string,
    records?: Pick<RecordStore, 'leads' | 'saveLead'>,
  ): Promise<LeadBook> {
    // Not lowdb's JSONFilePreset: under NODE_ENV=test it keeps data in memory only.
    const db = new Low<LeadsFile>(privateJsonFile(path.join(dataDir, 'leads.json')), { leads: [] });
    const book = new LeadBook(db, records);
    await book.reload();
    return book;
  }

  private async reload(): Promise<void> {
    if (this.records) this.db.data = { leads: await this.records.leads() };
    else await this.db.read();
  }

  /** As stored, oldest first; reading never creates the file. */
  list(): readonly Lead[] {
    return this.db.data.leads;
  }

  /**
   * Forgets leads: those `match` chooses are deleted whole (a person's erasure), and the given
   * conversations are struck from the others (conversations deleted, the contact kept).
   * Returns how many leads were deleted.
   */
  erase(match: (lead: Lead) => boolean, conversationIds: ReadonlySet<string>): Promise<number> {
    const run = this.queue.then(async () => {
      const before = this.db.data.leads;
      const kept = before.filter((lead) => !match(lead));
      let changed = kept.length !== before.length;
      for (const lead of kept) {
        const remaining = lead.conversations.filter((id) => !conversationIds.has(id));
        if (remaining.length === lead.conversations.length) continue;
        lead.conversations = remaining;
        changed = true;
      }
      if (!changed) return 0;
      this.db.data.leads = kept;
      await this.db.write();
      return before.length - kept.length;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Adds what a conversation learned about a person; undefined when nothing was new. */
  record(
    contact: ContactDetails,
    source: LeadSource,
    note?: string,
  ): Promise<LeadChange | undefined> {
    const run = this.queue.then(() => this.apply(contact, source, note));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async apply(
    contact: ContactDetails,
    source: LeadSource,
    note: string | undefined,
  ): Promise<LeadChange | undefined> {
    if (!contact.email && !contact.phone && !contact.messenger) return undefined;
    if (this.records) await this.reload();
    const now = new Date().toISOString();
    const leads = this.db.data.leads;
    let lead =
      leads.find((known) => known.conversations.includes(source.conversationId)) ??
      leads.find(
        (known) =>
          (contact.email && known.email === contact.email) ||
          (contact.phone && known.phone === contact.phone),
      );
    const created = !lead;
    if (!lead) {
      lead = {
        id: compactId(),
        notes: [],
        lang: source.lang,
        ...(source.page ? { firstPage: source.page } : {}),
        ...(source.utm && Object.keys(source.utm).length ? { utm: source.utm } : {}),
        conversations: [],
        createdAt: now,
        updatedAt: now,
      };
      leads.push(lead);
    }
    const added: Record<string, string> = {};
    for (const key of ['name', 'email', 'phone', 'messenger'] as const) {
      const value = contact[key];
      if (value && lead[key] !== value) {
        lead[key] = value;
        added[key] = value;
      }
    }
    const newConversation = !lead.conversations.includes(source.conversationId);
    if (newConversation) lead.conversations.push(source.conversationId);
    const newNote = note && !lead.notes.includes(note) ? note : undefined;
    if (newNote) lead.notes.push(newNote);
    if (!created && Object.keys(added).length === 0 && !newConversation && !newNote)
      return undefined;
    lead.updatedAt = now;
    if (this.records) await this.records.saveLead(lead);
    else await this.db.write();
    return { lead, created, added };
  }
}
