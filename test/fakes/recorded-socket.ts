/**
 * Stands in for socket.io-client's Socket in the inbox's component tests: it delivers server
 * events recorded from a real server (test/fixtures/inbox) and answers the client's requests
 * with recorded acknowledgements, keeping what the client sent for assertions.
 */
import { EventEmitter } from 'node:events';
import type { Socket } from 'socket.io-client';

type Answer = (payload: unknown) => Record<string, unknown>;

export class RecordedSocket {
  connected = true;
  readonly sent: [string, unknown][] = [];
  readonly io = new EventEmitter();
  private readonly listeners = new EventEmitter();

  constructor(private readonly answers: Record<string, Answer> = {}) {}

  asSocket(): Socket {
    return this as unknown as Socket;
  }

  on(event: string, listener: (...args: unknown[]) => void): this {
    this.listeners.on(event, listener);
    return this;
  }

  /** A server event, as the real server would send it. */
  deliver(event: string, payload?: unknown): void {
    if (event === 'disconnect') this.connected = false;
    if (event === 'hello') this.connected = true;
    this.listeners.emit(event, payload);
  }

  private answer(event: string, payload: unknown): Record<string, unknown> {
    this.sent.push([event, payload]);
    return this.answers[event]?.(payload) ?? { ok: true };
  }

  emit(event: string, payload: unknown, ack?: (response: unknown) => void): this {
    const response = this.answer(event, payload);
    ack?.(response);
    return this;
  }

  timeout(_ms: number) {
    return {
      emit: (
        event: string,
        payload: unknown,
        ack?: (error: Error | null, response: unknown) => void,
      ) => {
        const response = this.answer(event, payload);
        ack?.(null, response);
      },
      emitWithAck: async (event: string, payload: unknown) => this.answer(event, payload),
    };
  }

  close(): void {
    this.connected = false;
  }

  disconnect(): void {
    this.connected = false;
  }
}
