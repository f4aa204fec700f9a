/**
 * The running bot's knowledge over time: the current snapshot, and how it is replaced. Every
 * change (a saved file, a git push, a new HTTP version) builds and validates a whole new
 * snapshot; only a valid one is swapped in, so an invalid version never reaches a visitor and
 * the last good one keeps answering. Reloads run one at a time; bursts of changes coalesce.
 */
import { join, resolve } from 'node:path';
import type { FSWatcher } from 'chokidar';
import { configFileName, type LoadMode, loadConfig } from '../config/load.js';
import { supportedLanguages } from '../config/rules.js';
import type { Config } from '../config/schema.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import type { Finding } from '../errors/finding.js';
import { GitKnowledgeSource } from '../kb/sources/git-source.js';
import { gitWebhookHandler } from '../kb/sources/git-webhook.js';
import { HttpKnowledgeSource } from '../kb/sources/http-source.js';
import type { KnowledgeTexts } from '../kb/sources/texts.js';
import { type BotSnapshot, buildSnapshot } from './bot-snapshot.js';

export type LiveBotEvent =
  | {
      readonly type: 'reloaded';
      readonly reason: string;
      readonly version: string;
      readonly ms: number;
      readonly findings: Finding[];
    }
  | { readonly type: 'rejected'; readonly reason: string; readonly findings: Finding[] }
  | { readonly type: 'source-error'; readonly message: string };

export interface LiveBotOptions {
  /** The folder the bot is read from: the project, or a deployed release (see `switchTo`). */
  readonly projectDir: string;
  /** Where git knowledge is cached; by default storage.dir of the project. */
  readonly dataDir?: string;
  readonly mode: LoadMode;
  readonly env?: NodeJS.ProcessEnv;
  /** Watch the project's files (chatbot dev) and poll git / HTTP sources on their interval. */
  readonly watch?: boolean;
  readonly onEvent?: (event: LiveBotEvent) => void;
  /** Quiet time after the last file event before reloading. */
  readonly debounceMs?: number;
}

export interface KnowledgeStatus {
  readonly source: 'dir' | 'git' | 'http';
  readonly location: string;
  /** Commit sha (git) or content hash. */
  readonly knowledgeVersion: string;
  readonly snapshotVersion: string;
  readonly loadedAt: string;
  readonly reloads: number;
  readonly lastError?: {
    readonly at: string;
    readonly message: string;
    readonly findings: Finding[];
  };
}

