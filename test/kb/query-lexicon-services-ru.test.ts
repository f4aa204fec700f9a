/**
 * The Russian lexicon on the knowledge of more kinds of small business: a vet, a removals firm,
 * a salon, a gym, a car hire, a restaurant, a repair shop, a cleaning firm, a photo studio,
 * a lettings agency, a school and a law office. The blocks use the words a business writes; the
 * questions use the words visitors type, and each must find the block that answers it.
 */
import { describe, expect, it } from 'vitest';
import type { LanguageKnowledge } from '../../src/kb/language-knowledge.js';
import type { KnowledgeFile } from '../../src/kb/schema.js';
import { block, knowledgeOf } from '../helpers/knowledge.js';

const knowledge = (blocks: KnowledgeFile['blocks']) => knowledgeOf('ru', blocks);

const vet = knowledge([
  block('vaccines', 'Вакцинация', 'Вакцинация собак и кошек импортными вакцинами, с 8 недель.'),
  block('chip', 'Чипирование', 'Чипирование животных занимает пять минут и включает регистрацию.'),
  block('passport', 'Ветеринарный паспорт', 'Оформляем международный ветеринарный паспорт.'),
  block('neuter', 'Кастрация и стерилизация', 'Кастрация котов и стерилизация кошек под наркозом.'),
  block('grooming', 'Груминг', 'Грумер работает по записи: мытьё, стрижка, тримминг.'),
  block(
    'boarding',
    'Зоогостиница',
    'Зоогостиница принимает собак и кошек на время вашего отъезда.',
  ),
  block('worms', 'Дегельминтизация', 'Дегельминтизацию проводят раз в три месяца.'),
  block('fleas', 'Защита от блох и клещей', 'Обработка от блох и клещей каплями на холку.'),
]);

const removals = knowledge([
  block('moving', 'Квартирный переезд', 'Квартирный переезд под ключ по городу и области.'),
  block('movers', 'Грузчики', 'Грузчики поднимут вещи на любой этаж.'),
  block('storage', 'Хранение вещей', 'Склад временного хранения: отапливаемые боксы от 2 м².'),
  block('piano', 'Пианино и рояли', 'Перевозим фортепиано с такелажными ремнями.'),
  block('boxes', 'Коробки', 'Продаём картонные коробки и скотч.'),
  block('survey', 'Замер', 'Замерщик приедет бесплатно и оценит объём вещей.'),
]);

const salon = knowledge([
  block('haircut', 'Стрижки', 'Мужская и женская стрижка от 1500 рублей.'),
  block('colour', 'Окрашивание', 'Окрашивание в один тон, мелирование и балаяж.'),
  block('nails', 'Маникюр', 'Маникюр с покрытием гель-лаком — 90 минут.'),
  block('facial', 'Уход за лицом', 'Уход за лицом подбирает косметолог.'),
  block('massage', 'Массаж', 'Классический массаж спины — 60 минут.'),
  block('makeup', 'Макияж', 'Вечерний макияж и визаж для съёмок.'),
]);

const gym = knowledge([
  block('membership', 'Абонементы', 'Абонемент на месяц, полгода или год.'),
  block('single', 'Разовое посещение', 'Разовое посещение без карты стоит 700 рублей.'),
  block('trainer', 'Персональные тренировки', 'Персональные тренировки с тренером по записи.'),
  block('yoga', 'Йога', 'Хатха-йога по вторникам и четвергам в малом зале.'),
  block('students', 'Студентам', 'Студентам очной формы скидка 20% по студенческому билету.'),
  block('lockers', 'Шкафчики', 'Шкафчики закрываются на браслет.'),
  block('showers', 'Душевые', 'Душевые работают до закрытия клуба.'),
]);

const service = knowledge([
  block('hours', 'Режим работы', 'Открыто ежедневно с 9 до 21.'),
  block('minimum', 'Минимальный заказ', 'Минимальный заказ — 1500 рублей.'),
  block('hourly', 'Почасовая аренда', 'Почасовая аренда сауны от двух часов.'),
  block('vacation', 'Отпуск', 'С 1 по 15 августа мастерская в отпуске.'),
  block('permanent', 'Татуаж', 'Татуаж бровей держится до двух лет.'),
  block('tattoo', 'Татуировки', 'Татуировки по эскизу мастера.'),
]);

