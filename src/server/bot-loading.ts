/**
 * The bot a server serves: on a production server the deployed version (src/deploy), on a dev
 * server the project's files as they are, watched. Also what a reload's outcome tells the log
 * and the metrics.
 */

import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { Deployer } from '../deploy/deployer.js';
import { InvalidBotError, LiveBot, type LiveBotEvent } from '../snapshot/live-bot.js';
import type { StorageSettings } from '../store/open-store.js';
import type { Metrics } from './metrics.js';

export interface ServedBot {
  readonly bot: LiveBot;
  readonly deployer: Deployer | undefined;
  /** The server's own data folder: a deployed config cannot move it. */
  readonly dataDir: string;
  /** Where conversations are stored and which servers share realtime: the server's, like dataDir. */
  readonly storage: StorageSettings;
  readonly cluster: Config['cluster'];
}

export interface OpenBotOptions {
  readonly projectDir: string;
  readonly mode: 'dev' | 'start';
  readonly env: NodeJS.ProcessEnv;
  /** process env over .env: what a release reads, since releases have no .env of their own. */
  readonly serverEnv: NodeJS.ProcessEnv;
  readonly watch: boolean;
  readonly logger: Logger;
  readonly onEvent: (event: LiveBotEvent) => void;
}

export async function openBot(options: OpenBotOptions): Promise<ServedBot> {
  const { projectDir, mode, logger, onEvent } = options;
  if (mode === 'dev') {
    const bot = await LiveBot.start({
      projectDir,
      mode,
      env: options.env,
      watch: options.watch,
      onEvent,
    });
    const { storage, cluster } = bot.snapshot.config;
    return {
      bot,
      deployer: undefined,
      dataDir: resolve(projectDir, storage.dir),
      storage,
      cluster,
    };
  }
  const boot = await loadConfig(projectDir, { mode, env: options.env });
  if (!boot.config) throw new InvalidBotError(boot.findings);
  const dataDir = resolve(projectDir, boot.config.storage.dir);
  const env = options.serverEnv;
  const deployer = await Deployer.open({ projectDir, dataDir, mode, env, logger });
  const bot = await deployer.start((dir) =>
    LiveBot.start({ projectDir: dir, dataDir, mode, env, watch: false, onEvent }),
  );
  return { bot, deployer, dataDir, storage: boot.config.storage, cluster: boot.config.cluster };
}

/** A reload's outcome, for the log and the metrics; `reloaded` also runs `onReloaded`. */
export function botEventReporter(
  logger: Logger,
  metrics: Metrics,
  onReloaded: () => void,
): (event: LiveBotEvent) => void {
  return (event) => {
    if (event.type === 'reloaded') {
      onReloaded();
      metrics.knowledgeReloads.inc({ outcome: 'ok' });
      logger.info(
        { reason: event.reason, version: event.version, ms: Math.round(event.ms) },
        'knowledge reloaded',
      );
    } else if (event.type === 'rejected') {
      metrics.knowledgeReloads.inc({ outcome: 'rejected' });
      const errors = event.findings.filter((finding) => finding.severity === 'error');
      logger.error(
        {
          reason: event.reason,
          errors: errors.map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`),
        },
        'new version refused; the previous one keeps answering',
      );
    } else {
      logger.warn({ message: event.message }, 'knowledge source error');
    }
  };
}
