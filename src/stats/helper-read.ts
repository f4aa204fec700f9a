/**
 * Half of a large data folder read on another core. Reading a hundred thousand conversations is
 * mostly system calls and scanning bytes, which one thread does one at a time; a second thread
 * (node:worker_threads) reads the other half and sends its facts in chunks as it goes, so the
 * main thread consumes them between its own batches and neither side holds the whole folder.
 * Used only where the compiled worker file exists (the built package): under a TypeScript
 * loader the folder is read on one thread, with the same result.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadRange, ReadTask } from './data-dir.js';
import type { ConversationFacts } from './facts.js';

/** Below this many conversations a second thread costs more to start than it saves. */
export const helperFrom = 5000;

export interface HelperMessage {
  readonly facts: ConversationFacts[];
  readonly end?: boolean;
  readonly unreadable?: number;
}

export interface HelperInput {
  readonly dir: string;
  readonly tasks: readonly ReadTask[];
  readonly range: ReadRange;
}

const workerFile = new URL('./facts-worker.js', import.meta.url);

export class HelperRead {
  unreadable = 0;
  private readonly chunks: ConversationFacts[][] = [];
  private finished = false;
  private failure: unknown;
  private wake: (() => void) | undefined;

  private constructor(worker: Worker) {
    worker.on('message', (message: HelperMessage) => {
      this.chunks.push(message.facts);
      if (message.end) {
        this.unreadable = message.unreadable ?? 0;
        this.finished = true;
      }
      this.wake?.();
    });
    worker.on('error', (error) => {
      this.failure = error;
      this.finished = true;
      this.wake?.();
    });
    worker.on('exit', () => {
      this.finished = true;
      this.wake?.();
    });
  }

  /** A helper for the second half of `tasks`, or undefined when one would not pay. */
  static start(dir: string, tasks: readonly ReadTask[], range: ReadRange): HelperRead | undefined {
    if (tasks.length < helperFrom || availableParallelism() < 2) return undefined;
    if (!existsSync(fileURLToPath(workerFile))) return undefined;
    const input: HelperInput = { dir, tasks: tasks.slice(Math.ceil(tasks.length / 2)), range };
    return new HelperRead(new Worker(workerFile, { workerData: input }));
  }

  /** The facts that have arrived so far. */
  *ready(): Generator<ConversationFacts> {
    if (this.failure) throw this.failure;
    for (let chunk = this.chunks.shift(); chunk; chunk = this.chunks.shift()) yield* chunk;
  }

  /** Everything else, as it arrives. */
  async *rest(): AsyncGenerator<ConversationFacts> {
    for (;;) {
      yield* this.ready();
      if (this.finished) {
        yield* this.ready();
        return;
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }
}
