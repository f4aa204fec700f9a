/**
 * Helpers available to prompt templates besides Handlebars' built-ins. Kept few and pure:
 * a prompt template is content, not a program.
 */
export const promptHelpers = {
  /** {{#if (eq lang "ru")}} */
  eq: (a: unknown, b: unknown) => a === b,
  /** {{#if (ne lang "en")}} */
  ne: (a: unknown, b: unknown) => a !== b,
  not: (a: unknown) => !a,
  /** {{#if (and hours.open humanAvailable)}} — the last argument is Handlebars' options. */
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  /** {{join list ", "}} */
  join: (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
} as const;

export const helperDescriptions: Record<keyof typeof promptHelpers, string> = {
  eq: '`(eq a b)`: true when a equals b.',
  ne: '`(ne a b)`: true when a differs from b.',
  not: '`(not a)`: the opposite of a.',
  and: '`(and a b …)`: true when all are true.',
  or: '`(or a b …)`: true when any is true.',
  join: '`{{join list ", "}}`: a list\'s items joined by a separator.',
};

export const builtInHelpers = ['if', 'unless', 'each', 'with', 'lookup', 'log'] as const;

export const knownHelperNames: ReadonlySet<string> = new Set([
  ...builtInHelpers,
  ...Object.keys(promptHelpers),
]);
