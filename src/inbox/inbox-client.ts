/**
 * The inbox's connection to the server and everything it knows: the conversation list, the
 * open conversation with its live detail, the connection state. One immutable `InboxState`
 * replaced on every change, so the Ink components read it with useSyncExternalStore and know
 * nothing of sockets. Replies are kept until the server has stored them and resent after a
 * reconnect under the same client id; entries are merged by `seq`, so a catch-up after a dropped
 * connection neither loses nor doubles anything.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { io, type Socket } from 'socket.io-client';
import type { Conversation, TimelineEntry } from '../domain/conversation.js';
import type { Ack, WireError } from '../protocol/errors.js';
import type {
  AssignedEvent,
  CannedReply,
  HandoffEvent,
  OperatorEntryEvent,
  OperatorHello,
  OperatorReplyEvent,
  OperatorSummary,
  OperatorTypingEvent,
  PresenceEvent,
  ViewersEvent,
} from '../protocol/operator.js';
import { operatorNamespace } from '../protocol/operator.js';
import { assignedNotice } from './assign-views.js';
import { sortConversations } from './conversation-order.js';
import { withAttributesOf } from './customer-attributes.js';
import { type FileServer, sendFile } from './send-file.js';

export type Connection = 'connecting' | 'online' | 'reconnecting' | 'refused';
export interface PendingReply {
  readonly clientId: string;
  readonly conversationId: string;
  readonly text: string;
}

export interface OpenConversation {
  readonly id: string;
  readonly conversation: Omit<Conversation, 'timeline'>;
  readonly entries: readonly TimelineEntry[];
  /** Bot replies being written, by reply id. */
  readonly streams: Readonly<Record<string, string>>;
  /** What the visitor is typing, before they send it. */
  readonly draft: string;
  readonly visitorTyping: boolean;
  readonly online: boolean;
  readonly viewers: readonly string[];
}

export interface InboxState {
  readonly connection: Connection;
  readonly me?: { readonly name: string; readonly role: string };
  readonly canned: readonly CannedReply[];
  readonly conversations: readonly OperatorSummary[];
  readonly unread: Readonly<Record<string, number>>;
  readonly open?: OpenConversation;
  readonly pending: readonly PendingReply[];
  readonly notice?: string;
  readonly problem?: string;
}

export interface InboxClientOptions {
  readonly url: string;
  readonly token: string;
  /** A conversation to open once connected (`chatbot inbox --open`, a notification's command). */
  readonly open?: string;
}

export class InboxClient extends EventEmitter<{ change: []; bell: [] }> {
  private current: InboxState = {
    connection: 'connecting',
    canned: [],
    conversations: [],
    unread: {},
    pending: [],
  };
  private readonly socket: Socket;
  private everConnected = false;
  private noticeTimer: NodeJS.Timeout | undefined;
  private openAtStart: string | undefined;
  /** Where files go (`/file`): a REST upload, so only a client made with a server URL sends them. */
  private readonly fileServer: FileServer | undefined;

  /** A server and token, or (for component tests) a socket that replays recorded events. */
  constructor(options: InboxClientOptions | { readonly socket: Socket; readonly open?: string }) {
    super();
    this.openAtStart = options.open;
    this.fileServer = 'socket' in options ? undefined : options;
    this.socket =
      'socket' in options
        ? options.socket
        : io(`${options.url.replace(/\/+$/, '')}${operatorNamespace}`, {
            transports: ['websocket', 'polling'],
            auth: { token: options.token },
            reconnectionDelay: 500,
            reconnectionDelayMax: 5000,
          });
    this.listen();
  }

  get state(): InboxState {
    return this.current;
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.on('change', listener);
    return () => this.off('change', listener);
  };

  readonly snapshot = (): InboxState => this.current;

  private set(patch: Partial<InboxState>): void {
    this.current = { ...this.current, ...patch };
    this.emit('change');
  }

