/**
 * Words for the circumstances a visitor tells about themselves rather than the thing they
 * ask about: when (months, "tomorrow", "in the morning", "next week") and how many ("two",
 * "троих", "seis"). "Can we come in September, the three of us?" asks about booking, whatever
 * the month. Read like a number: such a word helps pick a block or a row that has it, but it
 * never counts for or against whether the knowledge answers. Weekdays are not here: "open on
 * Sunday?" asks about Sunday.
 */

export const circumstances: Readonly<Record<string, readonly string[]>> = {
  en: words(
    'january, february, march, april, may, june, july, august, september, october, november, december',
    'jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec',
    'today, tonight, tomorrow, yesterday, tmrw, tmr, morning, afternoon, evening, noon, midnight',
    'week, weeks, weekend, month, months, year, years, fortnight, ago, soon, later, now',
    'next, last, beginning, end, mid, am, pm',
    'one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, fifteen, twenty',
    'couple, pair, both, alone, solo, few, several, dozen, half, hour, hours, minutes',
  ),
  ru: words(
    'январь, января, январе, февраль, февраля, феврале, март, марта, марте, апрель, апреля, апреле',
    'май, мая, мае, июнь, июня, июне, июль, июля, июле, август, августа, августе',
    'сентябрь, сентября, сентябре, октябрь, октября, октябре, ноябрь, ноября, ноябре',
    'декабрь, декабря, декабре, сегодня, завтра, послезавтра, вчера, сейчас, скоро, потом',
    'утро, утром, днем, днём, вечер, вечером, ночью, полночь, полдень, неделя, недели, неделю',
    'месяц, месяца, месяцев, год, года, лет, выходные, выходных, начале, конце, середине',
    'один, одна, одно, два, две, двое, двоих, вдвоем, вдвоём, три, трое, троих, втроем, втроём',
    'четыре, четверо, пять, пятеро, шесть, семь, восемь, девять, десять, полтора, пара, оба, обе',
    'час, часа, часов, минут, сразу, пораньше, попозже',
  ),
  es: words(
    'enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, setiembre, octubre',
    'noviembre, diciembre, hoy, mañana, pasado mañana, ayer, ahora, pronto, luego, después',
    'madrugada, tarde, mediodía, medianoche, semana, semanas, finde, fin de semana',
    'mes, meses, año, años, día, días, principios, finales, mediados, próximo, próxima',
    'uno, una, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez, once, doce, quince',
    'veinte, pareja, ambos, ambas, solo, sola, hora, horas, minutos',
  ),
};

function words(...lists: string[]): string[] {
  return lists.flatMap((list) => list.split(',').map((word) => word.trim()));
}
