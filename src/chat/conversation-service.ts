/**
 * The chat domain's entry point: visitors and operators act on conversations through it, and it
 * tells whoever listens (the socket layer, metrics) what happened, as events. It stores first and
 * announces after, so what a client sees is always what is on disk.
 * Owns: conversation states and their transitions, when the bot replies, and cancelling a reply
 * an operator interrupts. Must not import server, socket or HTTP code.
 */

import { EventEmitter } from 'node:events';
import { Cancellation } from '../ai/cancellation.js';
import type { AiEngine } from '../ai/engine.js';
import type { Attempt } from '../domain/attempt.js';
import { hasContact, isEmail, mergeContact } from '../domain/contact-details.js';
import type {
  Attachment,
  Channel,
  Citation,
  ContactDetails,
  Conversation,
  ConversationState,
  ConversationSummary,
  MessageEntry,
  TimelineEntry,
  VisitorFacts,
} from '../domain/conversation.js';
import type { Handoff } from '../domain/handoff.js';
import type { WireErrorCode } from '../errors/catalogue.js';
import type { IpLocation, Locate } from '../geo/ip-location.js';
import type { LeadBook, LeadChange } from '../leads/lead-book.js';
import type { VisitorFacts as PromptVisitor } from '../prompt/build-context.js';
import type { ReplyEvent } from '../protocol/visitor.js';
import type { BotSnapshot } from '../snapshot/bot-snapshot.js';
import type { GapRecord } from '../store/gap-log.js';
import { compactId } from '../store/ids.js';
import { KeyedQueue } from '../store/keyed-queue.js';
import type { Operator } from '../store/operators.js';
import type { ConversationPatch, Store } from '../store/store.js';
import { currentVote, feedbackData, findAnswer, type Vote } from './answer-feedback.js';
import { botMessages } from './bot-messages.js';
import { type BotTurn, botTurn, type ConversationMemory } from './bot-turn.js';
import { identityVerified, type SignedAttributes, sameAttributes } from './customer-attributes.js';
import { attributesOf } from './escalation.js';
import {
  type AppendAndAnnounce,
  applyEscalation,
  recordQuietTurn,
  tagsPatch,
  topicsPatch,
} from './escalation-effects.js';
import { GapSignals } from './gap-signals.js';
import { announceHandoff } from './handoff.js';
import { LoopTurns } from './loop-turns.js';
import { MemorySummaries } from './memory-summary.js';
import { alreadyRecorded, type RecoveryAction, unansweredQuestions } from './recovery.js';
import { ReplyStream } from './reply-stream.js';
import { assistantFor, countVisit } from './routing.js';

export interface TypingEvent {
  readonly who: 'bot' | 'operator' | 'visitor';
  readonly name?: string;
  readonly on: boolean;
  /** The visitor's unsent draft, for operators' live preview; never stored. */
  readonly draft?: string;
}

export interface ChatEvents {
  /**
   * `origin` is the channel the entry came in on (a visitor's socket) when that channel already
   * has it, in the acknowledgement: it is not sent the entry a second time.
   */
  entry: [
    conversationId: string,
    entry: TimelineEntry,
    summary: ConversationSummary,
    origin?: string,
  ];
  reply: [conversationId: string, event: ReplyEvent];
  typing: [conversationId: string, event: TypingEvent];
  /** A bot reply finished: for metrics. */
  replied: [
    conversationId: string,
    details: { latencyMs: number; failed: boolean; provider: string; attempts: readonly Attempt[] },
  ];
  /** A new lead, or new details of a known one. */
  lead: [conversationId: string, change: LeadChange];
  /** A conversation was created: a visitor's first act, or an API caller's first message. */
  created: [conversationId: string, channel: Channel, visitorId?: string];
  /** Questions a crash or a cut shutdown left unanswered, found at start. */
  recovered: [
    conversationId: string,
    details: { action: RecoveryAction; questions: number; ageMs: number },
  ];
  /** The chat went to a person (or, outside hours, the visitor was asked for contact). */
  handoff: [conversationId: string, details: Handoff];
  /** A question the bot could not answer well was recorded (docs/insight.md). */
  gap: [gap: GapRecord];
}

export interface ServiceDependencies {
  readonly store: Store;
  readonly snapshot: () => BotSnapshot;
  readonly engine: AiEngine;
  readonly leads?: LeadBook;
  readonly clock?: () => Date;
  /** Country and city of an IP address (src/geo); none: conversations carry no location. */
  readonly locate?: Locate;
}

export interface VisitorUpdate {
  readonly lang?: string;
  readonly page?: string;
  readonly pageTitle?: string;
  readonly referrer?: string;
  readonly utm?: Record<string, string>;
  readonly userAgent?: string;
  readonly timezone?: string;
  readonly ip?: string;
}

export interface BotReplyOutcome {
  readonly message: MessageEntry;
  readonly state: ConversationState;
}