  private setOpen(patch: Partial<OpenConversation>): void {
    if (!this.current.open) return;
    this.set({ open: { ...this.current.open, ...patch } });
  }

  notify(message: string): void {
    clearTimeout(this.noticeTimer);
    this.set({ notice: message });
    this.noticeTimer = setTimeout(() => this.set({ notice: undefined }), 5000);
    this.noticeTimer.unref();
  }

  /** Every server event, each to its handler below. */
  private listen(): void {
    const { socket } = this;
    socket.on('hello', (hello: OperatorHello) => this.greeted(hello));
    socket.on('disconnect', () => {
      if (this.current.connection !== 'refused') this.set({ connection: 'reconnecting' });
    });
    socket.on('connect_error', (error: Error) => this.connectFailed(error));
    socket.on('error', (error: Partial<WireError>) => this.serverError(error));
    socket.on('conversation', (summary: OperatorSummary) => this.upsert(summary));
    socket.on('entry', (event: OperatorEntryEvent) => this.entryAdded(event));
    socket.on('reply', (event: OperatorReplyEvent) => this.replyStreamed(event));
    socket.on('typing', (event: OperatorTypingEvent) => this.someoneTyping(event));
    socket.on('presence', ({ conversationId, online }: PresenceEvent) => {
      this.patchSummary(conversationId, { online });
      if (this.current.open?.id === conversationId) this.setOpen({ online });
    });
    socket.on('viewers', ({ conversationId, operators }: ViewersEvent) => {
      this.patchSummary(conversationId, { viewers: operators });
      if (this.current.open?.id === conversationId) this.setOpen({ viewers: operators });
    });
    socket.on('assigned', (event: AssignedEvent) => {
      // A chat was given to this operator, by hand or at handoff: ring, and say which.
      this.emit('bell');
      this.notify(assignedNotice(event, this.current.conversations));
    });
    socket.on('handoff', (event: HandoffEvent) => {
      if (event.reason === 'wait-timeout') return;
      // A chat is waiting for a person, or asked for one out of hours and an operator is here
      // anyway: ring the terminal's bell.
      this.emit('bell');
    });
  }

  private greeted(hello: OperatorHello): void {
    this.set({
      connection: 'online',
      me: { name: hello.name, role: hello.role },
      canned: hello.canned ?? [],
      problem: undefined,
    });
    void this.catchUp();
  }

  /** A refused token ends the attempts; anything else is retried by socket.io. */
  private connectFailed(error: Error): void {
    if (error.message === 'unauthorized') {
      this.socket.disconnect();
      this.set({
        connection: 'refused',
        problem: 'The server refused this operator token (revoked, or never issued).',
      });
    } else if (this.everConnected || this.current.connection !== 'connecting')
      this.set({ connection: 'reconnecting' });
    else this.set({ problem: `Cannot reach the server: ${error.message}` });
  }

  private serverError(error: Partial<WireError>): void {
    if (error.code === 'revoked')
      this.set({ connection: 'refused', problem: 'This operator was revoked.' });
    else this.notify(error.message ?? 'The server reported an error');
  }

  private entryAdded({ conversationId, entry }: OperatorEntryEvent): void {
    this.mergeEntries(conversationId, [entry]);
    // The visitor sent what they were typing: the draft is now the message above it. Their
    // own "stopped typing" can be lost (throttled, another tab, a client that never sends it).
    const sent = entry.kind === 'message' && entry.author.kind === 'visitor';
    if (sent && this.current.open?.id === conversationId)
      this.setOpen({ draft: '', visitorTyping: false });
  }

  /** A bot reply being written in the open conversation, piece by piece. */
  private replyStreamed(event: OperatorReplyEvent): void {
    const open = this.current.open;
    if (!open || open.id !== event.conversationId) return;
    const streams = { ...open.streams };
    if (event.phase === 'start') streams[event.replyId] = '';
    else if (event.phase === 'delta')
      streams[event.replyId] = (streams[event.replyId] ?? '') + (event.text ?? '');
    else if (event.phase === 'reset') streams[event.replyId] = '';
    else delete streams[event.replyId];
    this.setOpen({ streams });
  }

