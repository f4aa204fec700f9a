/** What every benchmark reports: one row per measured figure, with its target when it has one. */
export interface BenchRow {
  readonly bench: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** The target from the issue, e.g. `< 300`; rows without one are context. */
  readonly target?: { readonly max?: number; readonly min?: number };
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function meets(row: BenchRow): boolean | undefined {
  if (!row.target) return undefined;
  if (row.target.max !== undefined && row.value > row.target.max) return false;
  if (row.target.min !== undefined && row.value < row.target.min) return false;
  return true;
}
