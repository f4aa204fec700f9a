/**
 * Words too common to tell blocks apart. Kept short on purpose: BM25's idf already discounts
 * common words; these lists mainly keep "what is the" from counting as a match offline.
 * Written lowercase as people spell them; the tokenizer folds accents ("für", "какой", "її")
 * before it compares.
 */
export const stopwords: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(
    'a about am an and any are aren as at be been being but by can could couldn did didn do does doesn don for from get got had has hasn have haven he her hers herself him himself his how i if in into is isn it its itself know like ll many me much my myself need of on or our ourselves please re she should shouldn so some tell than that the their them then there these they this those to us ve want was wasn we were weren what when where which who whom whose why will with would wouldn you your yours yourself yourselves whats thats theres im ive youre theyre dont doesnt didnt isnt arent wasnt werent cant couldnt wouldnt shouldnt hasnt havent'.split(
      ' ',
    ),
  ),
  ru: new Set(
    'а без будем будет будете буду будут бы был была были было быть в вам вами вас ваш ваша ваше вашего вашей вашем ваши вашу весь во вот все всех вы где да даже для до его ее ей ему если есть еще ж же за и из или им ими их к как какая какие какой ко когда кто ли меня мне могу мое моего моей может можно мои мой мою моя мы на над нам нами нас наш наша наше нашего нашей нашем наши нашу не него нее ней нем нему нет ни нибудь ним но ну нужно о об он она они оно от очень по под при с сам сама сами свое своего свои свой свою себе себя сколько со та так там те тем тех то того тоже той только том тот ту у уже хочу чем что чтобы эта эти это этого этой этом этот эту я'.split(
      ' ',
    ),
  ),
  es: new Set(
    'a al algo como con cual cuando cuanta cuantas cuanto cuantos de del desde donde el ella ellas ellos en era eran eres es esa esas ese eso esos esta estais estamos estan estar estas este esto estos estoy fue ha hay la las le les lo los me mi mis muy nos nosotras nosotros nuestra nuestras nuestro nuestros o os para pero por puede pueden puedo que quiero se ser si sin sobre sois somos son soy su sus tambien te tengo tiene tu un una uno unos unas usted ustedes he has hemos habeis han haya hayan habra habria habia habian hubo hubiera seria serian sera sea sean estaria estara tendria vosotras vosotros vuestra vuestras vuestro vuestros y ya yo'.split(
      ' ',
    ),
  ),
  de: new Set(
    'aber alle allem allen aller alles als also am an auch auf aus bei bin bis bist bitte da damit dann das dass dem den denn der des dessen dich die dies diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer eure eurem euren eurer für gibt gibts gern gerne hab habe haben hast habt hat hatte hätte hätten hier ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist ja kann kannst können könnt könnte könnten man mein meine meinem meinen meiner mich mir mit möchte möchten muss müssen nach noch nun nur ob oder sehr sein seine seid sich sie sind so soll sollte über um und uns unser unsere unserem unseren viel vom von vor war waren was wann warum weil welche welchem welchen welcher welches wem wen wenn wer werde werden wie wieviel will wir wird wo wollen wollte würde würden zu zum zur'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'êtes sommes étais était étaient sera serez seront serai ai au aux avec avez avoir avons ça ce cela ces cet cette chez combien comment dans de des donc du elle elles en est et été être eux fais faire faites fait il ils je la le les leur leurs lui ma mais me mes moi mon nos notre nous on ont ou où par peut peux pour pourquoi pouvez puis quand que quel quelle quelles quels qui sa se ses son sont suis sur ta te tes toi ton tu un une vos votre vous voudrais voulez y'.split(
      ' ',
    ),
  ),
  it: new Set(
    'a ad agli ai al alla alle allo anche avete c che chi ci come con cosa cui da dal dalla dei del della delle dello di dove e è ed era essere fa fai fare fate gli ha hai hanno ho il in io la le lei li lo loro lui ma mi mia mie miei mio ne nei nel nella noi o per perché posso potete può qual quale quali quando quanta quante quanti quanto quella quello questa questo se si sia siamo siete sono su sua sue suo suoi sul sulla ti tra tu tua tue tuo tuoi un una uno vi voi volevo vorrei vostro vostra vostri vostre nostro nostra nostri nostre'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'a à ao aos as às com como da das de do dos e é ela elas ele eles em entre era essa essas esse esses esta está estão estas este estes eu faz fazem fazer foi gostaria há isso isto já lhe lhes me meu meus minha minhas muito na nas no nos nós o onde os ou para pela pelas pelo pelos pode podem posso por qual quais quando quanta quantas quanto quantos que queria quem se ser seu seus sua suas também te tem têm tenho ter teu tua um uma umas uns você vocês vos vossa vosso'.split(
      ' ',
    ),
  ),
  uk: new Set(
    'а або але б би був була були було бути в вам вами вас ваш ваша ваше вашого вашої ваші вашу вашій вашим ваших вже ви від він вона вони воно все всі де для до є ж же з за і із її їй їм їх й як яка які який яке коли мене мені ми мій моя моє мої можна можу на над нам нас наш наша наше наші нашу нашій нашим наших не ні ну о об по під при про сам себе скільки собі так там те ти то треба тут у уже хочу це цей ця ці чи що щоб я'.split(
      ' ',
    ),
  ),
};
