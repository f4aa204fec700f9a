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
  readonly projectDir: string;
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

export class LiveBot {
  private current!: BotSnapshot;
  private texts: KnowledgeTexts | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private reloads = 0;
  private lastError: KnowledgeStatus['lastError'];
  private watcher: FSWatcher | undefined;
  private timers: NodeJS.Timeout[] = [];
  private debounce: NodeJS.Timeout | undefined;
  private readonly git: GitKnowledgeSource | undefined;
  private readonly http: HttpKnowledgeSource | undefined;
  private closed = false;
  /** Warnings from the first build (a provider skipped for want of a key…), for the startup log. */
  startupWarnings: Finding[] = [];

  private constructor(
    private readonly options: LiveBotOptions,
    config: Config,
  ) {
    const knowledge = config.knowledge;
    if (knowledge.source === 'git') {
      this.git = new GitKnowledgeSource({
        url: knowledge.url,
        branch: knowledge.branch,
        path: knowledge.path,
        cacheRoot: join(resolve(options.projectDir), config.storage.dir, 'knowledge-git'),
      });
    }
    if (knowledge.source === 'http') {
      this.http = new HttpKnowledgeSource(knowledge.url, supportedLanguages(config));
    }
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
    const next = this.chain.then(() => this.reloadNow(reason));
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Fetches git or HTTP knowledge now and reloads when it changed (the webhook calls this). */
  syncKnowledge(reason = 'knowledge source'): Promise<boolean> {
    const next = this.chain.then(async () => {
      const changed = await this.fetchRemote();
      return changed ? this.reloadNow(reason) : false;
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** The POST /hooks/git handler, when the config has a git source with a webhook secret. */
  gitWebhook() {
    const knowledge = this.current.config.knowledge;
    if (knowledge.source !== 'git' || !knowledge.webhookSecret) return undefined;
    return gitWebhookHandler(knowledge.webhookSecret, () => void this.syncKnowledge('git webhook'));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    if (this.debounce) clearTimeout(this.debounce);
    await this.watcher?.close();
    await this.chain;
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
    const outcome = await buildSnapshot(this.options.projectDir, {
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
    this.current = outcome.snapshot;
    this.reloads++;
    this.lastError = undefined;
    this.options.onEvent?.({
      type: 'reloaded',
      reason,
      version: outcome.snapshot.version,
      ms: performance.now() - started,
      findings: outcome.findings,
    });
    return true;
  }

  private async startWatching(): Promise<void> {
    const config = this.current.config;
    const root = resolve(this.options.projectDir);
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
