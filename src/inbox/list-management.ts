/**
 * What the inbox asks of the server besides the live socket: each operator's list settings
 * (kept by the server, per operator) and archiving. REST, with the operator's token
 * (src/server/routes/conversations.ts).
 */
import { type ListSettings, listSettingsSchema } from '../conversations/list-settings.js';

export interface ListManagement {
  /** The operator's saved settings; undefined when the server has none to give. */
  loadSettings(): Promise<ListSettings | undefined>;
  saveSettings(settings: ListSettings): Promise<void>;
  /** Archives the conversations; resolves with how many changed. */
  archive(ids: readonly string[]): Promise<number>;
}

export function restListManagement(url: string, token: string): ListManagement {
  const base = url.replace(/\/+$/, '');
  const call = async (path: string, method = 'GET', body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  return {
    async loadSettings() {
      const parsed = listSettingsSchema.safeParse(await call('/api/conversations/settings'));
      return parsed.success ? parsed.data : undefined;
    },
    async saveSettings(settings) {
      await call('/api/conversations/settings', 'PUT', settings);
    },
    async archive(ids) {
      const result = (await call('/api/conversations/archive', 'POST', { ids })) as {
        changed?: number;
      };
      return result.changed ?? 0;
    },
  };
}