/** Raised when the bot cannot start because its first snapshot is invalid. */
export class InvalidBotError extends ChatbotError {
  constructor(readonly findings: Finding[]) {
    const errors = findings.filter((finding) => finding.severity === 'error');
    super(
      'BOT_INVALID',
      `The bot has ${errors.length} error${errors.length === 1 ? '' : 's'}; run \`chatbot validate\` for details`,
      {
        hint: errors
          .map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`)
          .slice(0, 5)
          .join('\n        '),
      },
    );
  }
}

/** A snapshot built from a folder but not yet serving: what `switchTo` swaps in. */
export interface PreparedBot {
  readonly dir: string;
  readonly snapshot?: BotSnapshot;
  readonly findings: Finding[];
  readonly remote: RemoteKnowledge;
}

interface RemoteKnowledge {
  readonly git?: GitKnowledgeSource;
  readonly http?: HttpKnowledgeSource;
  readonly texts?: KnowledgeTexts;
}

export class LiveBot {
  private current!: BotSnapshot;
  private dir: string;
  private texts: KnowledgeTexts | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private reloads = 0;
  private lastError: KnowledgeStatus['lastError'];
  private watcher: FSWatcher | undefined;
  private timers: NodeJS.Timeout[] = [];
  private debounce: NodeJS.Timeout | undefined;
  private git: GitKnowledgeSource | undefined;
  private http: HttpKnowledgeSource | undefined;
  private closed = false;
  /** Warnings from the first build (a provider skipped for want of a key…), for the startup log. */
  startupWarnings: Finding[] = [];

  private constructor(
    private readonly options: LiveBotOptions,
    config: Config,
  ) {
    this.dir = resolve(options.projectDir);
    const remote = this.remoteSources(config);
    this.git = remote.git;
    this.http = remote.http;
  }

  private remoteSources(config: Config): { git?: GitKnowledgeSource; http?: HttpKnowledgeSource } {
    const knowledge = config.knowledge;
    if (knowledge.source === 'git') {
      const dataDir = this.options.dataDir ?? join(this.dir, config.storage.dir);
      return {
        git: new GitKnowledgeSource({
          url: knowledge.url,
          branch: knowledge.branch,
          path: knowledge.path,
          cacheRoot: join(dataDir, 'knowledge-git'),
        }),
      };
    }
    if (knowledge.source === 'http')
      return { http: new HttpKnowledgeSource(knowledge.url, supportedLanguages(config)) };
    return {};
  }

  static async start(options: LiveBotOptions): Promise<LiveBot> {
    const env = options.env ? { env: options.env } : {};
    // The config says where the knowledge lives, so it is read first.
    const loaded = await loadConfig(options.projectDir, { mode: options.mode, ...env });
    if (!loaded.config) throw new InvalidBotError(loaded.findings);
    const bot = new LiveBot(options, loaded.config);
    if (bot.git || bot.http) await bot.fetchRemote();
    const outcome = await buildSnapshot(options.projectDir, {
      mode: options.mode,
      ...env,
      ...(bot.texts ? { knowledgeTexts: bot.texts } : {}),
    });
    if (!outcome.snapshot) throw new InvalidBotError(outcome.findings);
    bot.current = outcome.snapshot;
    bot.startupWarnings = outcome.findings.filter((finding) => finding.severity === 'warning');
    if (options.watch) await bot.startWatching();
    return bot;
  }

  get snapshot(): BotSnapshot {
    return this.current;
  }

  /**
   * Builds and validates a snapshot from another folder (a deployed release) without serving
   * it. Knowledge from git or HTTP is reused, or fetched anew when the folder's config points
   * the knowledge somewhere else.
   */
  prepare(dir: string): Promise<PreparedBot> {
    return this.queued(() => this.prepareNow(resolve(dir)));
  }

  /** Serves a prepared snapshot from now on; replies already running finish on the old one. */
  switchTo(prepared: PreparedBot, reason: string): Promise<void> {
    return this.queued(() => {
      if (!prepared.snapshot) throw new Error('An invalid bot cannot be switched to');
      this.dir = prepared.dir;
      this.git = prepared.remote.git;
      this.http = prepared.remote.http;
      this.texts = prepared.remote.texts;
      this.serve(prepared.snapshot, reason, 0, prepared.findings);
    });
  }

  status(): KnowledgeStatus {
    const knowledge = this.current.config.knowledge;
    return {
      source: knowledge.source,
      location:
        knowledge.source === 'dir'
          ? knowledge.dir
          : knowledge.source === 'git'
            ? `${knowledge.url}#${knowledge.branch}:${knowledge.path}`
            : knowledge.url,
      knowledgeVersion: this.current.knowledgeVersion,
      snapshotVersion: this.current.version,
      loadedAt: this.current.loadedAt.toISOString(),
      reloads: this.reloads,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  /** Builds a new snapshot from the current files (and the last fetched remote knowledge). */
  reload(reason: string): Promise<boolean> {
    return this.queued(() => this.reloadNow(reason));
  }

  /** Fetches git or HTTP knowledge now and reloads when it changed (the webhook calls this). */
  syncKnowledge(reason = 'knowledge source'): Promise<boolean> {
    return this.queued(async () => {
      const changed = await this.fetchRemote();
      return changed ? this.reloadNow(reason) : false;
    });
  }

  /** The POST /hooks/git handler, when the config has a git source with a webhook secret. */
  gitWebhook() {
    const knowledge = this.current.config.knowledge;
    if (knowledge.source !== 'git' || !knowledge.webhookSecret) return undefined;
    return gitWebhookHandler(knowledge.webhookSecret, () => void this.syncKnowledge('git webhook'));
  }

  /** The one place a snapshot starts serving. */
  private serve(snapshot: BotSnapshot, reason: string, ms: number, findings: Finding[]): void {
    this.current = snapshot;
    this.reloads++;
    this.lastError = undefined;
    this.options.onEvent?.({ type: 'reloaded', reason, version: snapshot.version, ms, findings });
  }

  /** Reloads, preparations and swaps run one at a time, in order; a failure does not stop the queue. */
  private queued<T>(work: () => T | Promise<T>): Promise<T> {
    const next = this.chain.then(work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    if (this.debounce) clearTimeout(this.debounce);
    await this.watcher?.close();
    await this.chain;
  }

  private async prepareNow(dir: string): Promise<PreparedBot> {
    const env = this.options.env ? { env: this.options.env } : {};
    const loaded = await loadConfig(dir, { mode: this.options.mode, ...env });
    let remote: RemoteKnowledge = { git: this.git, http: this.http, texts: this.texts };
    const sameKnowledge =
      loaded.config &&
      JSON.stringify(loaded.config.knowledge) === JSON.stringify(this.current.config.knowledge);
    if (loaded.config && !sameKnowledge) {
      const sources = this.remoteSources(loaded.config);
      remote = { ...sources };
      try {
        if (sources.git) {
          await sources.git.sync();
          remote = { ...sources, texts: await sources.git.read() };
        } else if (sources.http) remote = { ...sources, texts: (await sources.http.fetch()).texts };
      } catch (error) {
        const { line, col } = loaded.positionOf(['knowledge']);
        const finding: Finding = {
          severity: 'error',
          code: 'FILE_UNREADABLE',
          file: configFileName,
          line,
          col,
          keyPath: 'knowledge',
          message: `Could not fetch knowledge: ${(error as Error).message.split('\n')[0]}`,
        };
        return { dir, findings: [finding], remote };
      }
    }
    const outcome = await buildSnapshot(dir, {
      mode: this.options.mode,
      ...env,
      ...(remote.texts ? { knowledgeTexts: remote.texts } : {}),
    });
    return { dir, ...outcome, remote };
  }

  private async fetchRemote(): Promise<boolean> {
    try {
      if (this.git) {
        const { changed } = await this.git.sync();
        if (changed || !this.texts) this.texts = await this.git.read();
        return changed;
      }
      if (this.http) {
        const { texts, changed } = await this.http.fetch();
        const first = !this.texts;
        this.texts = texts;
        return changed || first;
      }
    } catch (error) {
      const message = `Could not fetch knowledge: ${(error as Error).message.split('\n')[0]}`;
      this.lastError = { at: new Date().toISOString(), message, findings: [] };
      this.options.onEvent?.({ type: 'source-error', message });
      if (!this.texts)
        throw new ChatbotError('FILE_UNREADABLE', message, {
          hint: 'Check the knowledge source URL, branch and credentials.',
        });
    }
    return false;
  }

  private async reloadNow(reason: string): Promise<boolean> {
    if (this.closed) return false;
    const started = performance.now();
    const outcome = await buildSnapshot(this.dir, {
      mode: this.options.mode,
      ...(this.options.env ? { env: this.options.env } : {}),
      ...(this.texts ? { knowledgeTexts: this.texts } : {}),
    });
    if (!outcome.snapshot) {
      const errors = outcome.findings.filter((finding) => finding.severity === 'error');
      const first = errors[0];
      this.lastError = {
        at: new Date().toISOString(),
        message: first ? `${first.file}:${first.line}:${first.col} ${first.message}` : 'invalid',
        findings: outcome.findings,
      };
      this.options.onEvent?.({ type: 'rejected', reason, findings: outcome.findings });
      return false;
    }
    this.serve(outcome.snapshot, reason, performance.now() - started, outcome.findings);
    return true;
  }

  private async startWatching(): Promise<void> {
    const config = this.current.config;
    const root = this.dir;
    const paths = [join(root, configFileName), join(root, config.prompts.dir)];
    if (config.knowledge.source === 'dir') paths.push(join(root, config.knowledge.dir));
    // Only `chatbot dev` watches files; a production server never loads the watcher.
    const { watch } = await import('chokidar');
    this.watcher = watch(paths, {
      ignoreInitial: true,
      // Wait until a file stops growing: an editor's non-atomic save is never read half-written.
      awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 },
    });
    const schedule = (path: string) => {
      if (this.debounce) clearTimeout(this.debounce);
      this.debounce = setTimeout(
        () => void this.reload(`changed ${path.slice(root.length + 1)}`),
        this.options.debounceMs ?? 50,
      );
    };
    this.watcher.on('all', (_event, path) => schedule(path));
    // Until the first scan is done, a change would go unnoticed.
    await new Promise<void>((ready) => this.watcher!.once('ready', () => ready()));
    if (config.knowledge.source !== 'dir') {
      const timer = setInterval(
        () => void this.syncKnowledge('interval'),
        config.knowledge.interval,
      );
      timer.unref();
      this.timers.push(timer);
    }
  }
}
