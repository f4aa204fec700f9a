/** Ukrainian widget and mail texts, built in so a Ukrainian knowledge file needs no overrides. */
import type { EmailStrings } from '../email-strings.js';
import type { UiStrings } from '../ui-strings.js';

export const ui: UiStrings = {
  placeholder: 'Напишіть повідомлення…',
  send: 'Надіслати',
  open: 'Відкрити чат',
  close: 'Закрити чат',
  attach: 'Прикріпити файл',
  talkToHuman: 'Поговорити з людиною',
  waiting: 'Чекаємо, поки приєднається хтось із команди…',
  // Present tense: the past would need the team member's gender (приєднався / приєдналася).
  operatorJoined: '{name} приєднується до чату',
  backToBot: 'Ви знову спілкуєтеся з нашим помічником',
  resolved: 'Цю розмову завершено',
  offline: 'Немає з’єднання. Ми надішлемо ваші повідомлення, щойно зв’язок відновиться.',
  reconnecting: 'Відновлюємо з’єднання…',
  error: 'Щось пішло не так. Спробуйте ще раз.',
  rateLimited: 'Ви надсилаєте повідомлення трохи зашвидко. Зачекайте хвилинку.',
  rateLimitedHeld:
    'Ви надсилаєте повідомлення трохи зашвидко. Ваше повідомлення надішлемо за {seconds} с.',
  unsentReturned: 'Ненадіслане повідомлення повернулося в поле введення.',
  uploadTooLarge: 'Файл завеликий (максимум {limit}).',
  uploadType: 'Такий тип файлу надіслати не можна. Підходять зображення та PDF.',
  sources: 'Джерела',
  // Masculine, as the bot is "помічник" everywhere else.
  didYouMean: 'Не впевнений, що правильно вас зрозумів. Ви мали на увазі одну з цих тем?',
  helpful: 'Корисно',
  notHelpful: 'Не допомогло',
  newMessages: 'Нові повідомлення',
  preChatTitle: 'Перш ніж почати: як з вами зв’язатися?',
  name: 'Ім’я',
  email: 'Електронна пошта',
  start: 'Почати чат',
  invalidEmail: 'Вкажіть правильну адресу електронної пошти.',
  ratePrompt: 'Як вам ця розмова?',
  rateThanks: 'Дякуємо за відгук!',
  proactive: 'Вітаємо! Маєте запитання? Ми радо допоможемо.',
};

export const email: EmailStrings = {
  askEmail:
    'Залиште тут свою електронну адресу, і ми надішлемо відповідь на пошту — чекати не доведеться.',
  willEmail: 'Наша команда напише вам на {email}. Коли повернетеся, побачите відповідь і тут.',
  // {name} stays the subject of the sentence: after a preposition ("від {name}") a Ukrainian
  // name would have to change its ending. Present tense, as the past would need a gender.
  replySubject: 'Вам відповідає {name} з {bot}',
  replyIntro: '{name} з {bot} відповідає на ваше запитання:',
  replyLink: 'Продовжити розмову на нашому сайті: {url}',
  unsubscribe: 'Не хочете отримувати такі листи? Відписатися: {url}',
  transcriptButton: 'Надіслати розмову мені на пошту',
  transcriptSent: 'Розмову надіслано на {email}.',
  transcriptSubject: 'Ваша розмова з {bot}',
  transcriptIntro: 'Ось ваша розмова з {bot}.',
  you: 'Ви',
  assistant: 'Помічник',
  unsubscribed: 'Готово: на {email} більше не надходитимуть листи від {bot}.',
};
