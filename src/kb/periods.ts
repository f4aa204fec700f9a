/**
 * The months and seasons a text names, and the words that only date a question. A sentence that
 * holds only for a period ("In August we close at 14:00") answers a question that names that
 * period, not one that names none: "when do you close on Friday?" wants the hours of the rest
 * of the year.
 */

/**
 * The months, per language: whole words, or stems in Russian and Ukrainian, whose case endings
 * follow ("в августе", "у травні"). English "may" is left out: it is far more often the verb.
 */
const months: Readonly<Record<string, readonly string[]>> = {
  en: words('january february march april june july august september october november december'),
  ru: words('январ феврал март апрел мая мае май июн июл август сентябр октябр ноябр декабр'),
  es: words(
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
  ),
  de: words('januar februar märz april mai juni juli august september oktober november dezember'),
  fr: words('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  it: words(
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  ),
  pt: words(
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  ),
  uk: words('січ лют берез квіт травн черв лип серп верес жовт листопад груд'),
};

/** The seasons, and the holidays that name a time of year. */
const seasons: Readonly<Record<string, readonly string[]>> = {
  en: words('summer winter spring autumn christmas easter'),
  ru: words('лето летом летн зим весн осен рождеств пасх'),
  es: words('verano invierno primavera otoño navidad'),
  de: words('sommer winter frühling herbst weihnacht ostern'),
  fr: words('été hiver printemps automne noël pâques'),
  it: words('estate inverno primavera autunno natale pasqua'),
  pt: words('verão inverno primavera outono natal páscoa'),
  uk: words('літо літом літн зим весн осен різдв великод'),
};

/** Today, tomorrow, yesterday: whole words in every language ("завтра" is no stem of "завтрак"). */
const relativeDays: Readonly<Record<string, readonly string[]>> = {
  en: words('today tomorrow yesterday tonight'),
  ru: words('сегодня завтра вчера послезавтра'),
  es: words('hoy ayer'),
  de: words('heute morgen gestern übermorgen'),
  fr: words('aujourd demain hier'),
  it: words('oggi domani ieri dopodomani'),
  pt: words('hoje amanhã ontem'),
  uk: words('сьогодні завтра вчора позавчора'),
};

/** The days of the week, weekends and holidays: whole words, or stems where forms follow. */
const weekDays: Readonly<Record<string, readonly string[]>> = {
  en: words(
    'monday mondays tuesday tuesdays wednesday wednesdays thursday thursdays friday fridays saturday saturdays sunday sundays weekend weekends weekday weekdays holiday holidays',
  ),
  ru: words(
    'понедельник вторник среда среду среды средам четверг пятниц суббот воскресен выходн будн праздник праздничн',
  ),
  es: words(
    'lunes martes miércoles jueves viernes sábado sábados domingo domingos finde festivo festivos festivos feriado feriados',
  ),
  de: words(
    'montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende feiertag feiertage feiertagen',
  ),
  fr: words('lundi mardi mercredi jeudi vendredi samedi dimanche week-end weekend férié fériés'),
  it: words(
    'lunedì martedì mercoledì giovedì venerdì sabato domenica weekend festivi festivo festività',
  ),
  pt: words('segunda terça quarta quinta sexta sábado sábados domingo domingos feriado feriados'),
  uk: words(
    "понеділ вівтор середа середу середи четвер пʼятниц п’ятниц п'ятниц субот неділ вихідн будн свят",
  ),
};

/** Parts of the day, and now: "are you open now?", "when do you open in the morning?". */
const dayParts: Readonly<Record<string, readonly string[]>> = {
  en: words(
    'morning mornings afternoon afternoons evening evenings night nights now lunchtime midday noon',
  ),
  ru: words('утром утро днём днем вечером вечер ночью сейчас обед обеда'),
  // "Mañana" is tomorrow and the morning: either way, a when.
  es: words('mañana mañanas tarde tardes noche noches ahora mediodía'),
  de: words('morgens vormittags nachmittags abends nachts jetzt mittags mittag'),
  fr: words('matin matins après-midi soir soirs soirée nuit maintenant midi'),
  it: words('mattina mattino pomeriggio sera notte adesso ora mezzogiorno'),
  pt: words('manhã manhãs tarde tardes noite noites agora almoço'),
  uk: words('вранці ранок вдень ввечері вечір вночі зараз обід'),
};

