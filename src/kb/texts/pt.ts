/** Portuguese widget and mail texts, built in so a Portuguese knowledge file needs no overrides. */
import type { EmailStrings } from '../email-strings.js';
import type { UiStrings } from '../ui-strings.js';

// European Portuguese that Brazilian visitors read as easily: words only one side uses
// ("ficheiro"/"arquivo", "equipa"/"equipe", "contacto"/"contato", "ligação"/"conexão") are
// written around, and the visitor is addressed in the third person, never with "tu".
export const ui: UiStrings = {
  placeholder: 'Escreva a sua mensagem…',
  send: 'Enviar',
  open: 'Abrir o chat',
  close: 'Fechar o chat',
  // "Anexo" is the same word on both sides, where the file itself is not.
  attach: 'Adicionar anexo',
  talkToHuman: 'Falar com uma pessoa',
  waiting: 'À espera de que alguém entre na conversa…',
  operatorJoined: '{name} entrou na conversa',
  backToBot: 'Voltou a falar com o nosso assistente',
  resolved: 'Esta conversa foi encerrada',
  offline: 'Está offline. As suas mensagens serão enviadas quando voltar a estar online.',
  reconnecting: 'A reconectar…',
  error: 'Ocorreu um erro. Tente novamente.',
  rateLimited: 'Está a enviar mensagens um pouco depressa. Aguarde um momento.',
  rateLimitedHeld:
    'Está a enviar mensagens um pouco depressa. O que escreveu será enviado daqui a {seconds} s.',
  unsentReturned: 'A mensagem que não foi enviada voltou à caixa de texto.',
  uploadTooLarge: 'Este anexo é grande demais (o limite é {limit}).',
  uploadType: 'Este tipo de anexo não pode ser enviado. Pode enviar imagens e PDF.',
  sources: 'Fontes',
  didYouMean: 'Não sei se entendi bem. Refere-se a algum destes temas?',
  helpful: 'Útil',
  notHelpful: 'Não ajudou',
  newMessages: 'Novas mensagens',
  // Above the name and email fields; "como o podemos contactar" would need o/a and a spelling.
  preChatTitle: 'Antes de começarmos, deixe-nos o seu nome e email.',
  name: 'Nome',
  email: 'Email',
  start: 'Iniciar conversa',
  invalidEmail: 'Insira um endereço de email válido.',
  ratePrompt: 'O que achou desta conversa?',
  rateThanks: 'Obrigado pela sua opinião!',
  proactive: 'Olá! Tem alguma dúvida? Estamos aqui para ajudar.',
};

export const email: EmailStrings = {
  askEmail:
    'Deixe aqui o seu endereço de email e enviaremos a resposta para lá, sem ter de esperar.',
  willEmail: 'Responderemos por email para {email}. Quando voltar, também verá a resposta aqui.',
  replySubject: '{name} de {bot} respondeu à sua mensagem',
  replyIntro: '{name} de {bot} respondeu à sua pergunta:',
  replyLink: 'Continue a conversa no nosso site: {url}',
  unsubscribe: 'Não quer receber estes emails? Cancele aqui: {url}',
  transcriptButton: 'Receber esta conversa por email',
  transcriptSent: 'A conversa foi enviada para {email}.',
  transcriptSubject: 'A sua conversa com {bot}',
  transcriptIntro: 'Aqui está a sua conversa com {bot}.',
  // The visitor's lines in their own transcript: "Eu" reads naturally on both sides, where a
  // bare "Você" sounds blunt in Portugal.
  you: 'Eu',
  assistant: 'Assistente',
  unsubscribed: 'Pronto: {email} deixará de receber emails de {bot}.',
};