const cars = knowledge([
  block('mileage', 'Пробег', 'Пробег не ограничен на всех тарифах.'),
  block('driver', 'Дополнительный водитель', 'Второго водителя вписываем в договор бесплатно.'),
  block('kick', 'Электросамокаты', 'Электросамокаты выдаём на час или на день.'),
  block('deposit', 'Залог', 'Залог блокируется на карте и возвращается после сдачи машины.'),
  block('roadside', 'Помощь на дороге', 'При поломке вызовем эвакуатор за наш счёт.'),
]);

const restaurant = knowledge([
  block('lunch', 'Бизнес-ланч', 'Бизнес-ланч по будням с 12 до 16: суп, горячее и напиток.'),
  block('catering', 'Кейтеринг', 'Выездное обслуживание: фуршеты и банкеты от 20 гостей.'),
  block('terrace', 'Летняя веранда', 'С мая открыта летняя веранда на 40 мест.'),
  block('tasting', 'Дегустационное меню', 'Дегустационное меню из семи подач.'),
  block('hall', 'Банкетный зал', 'Зал вмещает до 80 гостей.'),
]);

const repairs = knowledge([
  block('screen', 'Замена дисплея', 'Замена дисплея iPhone за 40 минут.'),
  block('battery', 'Замена аккумулятора', 'Оригинальный аккумулятор с гарантией 6 месяцев.'),
  block('water', 'Попадание жидкости', 'После попадания жидкости выключите устройство.'),
  block('data', 'Восстановление данных', 'Восстановление данных с телефонов и флешек.'),
  block('laptops', 'Ноутбуки', 'Ремонтируем ноутбуки всех марок.'),
]);

const cleaning = knowledge([
  block('deep', 'Генеральная уборка', 'Генеральная уборка квартиры за один день.'),
  block('windows', 'Мытьё окон', 'Мытьё окон с двух сторон, с рамами и подоконниками.'),
  block('upholstery', 'Химчистка мебели', 'Химчистка мягкой мебели на дому.'),
  block('callout', 'Выезд мастера', 'Выезд мастера по городу бесплатно при заказе работ.'),
  block('plumber', 'Сантехника', 'Сантехник устранит протечку и заменит смеситель.'),
]);

const studio = knowledge([
  block('session', 'Фотосессия', 'Фотосессия в студии — час съёмки и 30 фото в обработке.'),
  block('prints', 'Печать фотографий', 'Печать фотографий на матовой бумаге.'),
  block('retouch', 'Ретушь', 'Ретушь портретов в течение недели.'),
  block('wedding', 'Свадьбы', 'Снимаем свадьбы: сборы, роспись и банкет.'),
  block('birthday', 'Дни рождения', 'Снимаем детские дни рождения с аниматорами.'),
]);

const lettings = knowledge([
  block('viewing', 'Просмотр', 'Просмотр квартиры по предварительной записи.'),
  block('lease', 'Договор аренды', 'Заключаем договор аренды на срок от 11 месяцев.'),
  block('selfcheckin', 'Самостоятельное заселение', 'Ключи в ключнице, код придёт по СМС.'),
  block(
    'utilities',
    'Коммунальные услуги',
    'Коммунальные услуги оплачиваются отдельно по счётчикам.',
  ),
  block('mortgage', 'Ипотека', 'Поможем с одобрением ипотеки в банке-партнёре.'),
]);

const school = knowledge([
  block('test', 'Тестирование', 'Тестирование определит уровень за 20 минут.'),
  block('enrol', 'Набор в группы', 'Набор в группы идёт до 1 сентября.'),
  block('makeup', 'Отработка', 'Пропущенное занятие можно отработать с другой группой.'),
  block('tutor', 'Репетиторство', 'Репетитор по математике для 5–11 классов.'),
]);

const office = knowledge([
  block('notary', 'Нотариальное заверение', 'Нотариальное заверение копий в день обращения.'),
  block('court', 'Представительство в суде', 'Представляем интересы клиента в суде.'),
  block('tax', 'Налоговые декларации', 'Заполняем налоговую декларацию 3-НДФЛ.'),
  block('divorce', 'Развод', 'Расторжение брака и раздел имущества.'),
  block('inheritance', 'Наследство', 'Помогаем вступить в наследство.'),
]);

const best = (knowledge: LanguageKnowledge, question: string) =>
  knowledge.rank(question, [], 1).hits[0]?.block.id;

