/**
 * Words too common to tell blocks apart. Kept short on purpose: BM25's idf already discounts
 * common words; these lists mainly keep "what is the" from counting as a match offline.
 * Written accent-folded and lowercase, as the tokenizer compares them.
 */
export const stopwords: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'a about an and any are as at be but by can could do does for from get got had has have how i if in into is it its know like me my need of on or our please so some tell than that the their them then there these they this to us want was we were what when where which who why will with would you your'.split(
      ' ',
    ),
  ),
  ru: new Set(
    'а без бы в вам вас весь во вы где да для до его ее если есть же за и из или им их к как какая какие какой ко когда кто ли меня мне могу может можно мы на над не нет ни но нужно ну о об он она они оно от по под при с со так там то тоже только у уже хочу чем что чтобы эта эти это я'.split(
      ' ',
    ),
  ),
  es: new Set(
    'a al algo como con cual cuando de del desde donde el ella ellos en es esa ese esta este esto estoy fue ha hay la las le les lo los me mi mis muy nos o para pero por puede pueden puedo que quiero se si sin sobre son su sus te tengo tiene tu un una uno unos y ya yo'.split(
      ' ',
    ),
  ),
};