  private someoneTyping(event: OperatorTypingEvent): void {
    if (event.who !== 'visitor' || this.current.open?.id !== event.conversationId) return;
    this.setOpen({ visitorTyping: event.on, draft: event.on ? (event.draft ?? '') : '' });
  }

  /** After (re)connecting: the list afresh, the open conversation re-joined, replies resent. */
  private async catchUp(): Promise<void> {
    const first = !this.everConnected;
    this.everConnected = true;
    const listed = (await this.request('conversations', { limit: 500 })) as
      | { conversations: OperatorSummary[] }
      | undefined;
    if (listed) {
      const known = new Map(this.current.conversations.map((c) => [c.id, c]));
      const unread = { ...this.current.unread };
      if (!first)
        for (const summary of listed.conversations) {
          const before = known.get(summary.id);
          if (before && summary.messages > before.messages && summary.id !== this.current.open?.id)
            unread[summary.id] = (unread[summary.id] ?? 0) + summary.messages - before.messages;
        }
      this.set({ conversations: sortConversations(listed.conversations), unread });
    }
    const open = this.current.open;
    if (open) await this.open(open.id);
    else if (this.openAtStart) await this.openRequested(this.openAtStart);
    for (const reply of this.current.pending) this.emitReply(reply);
  }

  private upsert(summary: OperatorSummary): void {
    const before = this.current.conversations.find((c) => c.id === summary.id);
    const others = this.current.conversations.filter((c) => c.id !== summary.id);
    const unread = { ...this.current.unread };
    const grew = summary.messages - (before?.messages ?? 0);
    if (
      grew > 0 &&
      summary.id !== this.current.open?.id &&
      summary.lastMessage?.author === 'visitor'
    )
      unread[summary.id] = (unread[summary.id] ?? 0) + grew;
    this.set({ conversations: sortConversations([...others, summary]), unread });
    if (this.current.open?.id === summary.id)
      this.setOpen({
        conversation: {
          ...this.current.open.conversation,
          state: summary.state,
          assignee: summary.assignee,
          waitingSince: summary.waitingSince,
          askedForPersonAt: summary.askedForPersonAt,
        },
      });
  }

  /** Archived through the REST API: the list rows learn it here, as no socket event says so. */
  markArchived(ids: readonly string[], at: string): void {
    const archived = new Set(ids);
    this.set({
      conversations: this.current.conversations.map((c) =>
        archived.has(c.id) ? { ...c, archivedAt: at } : c,
      ),
    });
  }

  private patchSummary(id: string, patch: Partial<OperatorSummary>): void {
    this.set({
      conversations: this.current.conversations.map((c) => (c.id === id ? { ...c, ...patch } : c)),
    });
  }

  private mergeEntries(conversationId: string, incoming: readonly TimelineEntry[]): void {
    const open = this.current.open;
    const pending = this.current.pending.filter(
      (reply) =>
        !incoming.some((entry) => entry.kind === 'message' && entry.clientId === reply.clientId),
    );
    if (pending.length !== this.current.pending.length) this.set({ pending });
    if (!open || open.id !== conversationId) return;
    const bySeq = new Map(open.entries.map((entry) => [entry.seq, entry]));
    const streams = { ...open.streams };
    for (const entry of incoming) {
      bySeq.set(entry.seq, entry);
      if (entry.kind === 'message' && entry.clientId) delete streams[entry.clientId];
    }
    const entries = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
    let conversation = open.conversation;
    for (const entry of incoming) {
      if (entry.kind === 'event' && entry.type === 'lead' && entry.data.contact)
        conversation = { ...conversation, contact: entry.data.contact as Conversation['contact'] };
      conversation = withAttributesOf(conversation, entry);
    }
    this.setOpen({ entries, streams, conversation });
  }

