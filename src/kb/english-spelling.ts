/**
 * British and American spellings of one word, read as one: a business in Europe writes
 * "colour", "centre", "licence", "anaesthetic", "tyre", "organise", and a visitor from the
 * United States asks about "color", "center", "license", "anesthetic", "tires", "organize".
 * Snowball stems each spelling apart ("licenc" and "licens", "organis" and "organ"), and the
 * typo repair reaches only some of them, at a typo's weight. Both the knowledge and the
 * question are read in the American spelling, so either finds the other whole.
 */

/**
 * Whole words, lowercase, with the endings they take; applied in order, so "anaesthetise" is
 * first "anesthetise", then "anesthetize".
 */
const variants: ReadonlyArray<readonly [RegExp, string]> = [
  [/^an(a|ae)esth(\p{L}*)$/u, 'anesth$2'],
  [/^(orthop|p|gyn)aed(\p{L}*)$/u, '$1ed$2'],
  [/^haem(\p{L}*)$/u, 'hem$1'],
  [/^oesophag(\p{L}*)$/u, 'esophag$1'],
  [/^licenc(e|es|ed|ing)$/, 'licens$1'],
  [
    /^(colo|favo|flavo|harbo|hono|humo|labo|neighbo|behavio|rumo|odo|savo|parlo|armo|endeavo|vapo)ur(s|ed|ing|ite|ites|ful|hood|hoods|able|less)?$/,
    '$1r$2',
  ],
  [/^(cent|met|lit|theat|fib|kilomet|centimet|millimet|calib|spect)re(s)?$/, '$1er$2'],
  [
    /^(organ|real|recogn|special|apolog|personal|custom|sanit|minim|priorit|author|final|categor|summar|memor|local|standard|optim|maxim|util|character|critic|emphas|familiar|steril|synchron|digit|hospital|mobil|neutral|stabil|vandal|immun|anesthet|moistur)is(e|es|ed|ing|ation|ations|er|ers)$/,
    '$1iz$2',
  ],
  [/^(anal|paral|catal)ys(e|es|ed|ing)$/, '$1yz$2'],
  [/^programme(s)?$/, 'program$1'],
  [/^jewellery$/, 'jewelry'],
  [/^jeweller(s)?$/, 'jeweler$1'],
  [/^tyre(s)?$/, 'tire$1'],
  [/^aluminium$/, 'aluminum'],
  [/^grey(s|ish)?$/, 'gray$1'],
  [/^pyjamas$/, 'pajamas'],
  [/^(catalog|dialog)ue(s)?$/, '$1$2'],
  [/^instalment(s)?$/, 'installment$1'],
  [/^fulfil(s|ment)?$/, 'fulfill$1'],
  [/^enrol(s|ment|ments)?$/, 'enroll$1'],
  [/^(def|off)ence(s)?$/, '$1ense$2'],
  [/^practis(e|es|ed|ing)$/, 'practic$1'],
  [/^mould(s|y)?$/, 'mold$1'],
  [/^ageing$/, 'aging'],
  [/^(judg|acknowledg)ement(s)?$/, '$1ment$2'],
];

/** The word as American English spells it; the word itself when no variant applies. */
export function americanSpelling(word: string): string {
  let spelled = word;
  for (const [pattern, replacement] of variants) spelled = spelled.replace(pattern, replacement);
  return spelled;
}
