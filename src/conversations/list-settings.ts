/**
 * Each operator's inbox list settings (filters, sort, columns shown), kept by the server per
 * operator, so they follow the operator from one terminal or machine to the next. One small
 * private file, data/list-settings.json, rewritten whole on a change (operators are few).
 */
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { privateJsonFile } from '../store/private-files.js';

const text = z.string().max(200);

export const listSettingsSchema = z.strictObject({
  /** The filter line as the operator typed it: "country:ES since:7d utm_source:google". */
  filter: text.default(''),
  /** waiting: waiting chats first, then the most recent (the inbox's own order). */
  sort: z.enum(['waiting', 'recent', 'created']).default('waiting'),
  columns: z
    .array(z.enum(['lang', 'country', 'page', 'source']))
    .max(4)
    .default(['lang', 'page']),
});

export type ListSettings = z.output<typeof listSettingsSchema>;

export const defaultListSettings: ListSettings = listSettingsSchema.parse({});

export class ListSettingsBook {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Low<{ operators: Record<string, ListSettings> }>) {}

  static async open(dataDir: string): Promise<ListSettingsBook> {
    const db = new Low<{ operators: Record<string, ListSettings> }>(
      privateJsonFile(join(dataDir, 'list-settings.json')),
      { operators: {} },
    );
    await db.read();
    return new ListSettingsBook(db);
  }

  get(operator: string): ListSettings {
    const operators = this.db.data.operators;
    // Own keys only: an operator may be called "constructor".
    const stored = Object.hasOwn(operators, key(operator)) ? operators[key(operator)] : undefined;
    const parsed = listSettingsSchema.safeParse(stored ?? {});
    return parsed.success ? parsed.data : defaultListSettings;
  }

  /** Stores the operator's settings; the caller has checked them with listSettingsSchema. */
  set(operator: string, settings: ListSettings): Promise<void> {
    const run = this.queue.then(async () => {
      this.db.data.operators[key(operator)] = settings;
      await this.db.write();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Operator names are unique regardless of case. */
function key(operator: string): string {
  return operator.toLowerCase();
}