export interface MessageOutcome {
  readonly entry: MessageEntry;
  readonly created: boolean;
  /** Resolves when the bot has replied to this message (undefined: it stays silent). */
  readonly reply: Promise<BotReplyOutcome | undefined>;
}

export interface RecoveryTotals {
  answered: number;
  apologized: number;
  /** Conversations that could not be read or written; the others were recovered. */
  failed: Array<{ conversationId: string; error: unknown }>;
}

/** A refusal a client is told of, with its wire code (src/errors/catalogue.ts). */
export class ChatError extends Error {
  constructor(
    readonly code: Extract<WireErrorCode, 'not_found' | 'invalid' | 'forbidden'>,
    message: string,
  ) {
    super(message);
  }
}

const maxPagesRemembered = 50;

/**
 * What most messages have in common, shared rather than made for each one: every message stays
 * in its conversation's window for a while, and small objects made per message were a good part
 * of what the collector promoted. Frozen, so no one can change them for every message at once.
 */
const visitorAuthor = Object.freeze({ kind: 'visitor' as const });
const botAuthor = Object.freeze({ kind: 'bot' as const });
const noAttachments: readonly Attachment[] = Object.freeze([]);

export class ConversationService extends EventEmitter<ChatEvents> {
  /** One bot reply at a time per conversation, in message order. */
  private readonly replyQueues = new KeyedQueue();
  private readonly activeReplies = new Map<string, Cancellation>();
  private readonly loopTurns = new LoopTurns();
  /** Set on shutdown once the grace is over: no reply starts any more. */
  private stopped = false;
  /** Conversations being created, by visitor id. */
  private readonly creating = new Map<string, Promise<Conversation>>();

  private readonly store: Store;
  private readonly snapshot: () => BotSnapshot;
  private readonly engine: AiEngine;
  private readonly leads: LeadBook | undefined;
  private readonly clock: () => Date;
  private readonly gaps: GapSignals;
  private readonly locate: Locate | undefined;
  /** Summaries of a person's earlier conversations, for the prompt (customer memory). */
  private readonly memory: MemorySummaries;

  constructor(dependencies: ServiceDependencies) {
    super();
    this.store = dependencies.store;
    this.snapshot = dependencies.snapshot;
    this.engine = dependencies.engine;
    this.leads = dependencies.leads;
    this.clock = dependencies.clock ?? (() => new Date());
    this.gaps = new GapSignals(this.store, this.clock, (gap) => this.emit('gap', gap));
    this.locate = dependencies.locate;
    this.memory = new MemorySummaries(this.store);
  }

  /**
   * The visitor's conversation, created if they have none yet, with their facts brought up to
   * date. Called when a visitor does something (a message, their contact details, asking for a
   * person, a file), never merely for opening the widget: a visitor who only looks leaves no
   * conversation behind.
   */
  async visitorConversation(
    visitorId: string,
    update: VisitorUpdate | readonly VisitorUpdate[],
  ): Promise<Conversation> {
    const existing = this.store.idForVisitor(visitorId);
    if (existing) return this.updateVisitor(existing, update);
    // Two tabs (or a message and the pre-chat form) acting at once make one conversation.
    let creating = this.creating.get(visitorId);
    if (!creating) {
      creating = this.store
        .create({
          visitorId,
          channel: 'widget',
          lang: this.language(firstLang(update)),
          visitor: {},
        })
        .then((conversation) => {
          this.emit('created', conversation.id, 'widget', visitorId);
          return conversation;
        })
        .finally(() => this.creating.delete(visitorId));
      this.creating.set(visitorId, creating);
    }
    return this.updateVisitor((await creating).id, update);
  }

  /** The visitor's conversation if they have one, with their facts brought up to date. */
  async knownVisitorConversation(
    visitorId: string,
    update: VisitorUpdate,
  ): Promise<Conversation | undefined> {
    const existing = this.store.idForVisitor(visitorId);
    return existing ? this.updateVisitor(existing, update) : undefined;
  }

  /** The bot's language for what a visitor asked for: theirs when the bot speaks it. */
  language(requested: string | undefined): string {
    return this.snapshot().resolveLanguage(requested);
  }

  async externalConversation(
    externalId: string,
    lang: string | undefined,
    channel: Channel = 'api',
  ): Promise<Conversation> {
    const existing = this.store.idForExternal(externalId);
    if (existing) return (await this.store.get(existing))!;
    const conversation = await this.store.create({
      externalId,
      channel,
      lang: this.language(lang),
    });
    this.emit('created', conversation.id, channel);
    return conversation;
  }

  async get(id: string): Promise<Conversation> {
    const conversation = await this.store.get(id);
    if (!conversation) throw new ChatError('not_found', 'No such conversation');
    return conversation;
  }

