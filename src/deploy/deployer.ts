/**
 * Deploys, rollbacks and reloads on a production server, one at a time.
 *
 * A production server always serves a kept version (data/releases/<version>/files). Its own
 * project folder is one more way in: at start, on SIGHUP and on the admin reload, files there
 * that changed since last time become a new version ("server files"), so editing on the server
 * keeps working, and a deployed version survives a restart.
 *
 * Every way in is the same path: unpack → validate as a whole project → swap the snapshot
 * (replies in flight finish on the old one) → record. A version that fails validation is
 * refused with its findings and nothing else changes.
 */
import type { Logger } from 'pino';
import { type LoadMode, loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { WireErrorCode } from '../errors/catalogue.js';
import type { Finding } from '../errors/finding.js';
import { InvalidBotError, type LiveBot, type PreparedBot } from '../snapshot/live-bot.js';
import {
  type Bundle,
  bundleSchema,
  bundleVersion,
  collectBotFiles,
  createBundle,
} from './bundle.js';
import { type Changes, describeChanges } from './changes.js';
import { type ReleaseRecord, type ReleaseSource, ReleaseStore } from './releases.js';

/** A refusal with the HTTP status and body the admin API answers with. */
export class DeployRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: { error: WireErrorCode; message: string; findings?: Finding[] },
  ) {
    super(body.message);
  }
}

export interface DeployResult {
  readonly version: string;
  readonly previous: string | undefined;
  readonly changes: Changes;
  readonly warnings: Finding[];
  readonly dryRun: boolean;
  readonly ms: number;
}

export interface VersionsView {
  readonly active: string | undefined;
  readonly versions: (ReleaseRecord & { readonly active: boolean })[];
  readonly activations: ReturnType<ReleaseStore['activations']>;
}

interface DeployerOptions {
  readonly projectDir: string;
  readonly dataDir: string;
  readonly mode: LoadMode;
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
}

/** A version this server began serving because a deploy or rollback was sent to it. */
export interface Served {
  readonly version: string;
  readonly action: 'deploy' | 'rollback';
  readonly bundle: Bundle;
}

export class Deployer {
  private chain: Promise<unknown> = Promise.resolve();
  private bot!: LiveBot;
  /**
   * Told of every deploy and rollback sent to this server, so that servers sharing a database
   * serve the same version (shared-deploys.ts); not of versions taken from another server.
   */
  onServed: ((served: Served) => Promise<void>) | undefined;

  private constructor(
    private readonly options: DeployerOptions,
    readonly releases: ReleaseStore,
  ) {}

  static async open(options: DeployerOptions): Promise<Deployer> {
    return new Deployer(options, await ReleaseStore.open(options.dataDir));
  }

  /**
   * Starts the bot on the version to serve: the server's own files when they changed since
   * last time (or nothing was ever kept), else the version that served last. When the server's
   * files are invalid but a kept version exists, that one serves and the error is logged.
   */
  async start(startBot: (dir: string) => Promise<LiveBot>): Promise<LiveBot> {
    const { releases } = this;
    const serverFiles = await this.packServerFiles();
    const active = releases.active;
    if (active && serverFiles.version === releases.serverFiles) {
      this.bot = await startBot(releases.filesDir(active));
      return this.bot;
    }
    const staged = await releases.stage(serverFiles);
    await releases.keep(staged, serverFiles.version);
    try {
      this.bot = await startBot(releases.filesDir(serverFiles.version));
    } catch (error) {
      if (!(error instanceof InvalidBotError) || !active) throw error;
      const errors = error.findings.filter((finding) => finding.severity === 'error');
      this.options.logger.error(
        { errors: errors.map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`) },
        `the server's project files are invalid; serving the kept version ${active}`,
      );
      this.bot = await startBot(releases.filesDir(active));
      return this.bot;
    }
    await releases.activate(this.record(serverFiles, 'server files'), 'server files', this.keep);
    await releases.rememberServerFiles(serverFiles.version);
    return this.bot;
  }

  /** Validates a bundle and, unless it is a dry run, serves it. */
  deploy(body: unknown, options: { dryRun: boolean }): Promise<DeployResult> {
    return this.serialized(async () => {
      const parsed = bundleSchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new DeployRefused(400, {
          error: 'invalid',
          message: `Not a chatbot bundle: ${issue.path.join('.') || 'body'}: ${issue.message}`,
        });
      }
      const bundle = parsed.data as Bundle;
      if (bundleVersion(bundle.files) !== bundle.version)
        throw new DeployRefused(400, {
          error: 'invalid',
          message: 'The bundle does not match its version hash: it was changed after it was built',
        });
      const done = await this.install(bundle, 'deploy', options.dryRun);
      if (!options.dryRun)
        await this.onServed?.({ version: done.version, action: 'deploy', bundle });
      return done;
    });
  }

