/**
 * The client side of the admin API for `chatbot deploy`, `versions` and `rollback`: which
 * server (a named target in the config, or --url), its token (from the environment only), and
 * requests whose failures become clear errors. Nothing here prints.
 */
import { gzipSync } from 'node:zlib';
import { normalizeUrl } from '../client/server-url.js';
import type { Config } from '../config/schema.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import type { Finding } from '../errors/finding.js';
import type { RestError } from '../protocol/errors.js';

export interface DeployTarget {
  /** The target's name in deploy.targets, or the URL when given with --url. */
  readonly name: string;
  readonly url: string;
  readonly token: string;
}

/**
 * --url wins; otherwise the named target, or the first one in deploy.targets. The token is
 * read from the environment variable the target names (CHATBOT_ADMIN_TOKEN by default).
 */
export function resolveTarget(
  config: Config | undefined,
  name: string | undefined,
  url: string | undefined,
  env: NodeJS.ProcessEnv,
): DeployTarget {
  const targets = config?.deploy.targets ?? {};
  const chosen = name ?? (url ? undefined : Object.keys(targets)[0]);
  const target = chosen ? targets[chosen] : undefined;
  if (chosen && !target && !url)
    throw new ChatbotError('DEPLOY_TARGET_UNKNOWN', `No deploy target "${chosen}"`, {
      hint: `Targets in chatbot.config.yaml: ${Object.keys(targets).join(', ') || 'none'}. Or pass --url.`,
    });
  const address = url ?? target?.url;
  if (!address)
    throw new ChatbotError(
      'DEPLOY_TARGET_UNKNOWN',
      'No deploy target: pass --url, or add deploy.targets to chatbot.config.yaml',
    );
  const tokenEnv = target?.tokenEnv ?? 'CHATBOT_ADMIN_TOKEN';
  const token = env[tokenEnv];
  if (!token)
    throw new ChatbotError('DEPLOY_TOKEN_MISSING', `${tokenEnv} is not set`, {
      hint: `Set ${tokenEnv} to the server's CHATBOT_ADMIN_TOKEN (in CI, from a secret).`,
    });
  return { name: chosen ?? normalizeUrl(address), url: normalizeUrl(address), token };
}

/** A refusal that carries the server's findings, printed like `chatbot validate` prints them. */
export class BundleRefusedError extends ChatbotError {
  constructor(
    message: string,
    readonly findings: Finding[],
  ) {
    super('DEPLOY_REFUSED', message);
  }
}

export async function adminRequest<T>(
  target: DeployTarget,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${target.token}` };
  let payload: Uint8Array<ArrayBuffer> | undefined;
  if (body !== undefined) {
    // Knowledge compresses about tenfold; the server inflates it.
    payload = new Uint8Array(gzipSync(JSON.stringify(body)));
    headers['content-type'] = 'application/json';
    headers['content-encoding'] = 'gzip';
  }
  let response: Response;
  try {
    response = await fetch(`${target.url}${path}`, {
      method,
      headers,
      ...(payload ? { body: payload } : {}),
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    throw new ChatbotError(
      'SERVER_UNREACHABLE',
      `Cannot reach ${target.url}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`,
    );
  }
  const answer = (await response.json().catch(() => ({}))) as Partial<RestError> & {
    findings?: Finding[];
  };
  if (response.ok) return answer as T;
  if (response.status === 401)
    throw new ChatbotError('DEPLOY_UNAUTHORIZED', `${target.url} refused the admin token`);
  if (answer.error === 'unknown_version')
    throw new ChatbotError('VERSION_UNKNOWN', answer.message ?? 'Unknown version');
  if (answer.findings) throw new BundleRefusedError(answer.message ?? 'Refused', answer.findings);
  if (response.status === 404 && !answer.error)
    throw new ChatbotError(
      'SERVER_UNREACHABLE',
      `${target.url} answered 404; is it a chatbot server?`,
    );
  throw new ChatbotError(
    'DEPLOY_REFUSED',
    answer.message ??
      `${target.url} answered ${response.status}${answer.error ? ` (${answer.error})` : ''}`,
  );
}