  /** An acknowledged request; a refusal or no answer is told on the status line. */
  async request(event: string, payload: unknown): Promise<Record<string, unknown> | undefined> {
    try {
      const ack = (await this.socket.timeout(10_000).emitWithAck(event, payload)) as Ack;
      if (ack.ok) return ack;
      this.notify(ack.error?.message ?? `${event} failed`);
    } catch {
      this.notify(`No answer from the server to "${event}"; try again once reconnected.`);
    }
    return undefined;
  }

  async open(id: string): Promise<void> {
    const previous = this.current.open;
    if (previous && previous.id !== id) void this.request('close', { id: previous.id });
    const opened = (await this.request('open', { id })) as
      | { conversation: Conversation; online: boolean; viewers: string[] }
      | undefined;
    if (!opened) return;
    const { timeline, ...conversation } = opened.conversation;
    const same = this.current.open?.id === id ? this.current.open : undefined;
    this.set({
      open: {
        id,
        conversation,
        entries: [],
        streams: same?.streams ?? {},
        draft: same?.draft ?? '',
        visitorTyping: same?.visitorTyping ?? false,
        online: opened.online,
        viewers: opened.viewers,
      },
      unread: { ...this.current.unread, [id]: 0 },
    });
    this.mergeEntries(id, [...(same?.entries ?? []), ...timeline]);
  }

  /** The conversation asked for at start; asked for once, so a reconnect keeps what is open. */
  private async openRequested(id: string): Promise<void> {
    this.openAtStart = undefined;
    await this.open(id);
    if (this.current.open?.id !== id)
      this.notify(`Conversation ${id} could not be opened: it is not on this server.`);
  }

  async takeOver(id: string): Promise<void> {
    await this.act('takeover', id);
  }

  async handBack(id: string): Promise<void> {
    await this.act('handback', id);
  }

  async resolve(id: string): Promise<void> {
    await this.act('resolve', id);
  }

  /** A private note: the server adds it to the timeline, which the open conversation shows. */
  async note(id: string, text: string): Promise<void> {
    if (await this.request('note', { id, text }))
      this.notify('Note added (only operators see it).');
  }

  async tag(id: string, tag: string): Promise<void> {
    if (await this.request('tag', { id, tag })) this.notify(`Tagged #${tag.replace(/^#/, '')}.`);
  }

  private async act(action: 'takeover' | 'handback' | 'resolve', id: string): Promise<void> {
    const done = (await this.request(action, { id })) as { summary?: OperatorSummary } | undefined;
    if (done?.summary) this.upsert(done.summary);
  }

  /** A reply: shown as pending until the server has stored it; resent after a reconnect. */
  send(conversationId: string, text: string): void {
    const reply: PendingReply = { clientId: randomUUID(), conversationId, text };
    this.set({ pending: [...this.current.pending, reply] });
    this.emitReply(reply);
  }

  private emitReply(reply: PendingReply): void {
    if (!this.socket.connected) return;
    this.socket
      .timeout(10_000)
      .emit(
        'message',
        { id: reply.conversationId, text: reply.text, clientId: reply.clientId },
        (timedOut: Error | null, ack: Ack) => {
          if (timedOut) return; // resent on reconnect
          if (!ack.ok) {
            this.set({
              pending: this.current.pending.filter((p) => p.clientId !== reply.clientId),
            });
            this.notify(`Not sent: ${ack.error?.message ?? 'refused'}`);
          }
        },
      );
  }

  /** A local file to the conversation (`/file <path>`); the answer is shown as a notice. */
  async sendFile(conversationId: string, path: string): Promise<void> {
    if (!this.fileServer) return this.notify('Files cannot be sent from here.');
    this.notify(`Sending ${path}…`);
    this.notify((await sendFile(this.fileServer, conversationId, path)).message);
  }

  typing(conversationId: string, on: boolean): void {
    if (this.socket.connected) this.socket.emit('typing', { id: conversationId, on });
  }

  close(): void {
    clearTimeout(this.noticeTimer);
    this.socket.close();
    this.removeAllListeners();
  }
}
