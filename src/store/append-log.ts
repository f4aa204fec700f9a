/**
 * A conversation's timeline log, open for appending while the conversation is active.
 *
 * An append is one synchronous write() on the event loop. A line of a few hundred bytes goes to
 * the page cache in microseconds, and the acknowledgement a visitor waits for follows in the same
 * turn of the loop. Through libuv's thread pool the same write costs a hop to a worker and back,
 * which is most of its cost. The trade: a disk that pushes back stalls the whole loop, not one
 * message; a disk that slow is a broken deployment either way. What a kill -9 can leave is the
 * same: one write() of one whole line, or none.
 */
import { ftruncateSync, writeSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { privateFileMode } from './private-files.js';

export class AppendLog {
  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    /** Bytes in the file: where a torn line is cut back to. */
    private size: number,
  ) {}

  /** Creates the log of a new conversation; an existing file is an error, never appended to. */
  static async create(path: string): Promise<AppendLog> {
    return new AppendLog(path, await open(path, 'ax', privateFileMode), 0);
  }

  /** Opens an existing log whose `size` bytes are all whole lines (the reader has cut a torn end). */
  static async reopen(path: string, size: number): Promise<AppendLog> {
    return new AppendLog(path, await open(path, 'a'), size);
  }

  /**
   * Appends one line with one write(), or throws and leaves the file as it was. A short write (a
   * disk that filled up mid-line) is cut off at once: otherwise the next line would be glued onto
   * it and both would be unreadable.
   */
  append(line: string): void {
    const bytes = Buffer.byteLength(line);
    const written = writeSync(this.handle.fd, line);
    if (written === bytes) {
      this.size += bytes;
      return;
    }
    ftruncateSync(this.handle.fd, this.size);
    throw new Error(`Only ${written} of ${bytes} bytes could be written to ${this.path}`);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
