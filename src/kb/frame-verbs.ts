/**
 * Verbs that only carry what a question asks about: "¿tenéis trasteros?", "¿hacéis mudanzas de
 * oficinas?", "vous proposez un service clim ?", "продаёте коробки?". The thing named is the
 * question; the verb says the visitor expects the business to have, do, offer or sell it. A
 * knowledge base writes these verbs about anything ("tenemos", "hacemos"), so read at full
 * weight they find whichever block happens to say them. Dropped outright, a short question
 * about something the business lacks ("¿tenéis gimnasio?") loses the word that kept it from
 * an answer; so they count, lightly.
 */
const frameVerbs: Readonly<Record<string, RegExp>> = {
  es: /^(ten[eé]is|tienen|tiene|ten[eé]s|hac[eé]is|hacen|hace|ofrec[eé]is|ofrecen|ofrece|dispon[eé]is|disponen|dispone|vend[eé]is|venden|acept[aá]is|aceptan|admit[ií]s|admiten)$/u,
  pt: /^(t[eê]m|fazem|faz|oferecem|oferece|vendem|vende|disp[oõ]em)$/u,
  it: /^(fate|fanno|offrite|offrono|vendete|vendono|avete|hanno)$/u,
  fr: /^(proposez|proposent|offrez|offrent|vendez|vendent|faites|font)$/u,
  de: /^(macht|bietet|bieten|verkauft|verkaufen|habt)$/u,
  ru: /^(делаете|предлагаете|продаёте|продаете|оказываете|имеете)$/u,
  uk: /^(робите|пропонуєте|продаєте|надаєте|маєте)$/u,
};

/** How much a frame verb counts beside the words it carries: enough to stay, never to decide. */
export const frameVerbImportance = 0.5;

/** Whether a word of the question only carries what it asks about. */
export function isFrameVerb(word: string, lang: string): boolean {
  return frameVerbs[lang.split('-')[0]!]?.test(word.toLowerCase()) ?? false;
}
