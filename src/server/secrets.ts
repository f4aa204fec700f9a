/**
 * The server's signing key for visitor tokens: CHATBOT_SECRET when set (several servers behind a
 * load balancer must share it), otherwise a random key kept in the data directory with 0600
 * permissions, so tokens survive restarts.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function serverSecret(dataDir: string, env: NodeJS.ProcessEnv): Buffer {
  if (env.CHATBOT_SECRET && env.CHATBOT_SECRET.length >= 32) return Buffer.from(env.CHATBOT_SECRET);
  const path = join(dataDir, 'secret.key');
  if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
  const secret = randomBytes(32);
  writeFileSync(path, `${secret.toString('base64url')}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return secret;
}
