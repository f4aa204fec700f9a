/**
 * Which config fields may be filled from the environment with ${VAR}. It is an allow-list kept
 * beside the schema: a field added to the schema takes no variable until it is listed here, so
 * nothing new can carry a server secret into a text a visitor sees (the bot's name, the
 * widget's title, canned replies…). Only secrets by nature are listed, with the addresses of
 * the services they open and where the server runs.
 */
import type { DataPath } from '../source/locator.js';

/**
 * Paths as in findings: `[]` is any list item, `*` any key of a record. A variable anywhere
 * else is an error (CONFIG_ENV_NOT_ALLOWED).
 */
export const envFields = [
  { path: 'server.port', why: 'where the server listens (PORT on most hosts)' },
  { path: 'server.host', why: 'where the server listens' },
  { path: 'api.keys[]', why: 'keys of the public chat API' },
  { path: 'knowledge.url', why: 'the git repository or HTTP address of the knowledge' },
  { path: 'knowledge.webhookSecret', why: 'signs the git push webhook' },
  { path: 'ai.cascade[].apiKey', why: "a provider's API key" },
  { path: 'ai.cascade[].baseURL', why: "a provider's endpoint" },
  { path: 'ai.cascade[].organization', why: 'an OpenAI organization id' },
  { path: 'assistants.*.cascade[].apiKey', why: "an assistant's provider's API key" },
  { path: 'assistants.*.cascade[].baseURL', why: "an assistant's provider's endpoint" },
  { path: 'assistants.*.cascade[].organization', why: 'an OpenAI organization id' },
  { path: 'identity.secret', why: 'signs the customer attributes a site passes to the widget' },
  { path: 'notify.telegram.token', why: 'the Telegram bot token' },
  { path: 'notify.telegram.chatId', why: 'the chat notifications go to' },
  { path: 'notify.telegram.apiBaseUrl', why: 'the Telegram Bot API address' },
  { path: 'notify.webhooks[].url', why: 'where a webhook posts' },
  { path: 'notify.webhooks[].secret', why: "a webhook's signing key" },
  { path: 'notify.slack.webhookUrl', why: 'the Slack incoming webhook (its URL is its secret)' },
  { path: 'email.smtp.host', why: 'the SMTP server mail leaves through' },
  { path: 'email.smtp.port', why: 'the SMTP server mail leaves through' },
  { path: 'email.smtp.user', why: 'the SMTP login' },
  { path: 'email.smtp.pass', why: 'the SMTP password' },
  { path: 'channels.telegram.token', why: 'the Telegram bot visitors chat with' },
  { path: 'channels.telegram.secretToken', why: "the Telegram webhook's secret token" },
  { path: 'channels.telegram.apiBaseUrl', why: 'the Telegram Bot API address' },
  { path: 'deploy.targets.*.url', why: 'a server `chatbot deploy` ships to' },
  { path: 'storage.url', why: 'the PostgreSQL database, with its password' },
  { path: 'cluster.redis', why: 'the Redis servers share realtime events through' },
] as const;

/**
 * The server's own secrets are never interpolated, not even into a field that takes variables:
 * a config travels in bundles and its values reach providers and logs.
 */
export const reservedEnvNames: ReadonlySet<string> = new Set([
  'CHATBOT_ADMIN_TOKEN',
  'CHATBOT_SECRET',
]);

const patterns = envFields.map((field) => field.path.split(/\.|(?=\[\])/));

/** Whether the config field at `path` may be filled from the environment. */
export function acceptsEnv(path: DataPath): boolean {
  return patterns.some(
    (pattern) =>
      pattern.length === path.length &&
      pattern.every((part, index) => {
        const segment = path[index];
        if (part === '[]') return typeof segment === 'number';
        if (part === '*') return typeof segment === 'string';
        return part === segment;
      }),
  );
}