  /** The visitor's facts brought up to date: one update, or several in the order they came. */
  async updateVisitor(
    id: string,
    update: VisitorUpdate | readonly VisitorUpdate[],
  ): Promise<Conversation> {
    const updates: readonly VisitorUpdate[] = Array.isArray(update) ? update : [update];
    const location = await this.locationOf(id, updates);
    return this.store.update(id, (conversation) => {
      for (const one of updates) {
        const lang = one.lang ? this.snapshot().resolveLanguage(one.lang) : undefined;
        applyVisitorUpdate(conversation, one, lang, this.clock());
      }
      locateVisitor(conversation.visitor, location);
    });
  }

  /** Where the visitor is, looked up only while the conversation has no location yet. */
  private async locationOf(
    id: string,
    updates: readonly VisitorUpdate[],
  ): Promise<IpLocation | undefined> {
    if (!this.locate || this.store.summary(id)?.country) return undefined;
    return this.locate(updates.find((one) => one.ip)?.ip);
  }

  async addUpload(id: string, attachment: Attachment): Promise<void> {
    await this.store.update(id, (conversation) => {
      conversation.uploads.push(attachment);
    });
  }

  /** A visitor's message: stored (once, whatever the resends), then answered by the bot. */
  async visitorMessage(
    id: string,
    input: {
      clientId?: string;
      text: string;
      attachmentIds?: readonly string[];
      /** The socket it came from, which gets the stored entry in its acknowledgement. */
      origin?: string;
    },
  ): Promise<MessageOutcome> {
    const conversation = await this.get(id);
    const attachments = input.attachmentIds?.length
      ? input.attachmentIds.map((attachmentId) => {
          const found = conversation.uploads.find((upload) => upload.id === attachmentId);
          if (!found) throw new ChatError('invalid', `Unknown attachment ${attachmentId}`);
          return found;
        })
      : noAttachments;
    const reopen = conversation.state === 'resolved';
    const result = await this.store.append(
      id,
      {
        kind: 'message',
        author: visitorAuthor,
        text: input.text,
        attachments,
        ...(input.clientId ? { clientId: input.clientId } : {}),
      },
      reopen ? { state: 'bot' } : undefined,
    );
    const entry = result.entry as MessageEntry;
    if (!result.created) return { entry, created: false, reply: Promise.resolve(undefined) };
    this.emit('entry', id, entry, this.summaryOf(id), input.origin);
    if (reopen) await this.recordState(id, 'resolved', 'bot', { by: 'visitor' });
    // A file with no words goes to whoever reads the chat; the bot has nothing to answer.
    const reply = input.text.trim() ? this.queueReply(id, entry) : Promise.resolve(undefined);
    return { entry, created: true, reply };
  }

  /** The widget's "talk to a person" button. */
  async requestHuman(id: string): Promise<void> {
    const conversation = await this.get(id);
    if (conversation.state !== 'bot' && conversation.state !== 'resolved') return;
    await this.gaps.humanRequested(conversation);
    const { humanAvailable: available, text } = announceHandoff(
      this.snapshot().config,
      conversation.lang,
      conversation.contact,
      this.clock(),
    );
    await this.appendAndAnnounce(
      id,
      {
        kind: 'event',
        type: 'handoff-request',
        data: { reason: 'button', humanAvailable: available },
      },
      available ? undefined : this.askedForPerson(),
    );
    await this.botSays(id, text);
    if (available)
      await this.recordState(id, conversation.state, 'waiting', {
        by: 'visitor',
        reason: 'button',
      });
    this.emit('handoff', id, { reason: 'button', humanAvailable: available });
  }

  /**
   * Waiting chats nobody took within handoff.waitTimeout: the visitor is told and asked for
   * contact details, the bot answers again, and the owner is notified. Run on a timer; reads
   * `waitingSince` from the store, so a restart loses no timer.
   */
  async expireWaiting(): Promise<number> {
    const { waitTimeout } = this.snapshot().config.handoff;
    const now = this.clock();
    let expired = 0;
    for (const summary of this.store.list({ state: 'waiting' })) {
      if (!summary.waitingSince) continue;
      if (now.getTime() - Date.parse(summary.waitingSince) < waitTimeout) continue;
      const conversation = await this.get(summary.id);
      if (conversation.state !== 'waiting') continue;
      const texts = botMessages(conversation.lang);
      await this.appendAndAnnounce(summary.id, {
        kind: 'event',
        type: 'wait-timeout',
        data: { waitedMs: now.getTime() - Date.parse(summary.waitingSince) },
      });
      await this.botSays(
        summary.id,
        hasContact(conversation.contact) ? texts.waitTimedOutKnownContact : texts.waitTimedOut,
      );
      await this.recordState(
        summary.id,
        'waiting',
        'bot',
        { by: 'bot', reason: 'wait-timeout' },
        // Whoever was assigned did not come: the chat is nobody's again.
        { waitingSince: undefined, assignee: undefined, ...this.askedForPerson() },
      );
      this.emit('handoff', summary.id, { reason: 'wait-timeout', humanAvailable: false });
      expired++;
    }
    return expired;
  }

