/**
 * Deployed versions shared by the servers on one database. A server that serves a new version
 * (a deploy or a rollback sent to it) writes the bundle and an activation row and notifies; the
 * others read the activation and install the same version. A server starting late reads the
 * newest activation and catches up.
 */
import pg from 'pg';
import { hexId } from '../ids.js';

export const releasesChannel = 'chatbot_releases';

export interface SharedActivation {
  readonly id: number;
  readonly version: string;
  readonly action: 'deploy' | 'rollback';
  /** The bundle as deployed: a JSON object the deployer validates like any upload. */
  readonly bundle: unknown;
}

export class ReleaseLog {
  private readonly nodeId = hexId();
  private listener: pg.Client | undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly connection: pg.ClientConfig,
  ) {}

  async publish(
    version: string,
    action: SharedActivation['action'],
    bundle: unknown,
  ): Promise<void> {
    await this.pool.query(
      `WITH kept AS (
         INSERT INTO releases (version, bundle) VALUES ($1, $2)
         ON CONFLICT (version) DO NOTHING)
       , activated AS (
         INSERT INTO release_activations (version, action, at, node)
         VALUES ($1, $3, $4, $5) RETURNING id)
       SELECT pg_notify('${releasesChannel}', $5 || ' ' || id) FROM activated`,
      [version, JSON.stringify(bundle), action, new Date().toISOString(), this.nodeId],
    );
  }

  /** The version every server should serve now, if any was deployed through the database. */
  async latest(): Promise<SharedActivation | undefined> {
    return this.read('ORDER BY a.id DESC LIMIT 1', []);
  }

  /** Calls `onActivation` for every deploy or rollback another server makes. */
  async listen(onActivation: (activation: SharedActivation) => void): Promise<void> {
    const listener = new pg.Client(this.connection);
    await listener.connect();
    listener.on('error', () => undefined);
    listener.on('notification', (message) => {
      const [from, id] = (message.payload ?? '').split(' ');
      if (!id || from === this.nodeId) return;
      void this.read('WHERE a.id = $1', [Number(id)]).then(
        (activation) => activation && onActivation(activation),
        () => undefined,
      );
    });
    await listener.query(`LISTEN ${releasesChannel}`);
    this.listener = listener;
  }

  private async read(where: string, values: unknown[]): Promise<SharedActivation | undefined> {
    const rows = await this.pool.query<SharedActivation>(
      `SELECT a.id, a.version, a.action, r.bundle FROM release_activations a
       JOIN releases r ON r.version = a.version ${where}`,
      values,
    );
    return rows.rows[0];
  }

  async close(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
  }
}