  /**
   * Serves the version another server began serving: a kept one is switched to, a new one
   * installed from its bundle. Nothing when it serves already.
   */
  follow(served: { version: string; action: 'deploy' | 'rollback'; bundle: unknown }) {
    return this.serialized(async () => {
      if (this.releases.active === served.version) return false;
      const kept = this.releases.list().find((release) => release.version === served.version);
      if (kept && served.action === 'rollback') await this.rollbackTo(kept);
      else await this.install(bundleSchema.parse(served.bundle) as Bundle, 'deploy', false);
      return true;
    });
  }

  /** Serves a kept version again: the one given, or the one deployed before the serving one. */
  rollback(version?: string): Promise<DeployResult> {
    return this.serialized(async () => {
      const list = this.releases.list();
      const activeIndex = list.findIndex((release) => release.version === this.releases.active);
      const target = version
        ? list.find(
            (release) =>
              release.version === version ||
              (version.length >= 7 && release.git?.commit.startsWith(version)),
          )
        : list[activeIndex - 1];
      if (!target) {
        throw version
          ? new DeployRefused(404, {
              error: 'unknown_version',
              message: `The server keeps no version ${version}`,
            })
          : new DeployRefused(409, {
              error: 'no_earlier_version',
              message: 'There is no version before the one serving',
            });
      }
      const done = await this.rollbackTo(target);
      const bundle = await this.releases.bundle(target.version);
      await this.onServed?.({ version: target.version, action: 'rollback', bundle });
      return done;
    });
  }

  /** SIGHUP and the admin reload: new server files become a version; otherwise re-read. */
  reload(reason: string): Promise<boolean> {
    return this.serialized(async () => {
      const serverFiles = await this.packServerFiles().catch(() => undefined);
      if (serverFiles && serverFiles.version !== this.releases.serverFiles) {
        try {
          await this.install(serverFiles, 'server files', false, reason);
          await this.releases.rememberServerFiles(serverFiles.version);
          return true;
        } catch (error) {
          if (error instanceof DeployRefused) {
            this.options.logger.error(
              {
                findings: error.body.findings?.map(
                  (f) => `${f.file}:${f.line}:${f.col} ${f.message}`,
                ),
              },
              `${reason}: the server's project files are invalid; the version serving keeps serving`,
            );
            return false;
          }
          throw error;
        }
      }
      return this.bot.reload(reason);
    });
  }

  versions(): VersionsView {
    const active = this.releases.active;
    return {
      active,
      versions: this.releases.list().map((release) => ({
        ...release,
        active: release.version === active,
      })),
      activations: this.releases.activations(),
    };
  }

  private get keep(): number {
    return this.bot.snapshot.config.deploy.keep;
  }