  /**
   * Name and email the visitor gave the widget (its pre-chat form or the page's
   * `Chatbot.identify()`): a lead like one typed into the chat.
   */
  async identify(id: string, given: { name?: string; email?: string }): Promise<ContactDetails> {
    if (given.email !== undefined && !isEmail(given.email))
      throw new ChatError('invalid', 'That does not look like an email address');
    const conversation = await this.get(id);
    const added: ContactDetails = {
      ...(given.name ? { name: given.name } : {}),
      ...(given.email ? { email: given.email.toLowerCase() } : {}),
    };
    const contact = mergeContact(conversation.contact, added);
    const unchanged = Object.entries(added).every(
      ([key, value]) => conversation.contact[key as keyof ContactDetails] === value,
    );
    if (!unchanged) await this.recordLead(id, conversation, contact, added, undefined);
    return contact;
  }

  /**
   * Customer attributes passed to `Chatbot.identify()`: stored (replacing earlier ones) only when
   * the site signed them with `identity.secret`; false when they were dropped.
   */
  async setCustomerAttributes(id: string, given: SignedAttributes): Promise<boolean> {
    if (!identityVerified(this.snapshot().config.identity.secret, given)) return false;
    const conversation = await this.get(id);
    if (sameAttributes(conversation.attributes, given.attributes)) return true;
    const attributes = { ...given.attributes };
    await this.appendAndAnnounce(
      id,
      { kind: 'event', type: 'attributes', data: { attributes } },
      { attributes },
    );
    return true;
  }

  /** The visitor's rating of a resolved conversation; a second rating replaces the first. */
  async rate(id: string, rating: number, comment?: string): Promise<void> {
    const conversation = await this.get(id);
    if (conversation.state !== 'resolved')
      throw new ChatError('invalid', 'Only a resolved conversation can be rated');
    await this.appendAndAnnounce(
      id,
      { kind: 'event', type: 'rating', data: { rating, ...(comment ? { comment } : {}) } },
      // On the conversation too, so its list row (and the filters) know the rating.
      { rating },
    );
    await this.gaps.rated(conversation, rating);
  }

  /** The visitor's thumbs up or down on a bot answer of their conversation; a new vote replaces it. */
  async feedback(id: string, messageId: string, vote: Vote): Promise<void> {
    if (!this.snapshot().config.widget.feedback)
      throw new ChatError('forbidden', 'Answer feedback is turned off');
    const conversation = await this.get(id);
    const answer = await findAnswer(this.store, conversation, messageId);
    if (!answer)
      throw new ChatError('invalid', 'Only a bot answer in this conversation can be rated');
    if ((await currentVote(this.store, conversation, answer)) === vote) return;
    await this.appendAndAnnounce(id, {
      kind: 'event',
      type: 'feedback',
      data: { ...feedbackData(answer, vote) },
    });
    if (vote === 'down') await this.gaps.votedDown(conversation, answer);
  }

  /** An operator's private note: in the timeline for operators and exports, never for visitors. */
  async addNote(id: string, by: string, text: string): Promise<void> {
    await this.get(id);
    await this.appendAndAnnounce(id, { kind: 'event', type: 'note', data: { by, text } });
  }

