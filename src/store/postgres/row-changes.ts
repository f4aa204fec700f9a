/**
 * Keeps a node's in-memory conversation list in step with the other nodes'. Every write to a
 * conversation row notifies (pg_notify, delivered on commit) with the writer's node id; each
 * store listens on a connection of its own and reads the list rows other nodes changed, a batch
 * at a time, so the inbox list, idForVisitor and idForExternal see another node's work within
 * milliseconds.
 */
import pg from 'pg';
import type { ConversationSummary } from '../../domain/conversation.js';

export const changesChannel = 'chatbot_conversations';

/** How long notifications gather before their rows are read, in one query. */
const batchMs = 20;

export class RowChanges {
  private listener: pg.Client | undefined;
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private reading: Promise<void> = Promise.resolve();

  constructor(
    private readonly pool: pg.Pool,
    private readonly connection: pg.ClientConfig,
    private readonly nodeId: string,
    private readonly onRows: (summaries: ConversationSummary[]) => void,
  ) {}

  async start(): Promise<void> {
    const listener = new pg.Client(this.connection);
    await listener.connect();
    // A lost connection only delays the list's updates; the node's own reads refresh it too.
    listener.on('error', () => undefined);
    listener.on('notification', (message) => {
      const [from, id] = (message.payload ?? '').split(' ');
      if (!id || from === this.nodeId) return;
      this.pending.add(id);
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.reading = this.reading.then(() => this.read()).catch(() => undefined);
      }, batchMs);
    });
    await listener.query(`LISTEN ${changesChannel}`);
    this.listener = listener;
  }

  private async read(): Promise<void> {
    const ids = [...this.pending];
    this.pending.clear();
    if (ids.length === 0) return;
    const rows = await this.pool.query<{ summary: ConversationSummary }>(
      'SELECT summary FROM conversations WHERE id = ANY($1::text[])',
      [ids],
    );
    this.onRows(rows.rows.map((row) => row.summary));
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.reading;
    await this.listener?.end().catch(() => undefined);
  }
}