/** Languages whose month and season words above are stems. */
const stemLanguages = new Set(['ru', 'uk']);

function words(list: string): readonly string[] {
  return list.split(' ');
}

/** Whether a lowercase word is the entry, or begins with it where the entry is a stem. */
function isEntry(word: string, entry: string, base: string): boolean {
  if (stemLanguages.has(base)) return word.startsWith(entry);
  // A long entry names its forms too ("agosto", "agostos"); a short one only itself: "mai"
  // would name "mail" and "maison".
  return entry.length > 3 ? word.startsWith(entry) : word === entry;
}

/**
 * A day of a month, in any of the languages: "21 May", "May 21st", "3 мая", "4 de octubre",
 * "le 12 juin". Beside a day's number, English "May" is the month.
 */
const dayOfMonth = (() => {
  const all = Object.entries(months).flatMap(([base, names]) =>
    names.map((name) => ({ name, takesEndings: stemLanguages.has(base) || name.length > 3 })),
  );
  all.push({ name: 'may', takesEndings: false });
  // A stem or a long name takes endings ("июня", "agostos"); a short one stands alone ("mai").
  const names = (takesEndings: boolean) =>
    all
      .filter((month) => month.takesEndings === takesEndings)
      .map((month) => month.name)
      .join('|');
  const month = `(?:(?:${names(true)})\\p{L}*|(?:${names(false)})(?!\\p{L}))`;
  const day = '(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th|er|º|\\.)?';
  const before = `${day}\\s(?:de\\s|of\\s)?${month}`;
  const after = `(?<!\\p{L})${month}\\s\\d{1,2}(?!\\d)`;
  return new RegExp(`${before}|${after}`, 'iu');
})();

/** Whether a text opens with a month's name: "März bis 30. April" after "15.". */
export function opensWithMonth(text: string, lang: string): boolean {
  const first = /^\p{L}+/u.exec(text.toLowerCase())?.[0];
  if (first === undefined) return false;
  const base = lang.split('-')[0]!;
  return (months[base] ?? []).some((month) => isEntry(first, month, base));
}

/** Whether a text names a day of a month ("classes start on 4 October"). */
export function statesDate(text: string): boolean {
  return dayOfMonth.test(text);
}

export function periodsNamed(text: string, lang: string): ReadonlySet<string> {
  const base = months[lang.split('-')[0]!] ? lang.split('-')[0]! : 'en';
  const entries = [...months[base]!, ...seasons[base]!];
  const named = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu))
    for (const entry of entries) if (isEntry(word, entry, base)) named.add(entry);
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
 * Whether a word names when: a day of the week, a weekend or holiday, today or tomorrow, a part
 * of the day or now, a month or a season. "Are you open on Sunday?" asks for the opening hours of a day, nothing more.
 */
export function namesWhen(word: string, lang: string): boolean {
  const base = lang.split('-')[0]!;
  const lower = word.toLowerCase();
  if (relativeDays[base]?.includes(lower) || dayParts[base]?.includes(lower)) return true;
  const stems = stemLanguages.has(base);
  if ((weekDays[base] ?? []).some((day) => (stems ? lower.startsWith(day) : lower === day)))
    return true;
  return [...(months[base] ?? []), ...(seasons[base] ?? [])].some((entry) =>
    isEntry(lower, entry, base),
  );
}

/**
 * Whether a word only dates the question: a month, or today, tomorrow, yesterday. "Mein Auto
 * muss im Mai an die MFK" asks about the MFK; a knowledge base that never says "Mai" answers it
 * all the same. Seasons and holidays are left out: "summer tyres" and "open over Easter" ask
 * about them.
 */
export function datesOnly(word: string, lang: string): boolean {
  const base = lang.split('-')[0]!;
  const lower = word.toLowerCase();
  if (relativeDays[base]?.includes(lower)) return true;
  return (months[base] ?? []).some((month) => isEntry(lower, month, base));
}
