/**
 * Words too common to tell blocks apart. Kept short on purpose: BM25's idf already discounts
 * common words; these lists mainly keep "what is the" from counting as a match offline.
 * Written accent-folded and lowercase, as the tokenizer compares them.
 */
export const stopwords: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'a about am an and any are aren as at be been being but by can could couldn did didn do does doesn don for from get got had has hasn have haven he her hers herself him himself his how i if in into is isn it its itself know like ll many me much my myself need of on or our ourselves please re she should shouldn so some tell than that the their them then there these they this those to us ve want was wasn we were weren what when where which who whom whose why will with would wouldn you your yourself yourselves whats thats theres im ive youre theyre dont doesnt didnt isnt arent wasnt werent cant couldnt wouldnt shouldnt hasnt havent'.split(
      ' ',
    ),
  ),
  ru: new Set(
    'а без будем будет будете буду будут бы был была были было быть в вам вами вас ваш ваша ваше вашего вашей вашем ваши вашу весь во вот все всех вы где да даже для до его ее ей ему если есть еще ж же за и из или им ими их к как какая какие какой ко когда кто ли меня мне могу мое моего моей может можно мои мой мою моя мы на над нам нами нас наш наша наше нашего нашей нашем наши нашу не него нее ней нем нему нет ни нибудь ним но ну нужно о об он она они оно от очень по под при с сам сама сами свое своего свои свой свою себе себя сколько со та так там те тем тех то того тоже той только том тот ту у уже хочу чем что чтобы эта эти это этого этой этом этот эту я'.split(
      ' ',
    ),
  ),
  es: new Set(
    'a al algo como con cual cuando cuanta cuantas cuanto cuantos de del desde donde el ella ellas ellos en era eran eres es esa esas ese eso esos esta estais estamos estan estar estas este esto estos estoy fue ha hay la las le les lo los me mi mis muy nos nosotras nosotros nuestra nuestras nuestro nuestros o os para pero por puede pueden puedo que quiero se ser si sin sobre sois somos son soy su sus tambien te tengo tiene tu un una uno unos usted ustedes vosotras vosotros vuestra vuestras vuestro vuestros y ya yo'.split(
      ' ',
    ),
  ),
};
