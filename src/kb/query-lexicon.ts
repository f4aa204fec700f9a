/**
 * The built-in query lexicons: per language, the words a question can lose without losing its
 * meaning, and the groups of words visitors and businesses use for the same thing. Pure data;
 * query understanding decides how to use it.
 */
import { de } from './query-lexicon/de.js';
import { en } from './query-lexicon/en.js';
import { es } from './query-lexicon/es.js';
import { fr } from './query-lexicon/fr.js';
import { it } from './query-lexicon/it.js';
import { pt } from './query-lexicon/pt.js';
import { ru } from './query-lexicon/ru.js';
import type { QueryLexicon } from './query-lexicon/types.js';
import { uk } from './query-lexicon/uk.js';

export type { QueryLexicon } from './query-lexicon/types.js';

export const queryLexicons: Readonly<Record<string, QueryLexicon>> = Object.freeze({
  en,
  ru,
  es,
  de,
  fr,
  it,
  pt,
  uk,
});
