/**
 * Servers on one PostgreSQL database serve the same version: a deploy or rollback sent to any of
 * them is written to the database and installed by the others within moments, and a server that
 * starts after a deploy catches up before it listens. `chatbot versions` then names the same
 * serving version on every server.
 */
import type { Logger } from 'pino';
import type { Deployer } from '../deploy/deployer.js';
import {
  connectionConfig,
  type PostgresStoreOptions,
  postgresPool,
} from '../store/postgres/postgres-store.js';
import { ReleaseLog, type SharedActivation } from '../store/postgres/release-log.js';

export async function shareDeploys(
  deployer: Deployer,
  database: PostgresStoreOptions,
  logger: Logger,
): Promise<{ close(): Promise<void> }> {
  const pool = postgresPool({ ...database, poolSize: 2 });
  const log = new ReleaseLog(pool, connectionConfig(database));
  const follow = (activation: SharedActivation) =>
    deployer.follow(activation).then(
      (changed) => {
        if (changed)
          logger.info(
            { version: activation.version, action: activation.action },
            `version ${activation.version} serving, as deployed on another server`,
          );
      },
      (error: unknown) =>
        logger.error(
          { err: error, version: activation.version },
          'could not serve the version another server deployed',
        ),
    );
  try {
    const latest = await log.latest();
    if (latest) await follow(latest);
    await log.listen((activation) => void follow(activation));
  } catch (error) {
    await log.close();
    await pool.end();
    throw error;
  }
  deployer.onServed = (served) => log.publish(served.version, served.action, served.bundle);
  return {
    async close() {
      deployer.onServed = undefined;
      await log.close();
      await pool.end().catch(() => undefined);
    },
  };
}
