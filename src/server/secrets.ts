/**
 * The server's signing key for visitor tokens: CHATBOT_SECRET when set (several servers behind a
 * load balancer must share it), otherwise a random key kept in the data directory with 0600
 * permissions, so tokens survive restarts.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChatbotError } from '../errors/chatbot-error.js';
import { privateFileMode } from '../store/private-files.js';

export const minimumSecretLength = 32;

/**
 * A CHATBOT_SECRET too short to sign with stops the server: quietly falling back to the key in
 * the data directory would leave servers that were meant to share visitors each with their own.
 */
export function checkSecret(env: Record<string, string | undefined>): void {
  const secret = env.CHATBOT_SECRET;
  if (secret && secret.length < minimumSecretLength)
    throw new ChatbotError(
      'SECRET_TOO_SHORT',
      `CHATBOT_SECRET has ${secret.length} characters; visitor tokens need a key of at least ${minimumSecretLength}`,
    );
}

export function serverSecret(dataDir: string, env: Record<string, string | undefined>): Buffer {
  checkSecret(env);
  if (env.CHATBOT_SECRET) return Buffer.from(env.CHATBOT_SECRET);
  const path = join(dataDir, 'secret.key');
  if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
  const secret = randomBytes(32);
  writeFileSync(path, `${secret.toString('base64url')}\n`, { mode: privateFileMode });
  chmodSync(path, privateFileMode);
  return secret;
}
