/** Portuguese texts of the bot around a handoff, the phrases asking for a person, and the sentiment words. */
import type { BotMessages, OpeningWords } from '../bot-messages.js';
import type { SentimentLexicon } from '../sentiment.js';

// "We" stands for the business, as "equipa" (Portugal) and "equipe" (Brazil) would each sound
// foreign to the other side; "os seus dados" likewise stands in for "contacto"/"contato".
export const messages: BotMessages = {
  handoffNow: 'Vou chamar uma pessoa para continuar a conversa. Responderá aqui em instantes.',
  handoffClosed:
    'Neste momento não estamos disponíveis; voltamos {when}. Deixe aqui o seu email ou número de telefone e responderemos assim que possível.',
  handoffClosedKnownContact:
    'Neste momento não estamos disponíveis; voltamos {when}. Já temos os seus dados e responderemos nessa altura.',
  handoffAway:
    'Neste momento não estamos disponíveis. Deixe aqui o seu email ou número de telefone e responderemos assim que possível.',
  handoffAwayKnownContact:
    'Neste momento não estamos disponíveis. Já temos os seus dados e responderemos assim que possível.',
  // {name} is ", Ana" or nothing.
  contactThanks: 'Obrigado{name}! Já temos os seus dados e responderemos em breve.',
  offerHuman: 'Se preferir, posso chamar uma pessoa para continuar a conversa: é só pedir.',
  waitTimedOut:
    'Lamentamos, mas neste momento estamos todos ocupados. Deixe aqui o seu email ou número de telefone e responderemos assim que possível.',
  waitTimedOutKnownContact:
    'Lamentamos, mas neste momento estamos todos ocupados. Já temos os seus dados e responderemos assim que possível.',
  askAgain:
    'Desculpe, a resposta à sua última mensagem perdeu-se quando o nosso serviço foi reiniciado. Pode enviar a pergunta outra vez?',
};

/** {when} in the handoff messages: e.g. English "on Monday at 09:00", Spanish "el lunes a las 09:00". */
export const opening: OpeningWords = {
  // "voltamos hoje às 14:00", "voltamos na segunda-feira às 09:00".
  format: '{day} às {time}',
  days: {
    today: 'hoje',
    Monday: 'na segunda-feira',
    Tuesday: 'na terça-feira',
    Wednesday: 'na quarta-feira',
    Thursday: 'na quinta-feira',
    Friday: 'na sexta-feira',
    Saturday: 'no sábado',
    Sunday: 'no domingo',
  },
};

// Visitors from both sides: "equipa" and "equipe" share a stem, "atendente" and "atendimento
// humano" are how Brazilians ask, "apoio ao cliente" how the Portuguese do. "Operador" and
// "humano" go with "falar com", as on their own they would also match "a loja opera ao
// domingo" or "recursos humanos".
export const handoffKeywords: readonly string[] = [
  'falar com uma pessoa',
  'falar com alguém',
  // Typed without its accent "alguem" stems differently.
  'falar com alguem',
  'falar com um humano',
  'falar com a equipa',
  'falar com um operador',
  'pessoa real',
  'pessoa de verdade',
  'atendimento humano',
  'atendente',
  'apoio ao cliente',
  'atendimento ao cliente',
];

export const sentiment: SentimentLexicon = {
  // Words from Portugal and Brazil alike: visitors write as they speak, whatever the replies
  // are written in. Left out: "bom", "boa" and "bem", which open most messages as greetings
  // ("bom dia", "boa tarde", "tudo bem?") and would cancel the complaint that follows;
  // "chato" and "chateado", whose stem is "chat".
  words: {
    horrível: -3,
    terrível: -3,
    péssimo: -3,
    pior: -3,
    odeio: -3,
    odiar: -3,
    nojo: -3,
    lixo: -3,
    porcaria: -3,
    merda: -3,
    burla: -3,
    golpe: -3,
    fraude: -3,
    ladrões: -3,
    mentira: -2,
    mentiroso: -3,
    enganar: -2,
    desrespeito: -3,
    palhaçada: -3,
    descaso: -2,
    inútil: -3,
    inaceitável: -3,
    // Without its accent the word keeps its ending under the stemmer: a separate entry.
    inaceitavel: -3,
    incompetente: -3,
    ridículo: -2,
    absurdo: -2,
    furioso: -3,
    irritado: -2,
    zangado: -2,
    farto: -2,
    decepcionado: -2,
    desiludido: -2,
    insatisfeito: -2,
    grosseiro: -2,
    mal: -2,
    mau: -2,
    má: -2,
    ruim: -2,
    reclamação: -2,
    queixa: -2,
    estragado: -2,
    problema: -1,
    erro: -1,
    lento: -1,
    demora: -1,
    ótimo: 3,
    excelente: 3,
    perfeito: 3,
    obrigado: 2,
    agradeço: 2,
    adoro: 3,
    maravilhoso: 3,
    fantástico: 3,
    impecável: 3,
    simpático: 2,
    útil: 2,
    ajuda: 1,
    funciona: 1,
    feliz: 2,
    satisfeito: 2,
    top: 2,
    fixe: 2,
    bacana: 2,
    ok: 1,
    // Laughter says the visitor is not upset, as in VADER; "kkk" and "rsrs" are Brazilian.
    haha: 2,
    hahaha: 2,
    ahah: 2,
    kkk: 2,
    kkkk: 2,
    rsrs: 2,
  },
  // "não" stems to "na", as the preposition does, so "na" now and then negates: accepted, as
  // "não" must. "nao" and "tao" are the words as typed without their accents.
  negators: ['não', 'nao', 'nem', 'nunca', 'nada', 'jamais', 'sem', 'nenhum', 'ninguém'],
  boosters: [
    'muito',
    'tão',
    'tao',
    'super',
    'bué',
    'bastante',
    'demasiado',
    'totalmente',
    'completamente',
    'absolutamente',
    'realmente',
    'extremamente',
  ],
};