describe('the Russian lexicon on the knowledge of more kinds of business', () => {
  it.each([
    [vet, 'скока стоит прививка котёнку?', 'vaccines'],
    [vet, 'надо привить щенка', 'vaccines'],
    [vet, 'хочу чипировать собаку', 'chip'],
    [vet, 'нужен ветпаспорт для поездки', 'passport'],
    [vet, 'когда можно кастрировать кота', 'neuter'],
    [vet, 'сколько стоит стрижка собаки?', 'grooming'],
    [vet, 'есть передержка на две недели?', 'boarding'],
    [vet, 'глистогонку даёте?', 'worms'],
    [vet, 'у кошки блохи, что делать', 'fleas'],
    [removals, 'почём перевезти вещи в новую квартиру?', 'moving'],
    [removals, 'нужны грузчики на пару часов', 'movers'],
    [removals, 'можно арендовать бокс для вещей?', 'storage'],
    [removals, 'перевозите пианино?', 'piano'],
    [salon, 'хочу подстричься', 'haircut'],
    [salon, 'почём покраска?', 'colour'],
    [salon, 'записаться на ноготочки', 'nails'],
    [salon, 'хочу почистить лицо', 'facial'],
    [salon, 'нужен мейк на вечер', 'makeup'],
    [gym, 'есть абик на месяц?', 'membership'],
    [gym, 'сколько стоит сходить разок?', 'single'],
    [gym, 'нужен личный тренер', 'trainer'],
    [gym, 'есть скидка для студентов?', 'students'],
    [cars, 'есть ограничение по км?', 'mileage'],
    [cars, 'можно вписать второго водителя?', 'driver'],
    [cars, 'самокат взять можно?', 'kick'],
    [cars, 'если машина заглохла в дороге?', 'roadside'],
    [restaurant, 'во сколько ланч?', 'lunch'],
    [restaurant, 'делаете кейтеринг на корпоратив?', 'catering'],
    [restaurant, 'есть терраса?', 'terrace'],
    [restaurant, 'сколько человек вмещает?', 'hall'],
    [repairs, 'разбил экран на айфоне', 'screen'],
    [repairs, 'быстро садится аккум', 'battery'],
    [repairs, 'утопил телефон', 'water'],
    [repairs, 'пропали фото, можно вытащить?', 'data'],
    [repairs, 'ноут не включается', 'laptops'],
    [cleaning, 'нужна генералка', 'deep'],
    [cleaning, 'помоете окна?', 'windows'],
    [cleaning, 'почистить диван сколько', 'upholstery'],
    [cleaning, 'течёт кран, нужен сантехник', 'plumber'],
    [studio, 'хочу пофоткаться', 'session'],
    [studio, 'можно распечатать фотки?', 'prints'],
    [studio, 'отфотошопите фото?', 'retouch'],
    [studio, 'снимаете днюху ребёнка?', 'birthday'],
    [studio, 'свадебку снимаете?', 'wedding'],
    [lettings, 'когда можно посмотреть квартиру?', 'viewing'],
    [lettings, 'съём от скольки месяцев?', 'lease'],
    [lettings, 'коммуналка включена?', 'utilities'],
    [lettings, 'можно купить в ипотеку?', 'mortgage'],
    [school, 'есть тест на уровень?', 'test'],
    [school, 'когда следующий поток?', 'enrol'],
    [school, 'пропустил урок, как отработать?', 'makeup'],
    [office, 'нужно заверить копию паспорта', 'notary'],
    [office, 'хочу подать в суд на соседа', 'court'],
    [office, 'поможете вернуть налог за лечение?', 'tax'],
    [office, 'как развестись с мужем', 'divorce'],
    [vet, 'первые уколы щенку когда?', 'vaccines'],
    [gym, 'есть локеры?', 'lockers'],
    [gym, 'где принять душ?', 'showers'],
    [service, 'вы каждый день работаете?', 'hours'],
    [service, 'какая минималка?', 'minimum'],
    [service, 'можно по часам снять?', 'hourly'],
    [service, 'вы в отпуск уходите?', 'vacation'],
    [service, 'делаете перманент бровей?', 'permanent'],
    [service, 'хочу набить татушку', 'tattoo'],
  ])('finds the formal word for a visitor’s word: %#', (knowledge, question, id) => {
    expect(best(knowledge, question)).toBe(id);
  });

  it('keeps a wedding and a birthday apart', () => {
    expect(best(studio, 'свадьба в июле, свободны?')).toBe('wedding');
    expect(best(studio, 'юбилей мамы, снимаете?')).toBe('birthday');
  });

  it('keeps a security deposit and a prepayment apart', () => {
    const units = cars.rank('какой залог?', [], 1).units;
    expect(units.flatMap((unit) => unit.terms.map((term) => term.term))).not.toContain('предоплат');
    expect(best(cars, 'какой залог?')).toBe('deposit');
  });
});
