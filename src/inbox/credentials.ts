/**
 * Where `chatbot inbox` finds its server and operator token: flags first, then CHATBOT_URL and
 * CHATBOT_TOKEN, then what `chatbot login` saved in the user's config directory. The file is
 * written with mode 0600: it holds a secret.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { normalizeUrl } from '../client/server-url.js';
import { ChatbotError } from '../errors/chatbot-error.js';

export interface Credentials {
  readonly url: string;
  readonly token: string;
}

export function credentialsFile(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_CONFIG_HOME ||
    (process.platform === 'win32' && env.APPDATA ? env.APPDATA : join(homedir(), '.config'));
  return join(base, 'chatbot', 'credentials.json');
}

export async function saveCredentials(
  credentials: Credentials,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const file = credentialsFile(env);
  await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  // An existing file keeps its old mode through writeFile; make sure.
  await chmod(file, 0o600);
  return file;
}

async function savedCredentials(env: NodeJS.ProcessEnv): Promise<Partial<Credentials>> {
  try {
    const saved = JSON.parse(await readFile(credentialsFile(env), 'utf8')) as Partial<Credentials>;
    return typeof saved === 'object' && saved ? saved : {};
  } catch {
    return {};
  }
}

export async function resolveCredentials(
  flags: { url?: string; token?: string },
  env: NodeJS.ProcessEnv = process.env,
): Promise<Credentials> {
  const saved = await savedCredentials(env);
  const url = flags.url ?? env.CHATBOT_URL ?? saved.url;
  const token = flags.token ?? env.CHATBOT_TOKEN ?? saved.token;
  if (!url || !token)
    throw new ChatbotError(
      'USAGE',
      `The inbox needs a server URL and an operator token (${!url ? 'no URL' : 'no token'})`,
      {
        hint: 'Run `chatbot login --url https://bot.example.com --token cbo_…` once, or pass --url and --token, or set CHATBOT_URL and CHATBOT_TOKEN. `chatbot operator add <name>` on the server prints a token.',
      },
    );
  return { url: normalizeUrl(url), token };
}

/** Asks the server whether it takes this operator token; throws a clear error when not. */
export async function verifyCredentials({ url, token }: Credentials): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${url}/api/operator/conversations?limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch (error) {
    throw new ChatbotError(
      'SERVER_UNREACHABLE',
      `Cannot reach ${url}: ${(error as Error).message}`,
    );
  }
  if (response.status === 401)
    throw new ChatbotError('OPERATOR_TOKEN_REFUSED', 'The server refused this operator token');
  if (!response.ok)
    throw new ChatbotError(
      'SERVER_UNREACHABLE',
      `${url} answered ${response.status}; is it a chatbot server?`,
    );
}
