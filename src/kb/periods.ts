/**
 * The months and seasons a text names. A sentence that holds only for a period ("In August
 * we close at 14:00") answers a question that names that period, not one that names none:
 * "when do you close on Friday?" wants the hours of the rest of the year.
 */

/** Word beginnings that name a month or a season, per language. */
const periodStems: Readonly<Record<string, readonly string[]>> = {
  // "may" is left out: it is far more often the verb.
  en: words(
    'january february march april june july august september october november december summer winter spring autumn christmas easter',
  ),
  ru: words(
    'январ феврал март апрел мая мае май июн июл август сентябр октябр ноябр декабр лето летом летн зим весн осен рождеств пасх',
  ),
  es: words(
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre verano invierno primavera otoño navidad',
  ),
  de: words(
    'januar februar märz april juni juli august september oktober november dezember sommer winter frühling herbst weihnacht ostern',
  ),
  fr: words(
    'janvier février mars avril juin juillet août septembre octobre novembre décembre été hiver printemps automne noël pâques',
  ),
  it: words(
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre estate inverno primavera autunno natale pasqua',
  ),
  pt: words(
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro verão inverno primavera outono natal páscoa',
  ),
  uk: words(
    'січ лют берез квіт травн черв лип серп верес жовт листопад груд літо літом літн зим весн осен різдв великод',
  ),
};

function words(list: string): readonly string[] {
  return list.split(' ');
}

export function periodsNamed(text: string, lang: string): ReadonlySet<string> {
  const stems = periodStems[lang.split('-')[0]!] ?? periodStems.en!;
  const named = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu))
    for (const stem of stems) if (word.startsWith(stem)) named.add(stem);
  return named;
}

/** Whether a text holds only for a month or season the question does not name. */
export function limitedToOtherPeriod(
  text: string,
  asked: ReadonlySet<string>,
  lang: string,
): boolean {
  const limited = periodsNamed(text, lang);
  if (limited.size === 0) return false;
  for (const period of limited) if (asked.has(period)) return false;
  return true;
}

/**
 * Words that date a visit rather than name a topic: the months, and today, tomorrow,
 * yesterday. "Mein Auto muss im Mai an die MFK" asks about the MFK; a knowledge base that never
 * says "Mai" answers it all the same. Seasons and holidays are left out: "summer tyres" and
 * "open over Easter" ask about them.
 */
const datingWords: Readonly<Record<string, readonly string[]>> = {
  en: words(
    'january february march april june july august september october november december today tomorrow yesterday tonight',
  ),
  ru: words(
    'январ феврал март апрел мая мае май июн июл август сентябр октябр ноябр декабр завтра вчера послезавтра',
  ),
  es: words(
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre hoy ayer',
  ),
  de: words(
    'januar februar märz april mai juni juli august september oktober november dezember heute morgen gestern übermorgen',
  ),
  fr: words(
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre aujourd demain hier',
  ),
  it: words(
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre oggi domani ieri dopodomani',
  ),
  pt: words(
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro hoje amanhã ontem',
  ),
  uk: words(
    'січ лют берез квіт травн черв лип серп верес жовт листопад груд сьогодні завтра вчора позавчора',
  ),
};

/** Languages whose dating words above are stems, for their case endings ("в августе"). */
const datingStems = new Set(['ru', 'uk']);

/** Whether a word only dates the question (a month, "tomorrow"): see datingWords. */
export function datesOnly(word: string, lang: string): boolean {
  const base = lang.split('-')[0]!;
  const dating = datingWords[base];
  if (!dating) return false;
  const lower = word.toLowerCase();
  if (!datingStems.has(base)) return dating.includes(lower);
  return dating.some((stem) => lower.startsWith(stem) && lower.length <= stem.length + 3);
}
