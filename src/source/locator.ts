/**
 * A Locator answers "where in the source is the value (or key) at this path?", so schema
 * errors found on plain data can point back at file:line:col. YAML and JSON each have one.
 */
export type DataPath = readonly (string | number)[];

export interface Located {
  readonly offset: number;
  /** True when the exact path was not in the source and an ancestor was used instead. */
  readonly approximate: boolean;
}

export interface Locator {
  /** Where the value at `path` starts, or its nearest existing ancestor. */
  value(path: DataPath): Located;
  /** Where the key that holds `path` starts (for unknown keys), or the value's place. */
  key(path: DataPath): Located;
}
