/**
 * The visitor's side of one conversation: history over REST, then socket.io for everything live.
 * Every message is kept until the server acknowledges it, and resent with the same client id after
 * a reconnect (the server stores it once); entries are merged by `seq`, so a catch-up after a
 * reconnect shows what was missed, in order, nothing twice.
 */
import { io, type Socket } from 'socket.io-client';
import type {
  Ack,
  ConversationState,
  ReplyEvent,
  VisitorAttachment,
  VisitorEntry,
  VisitorHistory,
  VisitorIdentifyAck,
  VisitorSession,
  VisitorTyping,
  WireError,
} from '../../../src/protocol/index.js';
import { visitorNamespace } from '../../../src/protocol/index.js';
import { identifyPayload, mergeIdentity } from '../shared/identity.js';
import type { ChatHost, Contact, WidgetSettings } from '../shared/types.js';
import { tokenKey } from '../shared/types.js';

export type { ConversationState } from '../../../src/protocol/index.js';
export type Connection = 'connecting' | 'online' | 'reconnecting' | 'offline';
export type Attachment = VisitorAttachment;
/** A message or a state change, as the server shows it to visitors. */
export type Entry = VisitorEntry;

export interface Outgoing {
  readonly clientId: string;
  readonly text: string;
  readonly attachments: readonly Attachment[];
  /** `held`: refused by the rate limit, waiting for `heldUntil` to go again. */
  status: 'sending' | 'held' | 'failed';
  error?: string;
}

export interface UploadProgress {
  readonly key: string;
  readonly name: string;
  percent: number;
}

export interface Notice {
  readonly key: string;
  readonly values?: Record<string, string>;
}

const uploadTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'];

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function utmTags(): Record<string, string> | undefined {
  const tags: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(location.search))
    if (key.startsWith('utm_') && Object.keys(tags).length < 10)
      tags[key.slice(0, 40)] = value.slice(0, 200);
  return Object.keys(tags).length > 0 ? tags : undefined;
}

export class ChatSession {
  entries = $state<Entry[]>([]);
  outgoing = $state<Outgoing[]>([]);
  streams = $state<{ replyId: string; text: string }[]>([]);
  uploads = $state<UploadProgress[]>([]);
  conversationState = $state<ConversationState>('bot');
  operator = $state<string | undefined>();
  typing = $state<{ who: 'bot' | 'operator'; name?: string } | undefined>();
  connection = $state<Connection>('connecting');
  notice = $state<Notice | undefined>();
  identified = $state(false);
  /** Entries up to this seq are not shown: the window was cleared by a language switch. */
  clearedAfter = $state(0);
  settings = $state<WidgetSettings>() as WidgetSettings;
  /** Whether the panel is showing, for focus and the unread count. */
  panelOpen = $state(false);
  /** When messages held by the rate limit go out again; unset while none are held. */
  heldUntil = $state<number | undefined>();
  /** Unsent text handed back to the message box by a language switch, for it to take. */
  returned = $state('');

  readonly visible = $derived(this.entries.filter((entry) => entry.seq > this.clearedAfter));
  readonly waitingSince = $derived.by(() => {
    if (this.conversationState !== 'waiting') return undefined;
    const entry = this.entries.findLast((e) => e.kind === 'state' && e.state === 'waiting');
    return entry ? Date.parse(entry.at) : Date.now();
  });
  readonly hasVisitorMessages = $derived(
    this.outgoing.length > 0 || this.entries.some((e) => e.author?.kind === 'visitor'),
  );

  readonly server: string;
  private readonly host: ChatHost;
  private readonly socket: Socket;
  private token: string | null;
  private conversationId: string | undefined;
  private lastSeq = 0;
  private unread = 0;
  private contact: Contact | undefined;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private lastDraft = '';
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  /** Client ids emitted and not yet answered: the server may be storing them right now. */
  private readonly inFlight = new Set<string>();

  constructor(host: ChatHost, contact: Contact | undefined) {
    this.host = host;
    this.server = host.server;
    this.settings = host.settings();
    this.contact = contact;
    this.token = localStorage.getItem(tokenKey(host.server));
    this.clearedAfter = Number(localStorage.getItem(this.clearedKey)) || 0;
    this.socket = io(`${host.server}${visitorNamespace}`, {
      transports: ['websocket', 'polling'],
      // A function, so every reconnect sends the current token, language and page.
      auth: (send) => {
        const utm = utmTags();
        send({
          ...(this.token ? { token: this.token } : {}),
          lang: this.settings.lang,
          page: location.href,
          title: document.title,
          referrer: document.referrer,
          timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          ...(utm ? { utm } : {}),
        });
      },
    });
    this.listen();
    if (this.token) void this.loadHistory();
  }

