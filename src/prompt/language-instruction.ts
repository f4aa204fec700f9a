/**
 * The instruction that always ends the system prompt. It is phrased in the target language
 * (models follow an instruction in the language they are to answer in more reliably), with the
 * English sentence after it for languages other than English.
 */
const native: Record<string, string> = {
  en: 'Answer only in English, even if the visitor writes in another language.',
  ru: 'Отвечай только на русском языке, даже если посетитель пишет на другом языке.',
  es: 'Responde solo en español, aunque el visitante escriba en otro idioma.',
  de: 'Antworte nur auf Deutsch, auch wenn der Besucher in einer anderen Sprache schreibt.',
  fr: 'Réponds uniquement en français, même si le visiteur écrit dans une autre langue.',
  it: 'Rispondi solo in italiano, anche se il visitatore scrive in un’altra lingua.',
  pt: 'Responde apenas em português, mesmo que o visitante escreva noutra língua.',
  uk: 'Відповідай лише українською мовою, навіть якщо відвідувач пише іншою мовою.',
};

/** The language's name in English ("Russian"), from the runtime's CLDR data. */
export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function languageInstruction(lang: string): string {
  const english = `Answer only in ${languageName(lang)}, even if the visitor writes in another language.`;
  const own = native[lang] ?? native[lang.split('-')[0]!];
  if (!own || own === english) return english;
  return `${own}\n${english}`;
}