  /** An operator's tag on the conversation, kept in the timeline like a note. */
  async addTag(id: string, by: string, tag: string): Promise<void> {
    const conversation = await this.get(id);
    const name = tag.replace(/^#/, '').toLowerCase();
    await this.appendAndAnnounce(
      id,
      { kind: 'event', type: 'tag', data: { by, tag: name } },
      tagsPatch(conversation, [name]),
    );
  }

  /**
   * Gives a waiting or taken chat to an operator (by hand, a pass, or assignment at handoff),
   * and records its team. The state stays: a waiting chat waits for its assignee to take it.
   */
  async assign(id: string, change: AssignChange): Promise<boolean> {
    const conversation = await this.get(id);
    const invalid = new ChatError('invalid', 'Only a waiting or taken chat can be assigned');
    if (conversation.state === 'bot' || conversation.state === 'resolved') throw invalid;
    const team = change.team ?? conversation.team;
    if (conversation.assignee === change.to && conversation.team === team) return false;
    const data = { to: change.to, by: change.by, ...(team ? { team } : {}) };
    // Checked again in the write itself: another server may have assigned or closed it since.
    const result = await this.store.appendIf(
      id,
      { kind: 'event', type: 'assign', data },
      { assignee: change.to, ...(team ? { team } : {}) },
      (stored) => stillAssignable(stored, change),
    );
    if (!result) {
      if (change.ifStill) return false;
      throw invalid;
    }
    this.emit('entry', id, result.entry, this.summaryOf(id));
    return true;
  }

  /**
   * Takes a chat back from an assignee who is gone (away too long, or revoked) and puts it in
   * its team's queue again: a taken chat waits again. False when it is no longer theirs.
   */
  async unassign(id: string, change: { readonly from: string; readonly reason: string }) {
    const conversation = await this.get(id);
    const open = conversation.state === 'waiting' || conversation.state === 'human';
    if (!open || conversation.assignee !== change.from) return false;
    const data = { from: change.from, reason: change.reason };
    await this.appendAndAnnounce(
      id,
      { kind: 'event', type: 'unassign', data },
      { assignee: undefined },
    );
    if (conversation.state === 'human')
      await this.recordState(id, 'human', 'waiting', { by: 'assignment', reason: change.reason });
    return true;
  }

  /** Puts a chat in a team's queue at handoff, with nobody assigned yet. */
  async route(id: string, team: string | undefined): Promise<void> {
    const conversation = await this.get(id);
    if (!team || conversation.team === team) return;
    // An event, not a quiet update: agents' lists follow the chat to its team at once.
    await this.appendAndAnnounce(id, { kind: 'event', type: 'route', data: { team } }, { team });
  }

  async takeOver(id: string, operator: Operator): Promise<Conversation> {
    const conversation = await this.get(id);
    if (conversation.state === 'human' && conversation.assignee === operator.name)
      return conversation;
    // The bot stops at once: a reply being written is dropped, never shown half-done.
    this.cancelReply(id);
    await this.recordState(
      id,
      conversation.state,
      'human',
      { by: operator.name },
      { assignee: operator.name, waitingSince: undefined, askedForPersonAt: undefined },
    );
    return this.get(id);
  }

  async handBack(id: string, operator: Operator): Promise<void> {
    const conversation = await this.get(id);
    if (conversation.state !== 'human')
      throw new ChatError('invalid', 'Only a conversation a person has can be handed back');
    await this.recordState(
      id,
      'human',
      'bot',
      { by: operator.name },
      { assignee: undefined, bot: { failedInARow: 0, aiReplies: conversation.bot.aiReplies } },
    );
  }

  async resolve(id: string, by: string): Promise<void> {
    const conversation = await this.get(id);
    if (conversation.state === 'resolved') return;
    this.cancelReply(id);
    await this.recordState(
      id,
      conversation.state,
      'resolved',
      { by },
      { assignee: undefined, waitingSince: undefined, askedForPersonAt: undefined },
    );
  }

  /**
   * An operator's reply, with the files they sent (already checked and stored, see
   * server/uploads.ts); replying to a conversation the bot has takes it over.
   */
  async operatorMessage(
    id: string,
    operator: Operator,
    input: { clientId?: string; text: string; attachments?: readonly Attachment[] },
  ): Promise<MessageEntry> {
    const conversation = await this.get(id);
    if (conversation.state !== 'human') await this.takeOver(id, operator);
    const result = await this.store.append(id, {
      kind: 'message',
      author: { kind: 'operator', name: operator.name },
      text: input.text,
      attachments: input.attachments ?? [],
      ...(input.clientId ? { clientId: input.clientId } : {}),
    });
    if (result.created) this.emit('entry', id, result.entry, this.summaryOf(id));
    return result.entry as MessageEntry;
  }

  /** Marks the conversation for answers by email, for operators to see (docs/channels.md). */
  async markEmailFollowUp(id: string, email: string | undefined): Promise<void> {
    await this.get(id);
    await this.appendAndAnnounce(id, {
      kind: 'event',
      type: 'email-follow-up',
      data: email ? { email } : {},
    });
  }

  /** A line from the bot that is no reply: what another part of the server tells the visitor. */
  async botNotice(id: string, text: string): Promise<void> {
    await this.get(id);
    await this.botSays(id, text);
  }

  /** The list row the store keeps: no need to read the whole timeline for every event. */
  private summaryOf(id: string): ConversationSummary {
    return this.store.summary(id)!;
  }

  typing(id: string, event: TypingEvent): void {
    this.emit('typing', id, event);
  }

  /** Replies in flight, for a graceful shutdown to wait on. */
  pendingReplies(): Promise<unknown>[] {
    return this.replyQueues.pending();
  }

  /**
   * The shutdown's grace is over: replies being written are dropped (a visitor sees the
   * half-written text withdrawn, not frozen) and queued ones never start. Their questions stay
   * stored without an answer, for recoverUnanswered at the next start. Returns how many chats
   * had a reply cut.
   */
  stopReplies(): number {
    this.stopped = true;
    const cut = this.replyQueues.size;
    for (const cancellation of this.activeReplies.values()) cancellation.cancel();
    return cut;
  }

  /**
   * At start, before visitors can reach the server: every question a crash or a cut shutdown
   * left unanswered in a chat the bot has is answered now, or, when older than `maxAgeMs`, the
   * visitor gets one apology asking them to ask again. Either way an event tells operators.
   * Runs once per question however often the process restarts: a question counts as answered
   * only when a reply to it is stored, and the event is not written twice. Resolves once the
   * work is queued; the answers follow like any reply, in order per conversation.
   */
  async recoverUnanswered(maxAgeMs: number): Promise<RecoveryTotals> {
    const totals: RecoveryTotals = { answered: 0, apologized: 0, failed: [] };
    // API callers get the reply in the response to their request: one cut by a crash was never
    // acknowledged, and the caller retries it.
    for (const summary of this.store.list({ state: 'bot', channel: 'widget' })) {
      // The list row knows who wrote last: most chats are skipped without being read.
      if (summary.lastMessage?.author !== 'visitor') continue;
      try {
        const outcome = await this.recoverConversation(summary.id, maxAgeMs);
        if (outcome?.action === 'apology') totals.apologized += outcome.questions;
        else if (outcome) totals.answered += outcome.questions;
      } catch (error) {
        // One unreadable conversation does not keep the others, or the server, from starting.
        totals.failed.push({ conversationId: summary.id, error });
      }
    }
    return totals;
  }

  private async recoverConversation(
    id: string,
    maxAgeMs: number,
  ): Promise<{ action: RecoveryAction; questions: number } | undefined> {
    const conversation = await this.get(id);
    const questions =
      unansweredQuestions(conversation.timeline) ??
      unansweredQuestions(await this.store.entriesAfter(id, 0))!;
    const last = questions[questions.length - 1];
    if (!last) return undefined;
    const ageMs = Math.max(0, this.clock().getTime() - Date.parse(last.at));
    const action: RecoveryAction = ageMs > maxAgeMs ? 'apology' : 'answered';
    const entries = await this.store.entriesAfter(id, last.seq);
    if (!alreadyRecorded(entries, last, action))
      await this.appendAndAnnounce(id, {
        kind: 'event',
        type: 'recovery',
        data: { action, questions: questions.length, ageMs, since: questions[0]!.at },
      });
    if (action === 'apology') await this.botSays(id, botMessages(conversation.lang).askAgain);
    // Answered like any reply, in order; one that fails stays unanswered for the next start.
    else for (const question of questions) void this.queueReply(id, question).catch(noop);
    this.emit('recovered', id, { action, questions: questions.length, ageMs });
    return { action, questions: questions.length };
  }

  private queueReply(id: string, message: MessageEntry): Promise<BotReplyOutcome | undefined> {
    // Start after pending I/O: acknowledging other visitors' messages comes before replying.
    return this.replyQueues.run(id, () =>
      this.loopTurns.next().then(() => this.reply(id, message)),
    );
  }

  private cancelReply(id: string): void {
    this.activeReplies.get(id)?.cancel();
  }

  private async reply(id: string, message: MessageEntry): Promise<BotReplyOutcome | undefined> {
    if (this.stopped) return undefined;
    const conversation = await this.get(id);
    if (conversation.state !== 'bot') {
      // Silent, but details typed to a waiting or human chat are still a lead.
      const turn = await botTurn(this.snapshot(), memoryOf(conversation, message), message.text, {
        engine: this.engine,
        attributes: attributesOf(conversation),
      });
      await this.saveLead(id, conversation, turn);
      await recordQuietTurn(this.store, this.announceEntry, id, turn);
      return undefined;
    }
    // The assistant the routing rules pick now (docs/routing.md) writes the reply.
    const current = this.snapshot();
    const snapshot = current.forAssistant(assistantFor(conversation, current.config, this.clock()));
    const cancellation = new Cancellation();
    this.activeReplies.set(id, cancellation);
    const stream = new ReplyStream(compactId(), {
      reply: (event) => this.emit('reply', id, event),
      typing: (on) => this.emit('typing', id, { who: 'bot', on }),
    });
    const started = performance.now();
    stream.begin();
    try {
      const turn = await botTurn(snapshot, memoryOf(conversation, message), message.text, {
        engine: this.engine,
        budgetKey: id,
        attributes: attributesOf(conversation),
        now: this.clock(),
        visitor: await this.promptVisitor(conversation),
        cancellation,
        onText: (text) => stream.text(text),
        onReset: () => stream.reset(),
      });
      if (turn.cancelled || cancellation.cancelled || !turn.reply) {
        stream.cancel();
        await this.saveLead(id, conversation, turn);
        return undefined;
      }
      stream.finish(turn.reply);
      await this.saveLead(id, conversation, turn);
      return await this.storeReply(id, conversation, message, turn, stream, started);
    } finally {
      stream.cancel();
      stream.stopTyping();
      this.activeReplies.delete(id);
    }
  }

  /** What the prompt is told of the visitor: the page, and (memory.summaries) earlier chats. */
  private async promptVisitor(conversation: Conversation): Promise<PromptVisitor> {
    const page = visitedPage(conversation.visitor);
    if (!this.snapshot().config.memory.summaries) return page;
    const earlier = await this.memory.summaryFor(conversation.id);
    return earlier ? { ...page, returning: true, earlier } : page;
  }

  /** The written reply: stored with what it changed, announced, and the handoff it made. */
  private async storeReply(
    id: string,
    conversation: Conversation,
    message: MessageEntry,
    turn: BotTurn,
    stream: ReplyStream,
    started: number,
  ): Promise<BotReplyOutcome> {
    const latencyMs = Math.round(performance.now() - started);
    const details = {
      citations: turn.citations as Citation[],
      ...(turn.suggestions?.length ? { suggestions: turn.suggestions as Citation[] } : {}),
      provider: turn.provider,
      ...(turn.model ? { model: turn.model } : {}),
      latencyMs,
      failed: turn.failed,
      // A copy of exact length: the cascade's array grew by push, with room for 17.
      ...(turn.attempts.length ? { attempts: turn.attempts.slice() } : {}),
      // Which question this answers: a restart finds the ones nothing answered (recovery.ts).
      inReplyTo: message.seq,
      ...(turn.refusal ? { refusal: true } : {}),
      // Kept on the reply: a handoff outside business hours changes no state to record it.
      ...(turn.handoff
        ? { handoff: { reason: turn.handoff.reason, humanAvailable: turn.handoff.humanAvailable } }
        : {}),
      ...(turn.topics?.length ? { topics: turn.topics } : {}),
      ...(turn.assistant ? { assistant: turn.assistant } : {}),
    };
    const stored = await this.store.append(
      id,
      {
        kind: 'message',
        author: botAuthor,
        text: turn.reply ?? '',
        attachments: noAttachments,
        clientId: stream.replyId,
        bot: details,
      },
      {
        bot: { failedInARow: turn.memory.failedInARow, aiReplies: turn.memory.aiReplies },
        ...(turn.handoff && !turn.handoff.humanAvailable ? this.askedForPerson() : {}),
        ...topicsPatch(conversation, turn.topics),
        ...(conversation.assistant !== turn.assistant ? { assistant: turn.assistant } : {}),
      },
    );
    // Another server already answered this question (the store refused a second reply to it):
    // theirs is the answer; this one's streamed text is withdrawn.
    if (!stored.created)
      return { message: stored.entry as MessageEntry, state: stored.conversation.state };
    this.emit('entry', id, stored.entry, this.summaryOf(id));
    stream.delivered();
    await this.gaps.replied(conversation, message, turn);
    this.emit('replied', id, {
      latencyMs,
      failed: turn.failed,
      provider: turn.provider,
      attempts: turn.attempts,
    });
    // Before the handoff: the team and priority it sets are the ones assignment reads.
    if (turn.escalation)
      await applyEscalation(this.announceEntry, stored.conversation, turn.escalation);
    let state: ConversationState = stored.conversation.state;
    if (turn.handoff) {
      if (turn.memory.state !== state) {
        await this.recordState(id, state, turn.memory.state, {
          by: 'bot',
          reason: turn.handoff.reason,
          ...(turn.handoff.detail ? { detail: turn.handoff.detail } : {}),
        });
        state = turn.memory.state;
      }
      this.emit('handoff', id, turn.handoff);
    }
    return { message: stored.entry as MessageEntry, state };
  }

  /** Contact details this turn found: onto the conversation, into the lead book, announced. */
  private async saveLead(id: string, conversation: Conversation, turn: BotTurn): Promise<void> {
    if (!turn.newContact && !turn.leadNote) return;
    await this.recordLead(
      id,
      conversation,
      turn.memory.contact,
      turn.newContact ?? {},
      turn.leadNote,
    );
  }

  private async recordLead(
    id: string,
    conversation: Conversation,
    contact: ContactDetails,
    added: ContactDetails,
    note: string | undefined,
  ): Promise<void> {
    await this.appendAndAnnounce(
      id,
      {
        kind: 'event',
        type: 'lead',
        data: { added, contact, ...(note ? { note } : {}) },
      },
      { contact },
    );
    const change = await this.leads?.record(
      contact,
      {
        conversationId: id,
        lang: conversation.lang,
        ...(conversation.visitor.pages[0] ? { page: conversation.visitor.pages[0].url } : {}),
        ...(conversation.visitor.utm ? { utm: conversation.visitor.utm } : {}),
      },
      note,
    );
    if (change) this.emit('lead', id, change);
  }

  /** The mark a chat gets when the visitor asked for a person and the bot had to keep it. */
  private askedForPerson(): ConversationPatch {
    return { askedForPersonAt: this.clock().toISOString() };
  }

  private async botSays(id: string, text: string): Promise<void> {
    await this.appendAndAnnounce(id, {
      kind: 'message',
      author: botAuthor,
      text,
      attachments: noAttachments,
    });
  }

  private async recordState(
    id: string,
    from: ConversationState,
    to: ConversationState,
    data: Record<string, unknown>,
    patch?: ConversationPatch,
  ): Promise<void> {
    await this.appendAndAnnounce(
      id,
      { kind: 'event', type: 'state', data: { from, to, ...data } },
      {
        state: to,
        ...(to === 'waiting'
          ? { waitingSince: this.clock().toISOString(), askedForPersonAt: undefined }
          : {}),
        ...patch,
      },
    );
  }

  /** appendAndAnnounce for the escalation's effects (escalation-effects.ts). */
  private readonly announceEntry: AppendAndAnnounce = (id, entry, patch) =>
    this.appendAndAnnounce(id, entry, patch);

  private async appendAndAnnounce(
    id: string,
    entry: Parameters<Store['append']>[1],
    patch?: ConversationPatch,
  ): Promise<TimelineEntry> {
    const result = await this.store.append(id, entry, patch);
    this.emit('entry', id, result.entry, this.summaryOf(id));
    return result.entry;
  }
}

function noop(): void {}

/** Who a chat goes to, who says so, and what it must still be like when written. */
export interface AssignChange {
  readonly to: string;
  readonly by: string;
  readonly team?: string | undefined;
  /**
   * Assign only if the chat's assignee (undefined: nobody) and, when given, its state are
   * still these: automatic assignment on several servers gives a chat once. Unmet: false.
   */
  readonly ifStill?: {
    readonly assignee: string | undefined;
    readonly state?: ConversationState;
  };
}

function stillAssignable(stored: Conversation, change: AssignChange): boolean {
  if (stored.state !== 'waiting' && stored.state !== 'human') return false;
  const expected = change.ifStill;
  if (!expected) return true;
  return (
    stored.assignee === expected.assignee &&
    (expected.state === undefined || stored.state === expected.state)
  );
}

/** Earlier turns the bot reads with each message. */
const rememberedTurns = 6;

function memoryOf(conversation: Conversation, current: MessageEntry): ConversationMemory {
  // Read backwards to the six turns wanted, without the filtered copies of the whole window a
  // filter().slice().map() would make for every message.
  const turns: Array<{ author: 'visitor' | 'bot'; text: string }> = [];
  const { timeline } = conversation;
  for (let index = timeline.length - 1; index >= 0 && turns.length < rememberedTurns; index--) {
    const entry = timeline[index]!;
    if (entry.kind !== 'message' || entry.seq >= current.seq) continue;
    const author = entry.author.kind;
    if (author === 'visitor' || author === 'bot') turns.push({ author, text: entry.text });
  }
  turns.reverse();
  return {
    lang: conversation.lang,
    state: conversation.state,
    turns,
    failedInARow: conversation.bot.failedInARow,
    aiReplies: conversation.bot.aiReplies,
    contact: conversation.contact,
  };
}

/** The language a visitor's first update asked for. */
function firstLang(update: VisitorUpdate | readonly VisitorUpdate[]): string | undefined {
  return Array.isArray(update)
    ? update.find((one) => one.lang)?.lang
    : (update as VisitorUpdate).lang;
}

function applyVisitorUpdate(
  conversation: Conversation,
  update: VisitorUpdate,
  lang: string | undefined,
  now: Date,
): void {
  const facts: VisitorFacts = conversation.visitor;
  const at = now.toISOString();
  countVisit(conversation, now);
  facts.lastSeen = at;
  if (lang) conversation.lang = lang;
  if (update.referrer && !facts.referrer) facts.referrer = update.referrer;
  if (update.utm && Object.keys(update.utm).length > 0) facts.utm = { ...facts.utm, ...update.utm };
  if (update.userAgent) facts.userAgent = update.userAgent;
  if (update.timezone) facts.timezone = update.timezone;
  if (update.ip) facts.ip = update.ip;
  if (update.page && update.page !== facts.page) {
    facts.page = update.page;
    facts.pageTitle = update.pageTitle;
    facts.pages = [
      ...facts.pages,
      { url: update.page, ...(update.pageTitle ? { title: update.pageTitle } : {}), at },
    ].slice(-maxPagesRemembered);
  }
}

/**
 * Country and city from the first address the conversation is seen from: where the visit
 * began, kept when a phone changes networks mid-chat, and kept when retention forgets the IP.
 */
function locateVisitor(facts: VisitorFacts, location: IpLocation | undefined): void {
  if (!location || facts.country) return;
  facts.country = location.country;
  if (location.city) facts.city = location.city;
}

/**
 * The page facts a reply's prompt may use. Assigned key by key: a literal of optional spreads gets
 * a hidden class of its own in V8, once per reply, and every one is garbage to collect.
 */
function visitedPage(visitor: VisitorFacts): {
  page?: string;
  pageTitle?: string;
  referrer?: string;
  returning?: boolean;
} {
  const page: { page?: string; pageTitle?: string; referrer?: string; returning?: boolean } = {};
  if ((visitor.visits ?? 1) > 1) page.returning = true;
  if (visitor.page) page.page = visitor.page;
  if (visitor.pageTitle) page.pageTitle = visitor.pageTitle;
  if (visitor.referrer) page.referrer = visitor.referrer;
  return page;
}