  private get clearedKey() {
    return `chatbot:${this.host.server}:cleared`;
  }

  /** History over REST, so a returning visitor sees it before the socket is even up. */
  private async loadHistory(): Promise<void> {
    try {
      const response = await fetch(`${this.host.server}/api/visitor/history`, {
        headers: { Authorization: `Bearer ${this.token}` },
      });
      if (!response.ok) return;
      const history = (await response.json()) as VisitorHistory;
      this.conversationId ??= history.conversationId;
      if (history.conversationId !== this.conversationId) return;
      this.conversationState = history.state;
      this.operator = history.operator ?? undefined;
      this.identified ||= Boolean(history.identified);
      for (const entry of history.entries) this.merge(entry, false);
    } catch {
      // The socket's catch-up brings the same entries.
    }
  }

  private listen(): void {
    const { socket } = this;
    socket.on('session', (session: VisitorSession) => {
      if (this.conversationId && session.conversationId !== this.conversationId) {
        // The stored token was refused (another server or a wiped data folder): start afresh.
        this.entries = [];
        this.lastSeq = 0;
        this.clearedAfter = 0;
        localStorage.removeItem(this.clearedKey);
      }
      this.token = session.token;
      localStorage.setItem(tokenKey(this.host.server), session.token);
      this.conversationId = session.conversationId ?? undefined;
      this.conversationState = session.state;
      this.operator = session.operator;
      this.identified ||= Boolean(session.identified);
      this.connection = 'online';
      this.catchUp();
      for (const message of this.outgoing) if (message.status !== 'held') this.emitMessage(message);
      if (this.contact && !this.identified) this.identify(this.contact);
    });
    socket.on('entry', (entry: Entry) => this.merge(entry, true));
    socket.on('reply', (event: ReplyEvent) => {
      const stream = this.streams.find((s) => s.replyId === event.replyId);
      if (event.phase === 'start' && !stream)
        this.streams.push({ replyId: event.replyId, text: '' });
      else if (event.phase === 'delta' && stream) stream.text += event.text ?? '';
      else if (event.phase === 'reset' && stream) stream.text = '';
      else if (event.phase === 'cancel')
        this.streams = this.streams.filter((s) => s.replyId !== event.replyId);
    });
    socket.on('typing', (event: VisitorTyping) => {
      this.typing = event.on
        ? { who: event.who, ...(event.name ? { name: event.name } : {}) }
        : undefined;
    });
    socket.on('error', (error: Partial<WireError>) =>
      this.show(error.code === 'rate_limited' ? 'rateLimited' : 'error'),
    );
    socket.on('disconnect', () => {
      this.connection = navigator.onLine ? 'reconnecting' : 'offline';
      this.typing = undefined;
    });
    socket.on(
      'connect_error',
      (error: Error & { data?: { origin?: string; setting?: string } }) => {
        this.connection = navigator.onLine ? 'reconnecting' : 'offline';
        if (error.message === 'rate_limited') this.show('rateLimited');
        // The site was taken out of server.origins after the launcher loaded: say so, once (the
        // client does not retry a namespace that refused it).
        if (error.message === 'origin_not_allowed') {
          const origin = error.data?.origin ?? location.origin;
          const setting = error.data?.setting ?? 'server.origins';
          console.error(
            `[chatbot] The chat is off on this site: ${origin} is not in ${setting} of the chat server ${this.server}. Add "${origin}" to ${setting} in its chatbot.config.yaml.`,
          );
          this.show('error');
        }
      },
    );
    socket.io.on('reconnect_attempt', () => {
      if (this.connection === 'online') this.connection = 'reconnecting';
    });
  }

  private catchUp(): void {
    this.socket.emit(
      'sync',
      { after: this.lastSeq },
      (result: Ack & { entries?: Entry[]; state?: ConversationState }) => {
        if (!result.ok) return;
        for (const entry of result.entries ?? []) this.merge(entry, true);
        if (result.state) this.conversationState = result.state;
      },
    );
  }

  /** One entry into the ordered list: by seq, once, replacing its pending or streaming form. */
  private merge(entry: Entry, live: boolean): void {
    if (this.entries.some((e) => e.seq === entry.seq)) return;
    const index = this.entries.findIndex((e) => e.seq > entry.seq);
    if (index === -1) this.entries.push(entry);
    else this.entries.splice(index, 0, entry);
    this.lastSeq = Math.max(this.lastSeq, entry.seq);
    if (entry.clientId) {
      this.outgoing = this.outgoing.filter((o) => o.clientId !== entry.clientId);
      this.streams = this.streams.filter((s) => s.replyId !== entry.clientId);
    }
    if (entry.kind === 'state' && entry.seq === this.lastSeq && entry.state) {
      this.conversationState = entry.state;
      this.operator = entry.state === 'human' ? entry.operator : undefined;
      this.host.emit('state', entry.state);
    }
    if (entry.author?.kind === 'bot' || entry.author?.kind === 'operator') this.typing = undefined;
    if (!live) return;
    this.host.emit('message', entry);
    const fromTheOtherSide = entry.kind === 'message' && entry.author?.kind !== 'visitor';
    if (fromTheOtherSide && !this.host.isOpen()) this.host.unread(++this.unread);
  }

