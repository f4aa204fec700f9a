/**
 * The versions a production server keeps, under `data/releases/`:
 *
 *   index.json              which version serves, and every kept version in deploy order
 *   <version>/bundle.json   the bundle as deployed (for diffs and rollbacks)
 *   <version>/files/        its files: a project folder a snapshot is built from
 *
 * A version is staged in a `.staging-*` folder and renamed into place only once it is whole,
 * so a crash leaves either the old set of versions or the new one. index.json is written
 * atomically (lowdb writes a temporary file and renames it).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { PrivateDataFile, privateDir, privateFileMode } from '../store/private-files.js';
import { type Bundle, type BundleGit, bundleSchema, writeBundleFiles } from './bundle.js';
import type { Changes } from './changes.js';

/** How a version came to serve. */
export type ReleaseSource = 'deploy' | 'server files';

export interface ReleaseRecord {
  readonly version: string;
  readonly source: ReleaseSource;
  /** When it was last deployed (a redeploy of the same files moves it to the end). */
  readonly deployedAt: string;
  readonly builtAt: string;
  readonly git?: BundleGit;
  /** What it changed against the version serving before it. */
  readonly changes?: Changes;
}

export interface ActivationRecord {
  readonly version: string;
  readonly at: string;
  readonly action: 'deploy' | 'rollback' | 'server files';
}

interface ReleaseIndex {
  active?: string;
  /** The content hash of the server's own project files when last looked at. */
  serverFiles?: string;
  releases: ReleaseRecord[];
  /** The last activations, newest last: the audit trail `chatbot versions --log` prints. */
  activations: ActivationRecord[];
}

const maxActivations = 200;

export class ReleaseStore {
  readonly root: string;
  private readonly db: Low<ReleaseIndex>;

  private constructor(dataDir: string) {
    this.root = join(dataDir, 'releases');
    this.db = new Low(
      new PrivateDataFile<ReleaseIndex>(join(this.root, 'index.json'), {
        parse: JSON.parse,
        stringify: (data) => `${JSON.stringify(data, null, 2)}\n`,
      }),
      { releases: [], activations: [] },
    );
  }

  static async open(dataDir: string): Promise<ReleaseStore> {
    const store = new ReleaseStore(dataDir);
    await privateDir(dataDir);
    await privateDir(store.root);
    await store.db.read();
    // Versions whose folder is gone (removed by hand) are forgotten rather than offered.
    store.db.data.releases = store.db.data.releases.filter((release) =>
      existsSync(store.filesDir(release.version)),
    );
    // Left behind by a deploy that died half-way (staging), or by a start whose files failed
    // validation (a version folder no record names): removed.
    for (const name of await readdir(store.root)) {
      const orphan = /^[0-9a-f]{12}$/.test(name) && !store.has(name);
      if (name.startsWith('.staging-') || orphan)
        await rm(join(store.root, name), { recursive: true, force: true });
    }
    if (store.db.data.active && !store.has(store.db.data.active)) delete store.db.data.active;
    return store;
  }

  get active(): string | undefined {
    return this.db.data.active;
  }

  get serverFiles(): string | undefined {
    return this.db.data.serverFiles;
  }

  /** Kept versions, oldest deploy first. */
  list(): readonly ReleaseRecord[] {
    return this.db.data.releases;
  }

  activations(): readonly ActivationRecord[] {
    return this.db.data.activations;
  }

  has(version: string): boolean {
    return this.db.data.releases.some((release) => release.version === version);
  }

  filesDir(version: string): string {
    return join(this.root, version, 'files');
  }

  async bundle(version: string): Promise<Bundle> {
    const text = await readFile(join(this.root, version, 'bundle.json'), 'utf8');
    return bundleSchema.parse(JSON.parse(text)) as Bundle;
  }

  /** Unpacks a bundle into a staging folder; `files` is a project folder to validate. */
  async stage(bundle: Bundle): Promise<{ dir: string; files: string }> {
    const dir = join(this.root, `.staging-${randomBytes(6).toString('hex')}`);
    await writeBundleFiles(join(dir, 'files'), bundle.files);
    await writeFile(join(dir, 'bundle.json'), JSON.stringify(bundle), { mode: privateFileMode });
    return { dir, files: join(dir, 'files') };
  }

  async discard(staged: { dir: string }): Promise<void> {
    await rm(staged.dir, { recursive: true, force: true });
  }

  /** Moves a staged version into place (a version already kept keeps its folder). */
  async keep(staged: { dir: string }, version: string): Promise<void> {
    const target = join(this.root, version);
    if (existsSync(join(target, 'files'))) await this.discard(staged);
    else {
      await rm(target, { recursive: true, force: true });
      await rename(staged.dir, target);
    }
  }

  /** Records a version as serving. A new or redeployed version goes to the end of the list. */
  async activate(
    record: ReleaseRecord,
    action: ActivationRecord['action'],
    keep: number,
  ): Promise<string[]> {
    const data = this.db.data;
    if (action !== 'rollback') {
      data.releases = [...data.releases.filter((r) => r.version !== record.version), record];
    }
    data.active = record.version;
    data.activations = [
      ...data.activations,
      { version: record.version, at: new Date().toISOString(), action },
    ].slice(-maxActivations);
    const pruned = this.prune(keep);
    await this.db.write();
    for (const version of pruned)
      await rm(join(this.root, version), { recursive: true, force: true });
    return pruned;
  }

  async rememberServerFiles(hash: string): Promise<void> {
    this.db.data.serverFiles = hash;
    await this.db.write();
  }

  /** Drops the oldest versions beyond `keep`, never the one serving. */
  private prune(keep: number): string[] {
    const data = this.db.data;
    const pruned: string[] = [];
    while (data.releases.length > keep) {
      const oldest = data.releases.find((release) => release.version !== data.active);
      if (!oldest) break;
      data.releases = data.releases.filter((release) => release !== oldest);
      pruned.push(oldest.version);
    }
    return pruned;
  }
}
