/**
 * Everything under the data directory is the server's alone: conversations, contacts, operator
 * token hashes, the signing key. Folders are made 0700 and files 0600 whatever the process's
 * umask, so another account on the machine reads nothing even where no `UMask=0077` is set.
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

export const privateFileMode = 0o600;
export const privateDirMode = 0o700;

/**
 * Makes a folder (and missing parents) 0700; an existing one, from an earlier version, is
 * tightened to 0700. A folder another account owns (chosen by an administrator) is left as it is.
 */
export async function privateDir(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: privateDirMode });
  await chmod(path, privateDirMode).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPERM') throw error;
  });
}

/**
 * Writes a whole file 0600 in one rename: a reader, or a crash, sees the old file or the new.
 * `mayReuse`: a temporary file left by a crash (by an earlier version, 0644) keeps its mode
 * through writeFile, so a writer's first write sets the mode; after it, the temporary file is
 * always one this process created.
 */
export async function writePrivateFile(path: string, text: string, mayReuse = true): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.tmp`);
  await writeFile(temporary, text, { mode: privateFileMode });
  if (mayReuse) await chmod(temporary, privateFileMode);
  await rename(temporary, path);
}

/**
 * lowdb's DataFile, written 0600. Like lowdb's writer (steno), writes to one file never overlap,
 * and writes asked for while one is under way collapse into one of the latest data.
 */
export class PrivateDataFile<T> implements Adapter<T> {
  private writing: Promise<void> | undefined;
  private next: { text: string; written: Promise<void> } | undefined;
  private written = false;

  constructor(
    private readonly path: string,
    private readonly format: {
      parse: (text: string) => T;
      stringify: (data: T) => string;
    },
  ) {}

  async read(): Promise<T | null> {
    try {
      return this.format.parse(await readFile(this.path, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  write(data: T): Promise<void> {
    const text = this.format.stringify(data);
    if (this.next) {
      this.next.text = text;
      return this.next.written;
    }
    if (!this.writing) return this.start(text);
    const next = { text, written: Promise.resolve() };
    next.written = this.writing
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.start(next.text);
      });
    this.next = next;
    return next.written;
  }

  private start(text: string): Promise<void> {
    const run = writePrivateFile(this.path, text, !this.written)
      .then(() => {
        this.written = true;
      })
      .finally(() => {
        if (this.writing === run) this.writing = undefined;
      });
    this.writing = run;
    return run;
  }
}

/** lowdb's JSONFile (indented JSON), written 0600. */
export function privateJsonFile<T>(path: string): PrivateDataFile<T> {
  return new PrivateDataFile<T>(path, {
    parse: JSON.parse,
    stringify: (data) => JSON.stringify(data, null, 2),
  });
}