  send(text: string, attachments: readonly Attachment[] = []): void {
    // Behind held messages, a new one waits its turn: sent now, it could overtake them.
    const status = this.heldUntil === undefined ? 'sending' : 'held';
    const message: Outgoing = { clientId: randomId(), text, attachments, status };
    this.outgoing.push(message);
    if (status === 'sending') this.emitMessage(this.outgoing.at(-1)!);
    this.draft('');
  }

  retry(clientId: string): void {
    const message = this.outgoing.find((o) => o.clientId === clientId);
    if (!message) return;
    message.status = 'sending';
    this.emitMessage(message);
  }

  private emitMessage(message: Outgoing): void {
    // Offline: it waits in `outgoing` and goes out with the next session.
    if (!this.socket.connected) return;
    this.inFlight.add(message.clientId);
    const payload = {
      clientId: message.clientId,
      text: message.text,
      ...(message.attachments.length > 0
        ? { attachments: message.attachments.map((a) => a.id!) }
        : {}),
    };
    this.socket.timeout(15_000).emit('message', payload, (timedOut: Error | null, ack: Ack) => {
      if (timedOut) return; // resent after the reconnect that usually follows
      this.inFlight.delete(message.clientId);
      if (ack.ok) {
        // The stored message comes back in the acknowledgement (this tab is not sent it again).
        // Whatever came before it has already arrived on this socket; if not, catch up.
        if (typeof ack.conversationId === 'string') this.conversationId ??= ack.conversationId;
        const entry = ack.entry as Entry | undefined;
        if (entry && entry.seq <= this.lastSeq + 1) this.merge(entry, true);
        else if (!this.entries.some((e) => e.seq === ack.seq)) this.catchUp();
        return;
      }
      if (ack.error?.code === 'rate_limited') {
        this.hold(message, ack.error.retryAfterMs ?? 2000);
        return;
      }
      message.status = 'failed';
      message.error = ack.error?.message;
    });
  }

  /**
   * A message the rate limit refused waits, with every message after it, until the limit allows;
   * the note that says so stays as long as anything is held.
   */
  private hold(message: Outgoing, retryAfterMs: number): void {
    message.status = 'held';
    const after = this.outgoing.findIndex((m) => m.clientId === message.clientId) + 1;
    for (const later of this.outgoing.slice(after))
      if (later.status === 'sending' && !this.inFlight.has(later.clientId)) later.status = 'held';
    const until = Date.now() + retryAfterMs;
    if (this.heldUntil !== undefined && this.heldUntil >= until) return;
    this.heldUntil = until;
    clearTimeout(this.holdTimer);
    this.holdTimer = setTimeout(() => this.release(), retryAfterMs);
  }

  /** The held messages go out again, in the order they were written. */
  private release(): void {
    clearTimeout(this.holdTimer);
    this.heldUntil = undefined;
    for (const message of this.outgoing) {
      if (message.status !== 'held') continue;
      message.status = 'sending';
      this.emitMessage(message);
    }
  }

  /** The visitor's draft for the operator's live preview, at most every 400 ms. */
  draft(text: string): void {
    if (text === this.lastDraft) return;
    this.lastDraft = text;
    if (this.draftTimer) return;
    this.draftTimer = setTimeout(() => {
      this.draftTimer = undefined;
      if (!this.socket.connected) return;
      const draft = this.lastDraft;
      this.socket.emit(
        'typing',
        this.settings.typingPreview ? { draft } : { draft: '', on: draft.length > 0 },
      );
    }, 400);
  }

  requestHuman(): void {
    this.socket.emit('human', {}, () => undefined);
  }

  identify(contact: Contact): void {
    this.contact = mergeIdentity(this.contact, contact);
    if (!this.socket.connected) return;
    const payload = identifyPayload(this.contact);
    this.socket.emit('identify', payload, (ack: Ack & VisitorIdentifyAck) => {
      // The console is for the site's developer: attributes over the limits refuse the call,
      // unsigned ones are dropped while the rest of identify stands.
      if (!ack.ok) {
        console.warn('[chatbot] identify refused:', ack.error?.message);
        if (payload.email) this.show('invalidEmail');
        return;
      }
      this.identified = true;
      if (ack.attributesVerified === false)
        console.warn('[chatbot] identify: attributes dropped, their signature is missing or wrong');
    });
  }

