/**
 * What visitors and operators see of one bot reply while it is being written: bot typing, then
 * the text as it streams.
 *
 * Events wait for the event loop to turn once (setImmediate) before they go out. Text a provider
 * delivers in one burst (several SSE chunks in one network read) leaves as one delta, and a
 * reply that is finished before the loop turns (the offline answerer, the bot's own texts) sends
 * nothing at all: its stored message, which follows at once, is the whole reply. That is two to
 * four fewer socket frames per reply, and no typing dots flashing for a microsecond.
 */
import type { ReplyEvent } from '../protocol/visitor.js';

export interface ReplyStreamSink {
  reply(event: ReplyEvent): void;
  typing(on: boolean): void;
}

export class ReplyStream {
  private typingShown = false;
  private started = false;
  /** Text given since the last flush. */
  private buffered = '';
  /** Text sent since the last reset. */
  private shown = '';
  /** A reset is owed: text was shown, then the provider failed. */
  private resetOwed = false;
  private flushTimer: NodeJS.Immediate | undefined;
  private ended = false;
  private settled = false;

  constructor(
    readonly replyId: string,
    private readonly sink: ReplyStreamSink,
  ) {}

  /** The bot started working on the reply: typing shows from the next turn of the loop. */
  begin(): void {
    this.schedule();
  }

  text(text: string): void {
    this.buffered += text;
    this.schedule();
  }

  /** The text so far is void (a provider failed mid-reply; the next one starts over). */
  reset(): void {
    this.buffered = '';
    if (this.started) {
      this.resetOwed = true;
      this.schedule();
    }
  }

  /**
   * The reply is written and about to be stored. Nothing shown yet: nothing is sent, the stored
   * message is the whole reply. A stream shown: it is completed to the final text (a reset first
   * when that text does not continue it, e.g. a provider failed, or a handoff notice replaced the
   * model's words), so whoever adds up deltas since the last reset has exactly the reply.
   */
  finish(finalText: string): void {
    if (this.started && finalText !== this.shown) {
      const continues = !this.resetOwed && finalText.startsWith(this.shown);
      if (!continues) this.sink.reply({ replyId: this.replyId, phase: 'reset' });
      const rest = continues ? finalText.slice(this.shown.length) : finalText;
      this.sink.reply({ replyId: this.replyId, phase: 'delta', text: rest });
      this.shown = finalText;
    }
    this.end();
  }

  /** The stored message went out: it has replaced the stream, nothing is left to withdraw. */
  delivered(): void {
    this.end();
    this.settled = true;
  }

  /**
   * No reply after all (an operator took over, nothing to say, or it could not be stored): a
   * shown stream is withdrawn. Does nothing once the reply is delivered.
   */
  cancel(): void {
    if (this.settled) return;
    this.settled = true;
    if (this.started) this.sink.reply({ replyId: this.replyId, phase: 'cancel' });
    this.end();
  }

  /** Bot typing ends: after the stored message, so the widget never shows a gap. */
  stopTyping(): void {
    if (this.typingShown) this.sink.typing(false);
    this.typingShown = false;
  }

  private end(): void {
    this.ended = true;
    this.buffered = '';
    if (this.flushTimer) clearImmediate(this.flushTimer);
    this.flushTimer = undefined;
  }

  private schedule(): void {
    if (this.ended || this.flushTimer) return;
    this.flushTimer = setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushTimer = undefined;
    if (!this.typingShown) {
      this.typingShown = true;
      this.sink.typing(true);
    }
    if (this.resetOwed) {
      this.resetOwed = false;
      this.shown = '';
      this.sink.reply({ replyId: this.replyId, phase: 'reset' });
    }
    if (!this.buffered) return;
    if (!this.started) {
      this.started = true;
      this.sink.reply({ replyId: this.replyId, phase: 'start' });
    }
    this.sink.reply({ replyId: this.replyId, phase: 'delta', text: this.buffered });
    this.shown += this.buffered;
    this.buffered = '';
  }
}
