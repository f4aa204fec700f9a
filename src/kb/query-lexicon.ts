/** The built-in lexicons, by language. */
import type { QueryLexicon } from './query-lexicon/types.js';

export type { QueryLexicon } from './query-lexicon/types.js';

export const queryLexicons: Readonly<Record<string, QueryLexicon>> = {};