  /** A thumbs up or down on a bot answer; a second vote replaces the first. */
  vote(messageId: string, vote: 'up' | 'down'): Promise<boolean> {
    return new Promise((resolve) => {
      this.socket.emit('feedback', { id: messageId, vote }, (ack: Ack) => resolve(ack.ok));
    });
  }

  rate(rating: number): void {
    this.socket.emit('rate', { rating }, () => undefined);
  }

  /** Asks for the resolved conversation by email; resolves whether the server sent it. */
  transcript(email: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.socket.timeout(30_000).emit('transcript', { email }, (error: unknown, ack: Ack) => {
        resolve(!error && ack.ok);
      });
    });
  }

  /** A new language: the window clears, and the server answers in it from now on. */
  language(settings: WidgetSettings): void {
    this.settings = settings;
    this.clearedAfter = this.lastSeq;
    this.streams = [];
    localStorage.setItem(this.clearedKey, String(this.lastSeq));
    this.returnUnsent();
    this.socket.emit('lang', { lang: settings.lang }, () => undefined);
  }

  /**
   * Text messages not yet on their way (held by the rate limit, queued offline, or failed) were
   * written for the conversation the switch just cleared. Sent later, they would turn up under
   * the new greeting with nothing before them and be answered in the new language. They go back
   * to the message box instead, in order, for the visitor to send, edit or drop, and a note says
   * so. A message already on the wire may be stored by now, so it stays and is shown when stored.
   */
  private returnUnsent(): void {
    const unsent = this.outgoing.filter(
      (m) => !this.inFlight.has(m.clientId) && m.text && m.attachments.length === 0,
    );
    if (unsent.length === 0) return;
    const ids = new Set(unsent.map((m) => m.clientId));
    this.outgoing = this.outgoing.filter((m) => !ids.has(m.clientId));
    this.returned = [this.returned, ...unsent.map((m) => m.text)].filter(Boolean).join('\n');
    if (!this.outgoing.some((m) => m.status === 'held')) {
      clearTimeout(this.holdTimer);
      this.heldUntil = undefined;
    }
    this.show('unsentReturned');
  }

  navigated(): void {
    const utm = utmTags();
    this.socket.emit('page', {
      url: location.href.slice(0, 2000),
      title: document.title.slice(0, 300),
      ...(utm ? { utm } : {}),
    });
  }

  seen(): void {
    this.unread = 0;
    this.host.unread(0);
  }

  /** Images and PDF files, checked here first so the visitor hears at once what is refused. */
  async upload(file: File): Promise<void> {
    const { limits } = this.settings;
    if (!uploadTypes.includes(file.type)) return this.show('uploadType');
    if (file.size > limits.uploadMegabytes * 1024 * 1024)
      return this.show('uploadTooLarge', { limit: `${limits.uploadMegabytes} MB` });
    if (!this.token) return this.show('error');
    const progress: UploadProgress = { key: randomId(), name: file.name, percent: 0 };
    this.uploads.push(progress);
    const tracked = this.uploads.at(-1)!;
    try {
      const attachment = await new Promise<Attachment>((resolve, reject) => {
        const request = new XMLHttpRequest();
        request.open('POST', `${this.host.server}/api/visitor/uploads`);
        request.setRequestHeader('Authorization', `Bearer ${this.token}`);
        request.upload.onprogress = (event) => {
          if (event.lengthComputable)
            tracked.percent = Math.round((event.loaded / event.total) * 100);
        };
        request.onload = () => {
          if (request.status === 201) resolve(JSON.parse(request.responseText) as Attachment);
          else
            reject(
              new Error(
                request.status === 413
                  ? 'uploadTooLarge'
                  : request.status === 415
                    ? 'uploadType'
                    : request.status === 429
                      ? 'rateLimited'
                      : 'error',
              ),
            );
        };
        request.onerror = () => reject(new Error('error'));
        const form = new FormData();
        form.append('file', file, file.name);
        request.send(form);
      });
      this.send('', [attachment]);
    } catch (error) {
      const key = (error as Error).message;
      this.show(
        key,
        key === 'uploadTooLarge' ? { limit: `${limits.uploadMegabytes} MB` } : undefined,
      );
    } finally {
      this.uploads = this.uploads.filter((u) => u.key !== progress.key);
    }
  }

  show(key: string, values?: Record<string, string>): void {
    this.notice = { key, ...(values ? { values } : {}) };
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => {
      this.notice = undefined;
    }, 6000);
  }

  close(): void {
    clearTimeout(this.holdTimer);
    clearTimeout(this.noticeTimer);
    this.socket.close();
  }
}
