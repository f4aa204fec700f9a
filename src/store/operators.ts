/**
 * Operators and their tokens. A token is shown once, when it is created; only its SHA-256 is
 * stored (tokens are 256 random bits, so a fast hash is enough: there is nothing to brute-force).
 * The file is written by `chatbot operator …` and watched by the server, so a revocation takes
 * effect at once, live sockets included. With PostgreSQL storage the records are in the database
 * and servers read them again every few seconds.
 */
import { createHash, randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { isOperatorRole, type OperatorRole } from '../domain/permissions.js';
import { ChatbotError } from '../errors/chatbot-error.js';
import { PrivateDataFile, privateDir } from './private-files.js';
import type { RecordStore } from './records.js';

export type { OperatorRole } from '../domain/permissions.js';

export interface Operator {
  readonly name: string;
  readonly role: OperatorRole;
  /** Teams whose unassigned conversations an agent may take. */
  readonly teams?: readonly string[];
  /** Languages the operator answers in. */
  readonly languages?: readonly string[];
  readonly tokenHash: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class OperatorRegistry {
  private readonly db: Low<{ operators: Operator[] }>;
  readonly path: string;

  /**
   * `records`: where operators are kept when it is not data/operators.json (PostgreSQL, shared
   * by every node); reloaded on every load() like the file.
   */
  constructor(
    dataDir: string,
    private readonly records?: Pick<RecordStore, 'operators' | 'saveOperator'>,
  ) {
    this.path = join(dataDir, 'operators.json');
    this.db = new Low(
      new PrivateDataFile<{ operators: Operator[] }>(this.path, {
        parse: JSON.parse,
        stringify: (data) => `${JSON.stringify(data, null, 2)}\n`,
      }),
      { operators: [] },
    );
  }

  private loading: Promise<void> = Promise.resolve();

  /**
   * Reads the file again. Loads run one at a time, so the last one to finish always holds what
   * the file said last. (Comparing modification times is not enough: file systems with coarse
   * timestamps give two quick writes the same one.)
   */
  load(): Promise<void> {
    this.loading = this.loading.then(async () => {
      if (this.records) this.db.data = { operators: await this.records.operators() };
      else await this.db.read();
      // Operators from before roles could do everything: they stay admins, so an upgrade locks
      // nobody out.
      this.db.data.operators = this.db.data.operators.map((operator) =>
        isOperatorRole(operator.role) ? operator : { ...operator, role: 'admin' },
      );
    });
    return this.loading;
  }

  list(): Operator[] {
    return [...this.db.data.operators];
  }

  active(): Operator[] {
    return this.db.data.operators.filter((operator) => !operator.revokedAt);
  }

  /** Adds an operator and returns its token: the only time it is ever seen. */
  async add(
    name: string,
    role: OperatorRole,
    scope: { teams?: readonly string[]; languages?: readonly string[] } = {},
  ): Promise<{ operator: Operator; token: string }> {
    await this.load();
    if (!isOperatorRole(role))
      throw new ChatbotError('USAGE', `"${role}" is not a role`, {
        hint: 'Use admin, manager or agent.',
      });
    for (const label of [...(scope.teams ?? []), ...(scope.languages ?? [])]) {
      if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u.test(label))
        throw new ChatbotError('USAGE', `"${label}" is not a usable team or language name`, {
          hint: 'Use up to 40 letters, digits, dots, dashes or underscores, no spaces.',
        });
    }
    if (!/^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,39}$/u.test(name)) {
      throw new ChatbotError('USAGE', `"${name}" is not a usable operator name`, {
        hint: 'Use up to 40 letters, digits, spaces, dots, dashes or underscores.',
      });
    }
    if (this.active().some((operator) => operator.name.toLowerCase() === name.toLowerCase())) {
      throw new ChatbotError('OPERATOR_EXISTS', `An operator named "${name}" exists`);
    }
    const token = `cbo_${randomBytes(32).toString('base64url')}`;
    const operator: Operator = {
      name,
      role,
      ...(scope.teams?.length ? { teams: [...new Set(scope.teams)] } : {}),
      ...(scope.languages?.length ? { languages: [...new Set(scope.languages)] } : {}),
      tokenHash: hashToken(token),
      createdAt: new Date().toISOString(),
    };
    this.db.data.operators.push(operator);
    await this.persist(operator);
    return { operator, token };
  }

  async revoke(name: string): Promise<Operator> {
    await this.load();
    const index = this.db.data.operators.findIndex(
      (operator) => operator.name.toLowerCase() === name.toLowerCase() && !operator.revokedAt,
    );
    if (index < 0)
      throw new ChatbotError('OPERATOR_UNKNOWN', `No active operator is named "${name}"`);
    const revoked = { ...this.db.data.operators[index]!, revokedAt: new Date().toISOString() };
    this.db.data.operators[index] = revoked;
    await this.persist(revoked);
    return revoked;
  }

  /** Writes one added or changed operator: the whole file, or that one record. */
  private async persist(operator: Operator): Promise<void> {
    if (this.records) return this.records.saveOperator(operator);
    await privateDir(dirname(this.path));
    await this.db.write();
  }

  authenticate(token: string | undefined): Operator | undefined {
    if (!token?.startsWith('cbo_')) return undefined;
    const hash = hashToken(token);
    return this.active().find((operator) => operator.tokenHash === hash);
  }
}
