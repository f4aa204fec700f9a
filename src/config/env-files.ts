import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseEnv } from 'node:util';

export interface ProjectEnv {
  /** process.env over .env: the environment always wins, as in dotenv. */
  readonly values: Record<string, string | undefined>;
  /** Names listed in .env.example: declared, even if not set here. */
  readonly declared: ReadonlySet<string>;
}

export async function readProjectEnv(
  dir: string,
  processEnv: NodeJS.ProcessEnv,
): Promise<ProjectEnv> {
  const dotenv = await readEnvFile(join(dir, '.env'));
  const example = await readEnvFile(join(dir, '.env.example'));
  return {
    values: { ...dotenv, ...processEnv },
    declared: new Set(Object.keys(example)),
  };
}

async function readEnvFile(path: string): Promise<Record<string, string>> {
  try {
    return parseEnv(await readFile(path, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}