  private async install(
    bundle: Bundle,
    source: ReleaseSource,
    dryRun: boolean,
    reason: string = source,
  ): Promise<DeployResult> {
    const started = performance.now();
    const { releases } = this;
    const previousVersion = releases.active;
    // Only the list of changes needs the serving version's bundle: a damaged one costs that.
    const previous = previousVersion
      ? await releases.bundle(previousVersion).catch(() => undefined)
      : undefined;
    const staged = await releases.stage(bundle);
    let prepared: PreparedBot;
    try {
      prepared = await this.bot.prepare(staged.files);
    } catch (error) {
      await releases.discard(staged);
      throw error;
    }
    if (!prepared.snapshot) {
      await releases.discard(staged);
      throw refusal(prepared.findings);
    }
    const changes = changesBetween(previous, bundle, prepared.snapshot.config);
    const warnings = prepared.findings.filter((finding) => finding.severity === 'warning');
    if (dryRun) {
      await releases.discard(staged);
      return result(bundle.version, previousVersion, changes, warnings, true, started);
    }
    await releases.keep(staged, bundle.version);
    await this.bot.switchTo(
      { ...prepared, dir: releases.filesDir(bundle.version) },
      `${reason}: version ${bundle.version}`,
    );
    const pruned = await releases.activate(
      { ...this.record(bundle, source), changes },
      source,
      prepared.snapshot.config.deploy.keep,
    );
    this.options.logger.info(
      { version: bundle.version, previous: previousVersion, source, git: bundle.git, pruned },
      `version ${bundle.version} serving`,
    );
    return result(bundle.version, previousVersion, changes, warnings, false, started);
  }

  private async rollbackTo(target: ReleaseRecord): Promise<DeployResult> {
    const started = performance.now();
    const { releases } = this;
    const previousVersion = releases.active;
    const prepared = await this.bot.prepare(releases.filesDir(target.version));
    if (!prepared.snapshot) throw refusal(prepared.findings);
    const [before, after] = await Promise.all([
      previousVersion ? releases.bundle(previousVersion) : undefined,
      releases.bundle(target.version),
    ]);
    const changes = changesBetween(before, after, prepared.snapshot.config);
    await this.bot.switchTo(prepared, `rollback to ${target.version}`);
    await releases.activate(target, 'rollback', prepared.snapshot.config.deploy.keep);
    this.options.logger.info(
      { version: target.version, previous: previousVersion },
      `rolled back to ${target.version}`,
    );
    return result(target.version, previousVersion, changes, [], false, started);
  }

  private record(bundle: Bundle, source: ReleaseRecord['source']): ReleaseRecord {
    return {
      version: bundle.version,
      source,
      deployedAt: new Date().toISOString(),
      builtAt: bundle.createdAt,
      ...(bundle.git ? { git: bundle.git } : {}),
    };
  }

  private async packServerFiles(): Promise<Bundle> {
    const loaded = await loadConfig(this.options.projectDir, {
      mode: this.options.mode,
      env: this.options.env,
    });
    if (!loaded.config) throw new InvalidBotError(loaded.findings);
    return createBundle(await collectBotFiles(this.options.projectDir, loaded.config));
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work);
    this.chain = next.catch(() => undefined);
    return next;
  }
}

function changesBetween(before: Bundle | undefined, after: Bundle, config: Config): Changes {
  return describeChanges(before?.files ?? {}, after.files, {
    ...(config.knowledge.source === 'dir' ? { knowledgeDir: config.knowledge.dir } : {}),
    promptsDir: config.prompts.dir,
  });
}

function refusal(findings: Finding[]): DeployRefused {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const first = errors[0];
  return new DeployRefused(422, {
    error: 'invalid_bot',
    message: `The bot has ${errors.length} error${errors.length === 1 ? '' : 's'}${first ? `, first ${first.file}:${first.line}:${first.col} ${first.message}` : ''}; the version serving keeps serving`,
    findings,
  });
}

function result(
  version: string,
  previous: string | undefined,
  changes: Changes,
  warnings: Finding[],
  dryRun: boolean,
  started: number,
): DeployResult {
  return {
    version,
    previous,
    changes,
    warnings,
    dryRun,
    ms: Math.round(performance.now() - started),
  };
}
