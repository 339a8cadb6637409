// The demo surveys' words in every language Heard speaks, keyed by the English.
// Drafted without fluent speakers: each needs a review by one (see the README).
// Order: Polish, Romanian, Portuguese, Urdu, Arabic.
export const DEMO_SURVEY_LANGUAGES = ["pl", "ro", "pt", "ur", "ar"] as const;
type Five = readonly [pl: string, ro: string, pt: string, ur: string, ar: string];

export const DEMO_SURVEY_TRANSLATIONS: Record<string, Five> = {
  // Young people's survey
  "Home, school and getting help": ["Dom, szkoła i szukanie pomocy", "Acasă, la școală și cum primești ajutor", "Casa, escola e pedir ajuda", "گھر، اسکول اور مدد لینا", "البيت والمدرسة وطلب المساعدة"],
  "Tell us what life is like for you at home and at school, and what helps when things are hard. We will use what you say to make help better for young people in Northshire.": [
    "Powiedz nam, jak ci jest w domu i w szkole, i co pomaga, gdy jest ciężko. Użyjemy tego, co powiesz, żeby pomoc dla młodych ludzi w Northshire była lepsza.",
    "Spune-ne cum e viața ta acasă și la școală, și ce te ajută când e greu. Vom folosi ce ne spui ca să facem ajutorul mai bun pentru tinerii din Northshire.",
    "Conta-nos como é a tua vida em casa e na escola, e o que ajuda quando as coisas são difíceis. Vamos usar o que disseres para melhorar a ajuda para os jovens em Northshire.",
    "ہمیں بتائیں کہ گھر اور اسکول میں آپ کی زندگی کیسی ہے، اور مشکل وقت میں کیا مدد کرتا ہے۔ آپ جو بتائیں گے اس سے ہم Northshire کے نوجوانوں کے لیے مدد بہتر بنائیں گے۔",
    "أخبرنا كيف هي حياتك في البيت وفي المدرسة، وما الذي يساعدك عندما تكون الأمور صعبة. سنستخدم ما تقوله لنجعل المساعدة أفضل للشباب في Northshire.",
  ],
  "How do you feel at home most of the time?": ["Jak się czujesz w domu przez większość czasu?", "Cum te simți acasă de cele mai multe ori?", "Como te sentes em casa na maior parte do tempo?", "آپ زیادہ تر وقت گھر میں کیسا محسوس کرتے ہیں؟", "كيف تشعر في البيت معظم الوقت؟"],
  "Very sad": ["Bardzo smutno", "Foarte trist", "Muito triste", "بہت اداس", "حزين جدًا"],
  Sad: ["Smutno", "Trist", "Triste", "اداس", "حزين"],
  OK: ["W porządku", "Bine", "Mais ou menos", "ٹھیک", "عادي"],
  Happy: ["Wesoło", "Fericit", "Contente", "خوش", "سعيد"],
  "Very happy": ["Bardzo wesoło", "Foarte fericit", "Muito contente", "بہت خوش", "سعيد جدًا"],
  "At home, do you usually have these things?": ["Czy w domu zwykle masz te rzeczy?", "Acasă, de obicei ai aceste lucruri?", "Em casa, costumas ter estas coisas?", "کیا گھر میں عام طور پر آپ کے پاس یہ چیزیں ہوتی ہیں؟", "في البيت، هل عندك هذه الأشياء عادةً؟"],
  "Tick all that are true for you.": ["Zaznacz wszystko, co jest prawdą dla ciebie.", "Bifează tot ce este adevărat pentru tine.", "Marca tudo o que for verdade para ti.", "جو بھی آپ کے لیے سچ ہو، ان سب پر نشان لگائیں۔", "ضع علامة على كل ما هو صحيح بالنسبة لك."],
  "Enough food to eat": ["Dość jedzenia", "Destulă mâncare", "Comida suficiente", "کھانے کے لیے کافی کھانا", "طعام كافٍ"],
  "Clean clothes that fit": ["Czyste ubrania, które pasują", "Haine curate care ți se potrivesc", "Roupa limpa do teu tamanho", "صاف کپڑے جو پورے آئیں", "ملابس نظيفة على مقاسك"],
  "A warm, dry bed to sleep in": ["Ciepłe, suche łóżko do spania", "Un pat cald și uscat în care să dormi", "Uma cama quente e seca para dormir", "سونے کے لیے گرم، سوکھا بستر", "سرير دافئ وجاف لتنام فيه"],
  "An adult who looks after you": ["Dorosłego, który się tobą opiekuje", "Un adult care are grijă de tine", "Um adulto que cuida de ti", "ایک بڑا جو آپ کا خیال رکھتا ہے", "شخص كبير يعتني بك"],
  "None of these": ["Nic z tego", "Niciuna dintre acestea", "Nenhuma destas", "ان میں سے کوئی نہیں", "لا شيء من هذه"],
  "I'd rather not say": ["Wolę nie mówić", "Prefer să nu spun", "Prefiro não dizer", "میں نہیں بتانا چاہتا/چاہتی", "أفضّل ألّا أقول"],
  "How do you feel at school most of the time?": ["Jak się czujesz w szkole przez większość czasu?", "Cum te simți la școală de cele mai multe ori?", "Como te sentes na escola na maior parte do tempo?", "آپ زیادہ تر وقت اسکول میں کیسا محسوس کرتے ہیں؟", "كيف تشعر في المدرسة معظم الوقت؟"],
  "Is there an adult you could talk to if you were worried?": ["Czy jest dorosły, z którym możesz porozmawiać, gdy się martwisz?", "Există un adult cu care ai putea vorbi dacă ești îngrijorat?", "Há um adulto com quem podias falar se estivesses preocupado?", "کیا کوئی بڑا ہے جس سے آپ فکر ہونے پر بات کر سکیں؟", "هل يوجد شخص كبير يمكنك أن تتحدث معه إذا كنت قلقًا؟"],
  Yes: ["Tak", "Da", "Sim", "ہاں", "نعم"],
  No: ["Nie", "Nu", "Não", "نہیں", "لا"],
  "When you tell adults how you feel, do they listen?": ["Gdy mówisz dorosłym, jak się czujesz, czy słuchają?", "Când le spui adulților cum te simți, te ascultă?", "Quando dizes aos adultos como te sentes, eles ouvem?", "جب آپ بڑوں کو بتاتے ہیں کہ آپ کیسا محسوس کرتے ہیں، تو کیا وہ سنتے ہیں؟", "عندما تخبر الكبار بما تشعر به، هل يستمعون إليك؟"],
  Always: ["Zawsze", "Mereu", "Sempre", "ہمیشہ", "دائمًا"],
  Sometimes: ["Czasami", "Uneori", "Às vezes", "کبھی کبھی", "أحيانًا"],
  "Hardly ever": ["Prawie nigdy", "Aproape niciodată", "Quase nunca", "شاید ہی کبھی", "نادرًا"],
  Never: ["Nigdy", "Niciodată", "Nunca", "کبھی نہیں", "أبدًا"],
  "I'm not sure": ["Nie wiem", "Nu sunt sigur", "Não tenho a certeza", "مجھے یقین نہیں", "لست متأكدًا"],
  "Have you ever asked an adult for help with a worry?": ["Czy kiedyś prosiłeś lub prosiłaś dorosłego o pomoc, gdy coś cię martwiło?", "Ai cerut vreodată ajutorul unui adult pentru o grijă?", "Alguma vez pediste ajuda a um adulto por causa de uma preocupação?", "کیا آپ نے کبھی کسی فکر کے بارے میں کسی بڑے سے مدد مانگی ہے؟", "هل طلبت مرة من شخص كبير المساعدة في شيء يقلقك؟"],
  "What happened when you asked for help?": ["Co się stało, gdy poprosiłeś lub poprosiłaś o pomoc?", "Ce s-a întâmplat când ai cerut ajutor?", "O que aconteceu quando pediste ajuda?", "جب آپ نے مدد مانگی تو کیا ہوا؟", "ماذا حدث عندما طلبت المساعدة؟"],
  "They helped me": ["Pomogli mi", "M-au ajutat", "Ajudaram-me", "انہوں نے میری مدد کی", "ساعدوني"],
  "They tried, but it did not help much": ["Próbowali, ale to niewiele pomogło", "Au încercat, dar nu m-a ajutat prea mult", "Tentaram, mas não ajudou muito", "انہوں نے کوشش کی، مگر زیادہ مدد نہیں ہوئی", "حاولوا، لكن ذلك لم يساعد كثيرًا"],
  "Nothing happened": ["Nic się nie stało", "Nu s-a întâmplat nimic", "Não aconteceu nada", "کچھ نہیں ہوا", "لم يحدث شيء"],
  "What makes it hard to ask for help?": ["Co sprawia, że trudno prosić o pomoc?", "Ce face să fie greu să ceri ajutor?", "O que torna difícil pedir ajuda?", "مدد مانگنا کس وجہ سے مشکل ہوتا ہے؟", "ما الذي يجعل طلب المساعدة صعبًا؟"],
  "I did not know who to ask": ["Nie wiedziałem lub nie wiedziałam, kogo zapytać", "Nu știam pe cine să întreb", "Não sabia a quem pedir", "مجھے نہیں پتا تھا کہ کس سے پوچھوں", "لم أعرف من أسأل"],
  "I thought no one would believe me": ["Myślałem lub myślałam, że nikt mi nie uwierzy", "Credeam că nimeni nu o să mă creadă", "Achei que ninguém ia acreditar em mim", "میں نے سوچا کوئی میری بات نہیں مانے گا", "ظننت أن لا أحد سيصدقني"],
  "I thought it was my fault": ["Myślałem lub myślałam, że to moja wina", "Credeam că e vina mea", "Achei que a culpa era minha", "میں نے سوچا یہ میری غلطی ہے", "ظننت أنه ذنبي"],
  "I was scared of what might happen": ["Bałem się lub bałam się, co może się stać", "Mi-era frică de ce s-ar putea întâmpla", "Tive medo do que podia acontecer", "مجھے ڈر تھا کہ کیا ہو سکتا ہے", "كنت خائفًا مما قد يحدث"],
  "I did not want to get anyone in trouble": ["Nie chciałem lub nie chciałam nikomu narobić kłopotów", "Nu voiam să bag pe nimeni în necaz", "Não queria meter ninguém em sarilhos", "میں کسی کو مصیبت میں نہیں ڈالنا چاہتا تھا/چاہتی تھی", "لم أرد أن أوقع أحدًا في مشكلة"],
  "Something else": ["Coś innego", "Altceva", "Outra coisa", "کچھ اور", "شيء آخر"],
  "How would you like to get help if you needed it?": ["Jak chcesz dostać pomoc, gdybyś jej potrzebował lub potrzebowała?", "Cum ai vrea să primești ajutor dacă ai avea nevoie?", "Como gostavas de ter ajuda se precisasses?", "اگر آپ کو مدد چاہیے ہو تو آپ کیسے لینا چاہیں گے؟", "كيف تحب أن تحصل على المساعدة إذا احتجت إليها؟"],
  "Tick all that you would like.": ["Zaznacz wszystko, czego chcesz.", "Bifează tot ce ți-ar plăcea.", "Marca tudo o que gostavas.", "جو بھی آپ چاہیں، ان سب پر نشان لگائیں۔", "ضع علامة على كل ما تحب."],
  "Talk to someone face to face": ["Porozmawiać z kimś twarzą w twarz", "Să vorbesc cu cineva față în față", "Falar com alguém cara a cara", "کسی سے آمنے سامنے بات کرنا", "أن أتحدث مع أحد وجهًا لوجه"],
  "Talk on the phone": ["Porozmawiać przez telefon", "Să vorbesc la telefon", "Falar ao telefone", "فون پر بات کرنا", "أن أتحدث على الهاتف"],
  "Send a text or chat online": ["Napisać SMS albo czatować w internecie", "Să trimit un mesaj sau să vorbesc pe chat", "Mandar uma mensagem ou falar num chat", "میسج بھیجنا یا آن لائن چیٹ کرنا", "أن أرسل رسالة أو أدردش على الإنترنت"],
  "Talk to a teacher or school nurse": ["Porozmawiać z nauczycielem albo szkolną pielęgniarką", "Să vorbesc cu un profesor sau cu asistenta școlii", "Falar com um professor ou com a enfermeira da escola", "استاد یا اسکول کی نرس سے بات کرنا", "أن أتحدث مع معلم أو ممرضة المدرسة"],
  "Talk to a friend or someone in my family": ["Porozmawiać z przyjacielem albo kimś z rodziny", "Să vorbesc cu un prieten sau cu cineva din familie", "Falar com um amigo ou alguém da minha família", "کسی دوست یا اپنے گھر والوں میں سے کسی سے بات کرنا", "أن أتحدث مع صديق أو أحد من عائلتي"],
  "What one thing would make life better for young people here?": ["Jaka jedna rzecz sprawiłaby, że młodym ludziom żyłoby się tu lepiej?", "Ce lucru ar face viața mai bună pentru tinerii de aici?", "Que coisa tornava a vida melhor para os jovens daqui?", "کون سی ایک چیز یہاں نوجوانوں کی زندگی بہتر بنا سکتی ہے؟", "ما الشيء الواحد الذي يجعل الحياة أفضل للشباب هنا؟"],
  "Write it in your own words. Please do not write your name.": ["Napisz to swoimi słowami. Nie pisz swojego imienia.", "Scrie cu cuvintele tale. Te rugăm să nu îți scrii numele.", "Escreve com as tuas palavras. Por favor, não escrevas o teu nome.", "اپنے الفاظ میں لکھیں۔ براہ کرم اپنا نام نہ لکھیں۔", "اكتب بكلماتك. من فضلك لا تكتب اسمك."],
  "Is there anything else you want to tell us?": ["Czy chcesz nam powiedzieć coś jeszcze?", "Mai vrei să ne spui ceva?", "Há mais alguma coisa que nos queiras dizer?", "کیا آپ ہمیں کچھ اور بتانا چاہتے ہیں؟", "هل هناك شيء آخر تريد أن تخبرنا به؟"],
  "Write it in your own words. Please do not write your name or where you live.": ["Napisz to swoimi słowami. Nie pisz swojego imienia ani gdzie mieszkasz.", "Scrie cu cuvintele tale. Te rugăm să nu îți scrii numele sau unde locuiești.", "Escreve com as tuas palavras. Por favor, não escrevas o teu nome nem onde moras.", "اپنے الفاظ میں لکھیں۔ براہ کرم اپنا نام یا آپ کہاں رہتے ہیں نہ لکھیں۔", "اكتب بكلماتك. من فضلك لا تكتب اسمك أو أين تسكن."],
  // Parents' survey
  "Getting help as a family": ["Pomoc dla rodziny", "Cum primește ajutor o familie", "Pedir ajuda como família", "خاندان کے طور پر مدد لینا", "طلب المساعدة كعائلة"],
  "Tell us what it is like to get help as a parent or carer. We will use what you say to shape how Northshire supports families early, before problems get bigger.": [
    "Powiedz nam, jak to jest dostać pomoc jako rodzic albo opiekun. Użyjemy tego, co powiesz, żeby Northshire lepiej pomagało rodzinom wcześnie, zanim problemy urosną.",
    "Spune-ne cum e să primești ajutor ca părinte sau îngrijitor. Vom folosi ce ne spui ca Northshire să sprijine familiile din timp, înainte ca problemele să crească.",
    "Conte-nos como é pedir ajuda como pai, mãe ou cuidador. Vamos usar o que disser para que Northshire apoie as famílias cedo, antes de os problemas crescerem.",
    "ہمیں بتائیں کہ ماں باپ یا دیکھ بھال کرنے والے کے طور پر مدد لینا کیسا ہے۔ آپ جو بتائیں گے اس سے ہم طے کریں گے کہ Northshire مسئلے بڑھنے سے پہلے خاندانوں کی مدد کیسے کرے۔",
    "أخبرنا كيف يكون طلب المساعدة كوالد أو مقدم رعاية. سنستخدم ما تقوله لنحدد كيف تدعم Northshire العائلات مبكرًا، قبل أن تكبر المشاكل.",
  ],
  "How often do you come to this children's centre?": ["Jak często przychodzisz do tego centrum dla dzieci?", "Cât de des vii la acest centru pentru copii?", "Com que frequência vem a este centro infantil?", "آپ اس بچوں کے مرکز میں کتنی بار آتے ہیں؟", "كم مرة تأتي إلى مركز الأطفال هذا؟"],
  "This is my first time": ["To mój pierwszy raz", "Este prima dată", "É a primeira vez", "یہ میرا پہلا موقع ہے", "هذه أول مرة"],
  "Most weeks": ["Prawie co tydzień", "Aproape în fiecare săptămână", "Quase todas as semanas", "زیادہ تر ہفتوں میں", "معظم الأسابيع"],
  "About once a month": ["Mniej więcej raz w miesiącu", "Cam o dată pe lună", "Mais ou menos uma vez por mês", "تقریباً مہینے میں ایک بار", "مرة في الشهر تقريبًا"],
  "Now and then": ["Od czasu do czasu", "Din când în când", "De vez em quando", "کبھی کبھار", "من وقت لآخر"],
  "How supported do you feel as a parent or carer right now?": ["Na ile czujesz się teraz wspierany lub wspierana jako rodzic albo opiekun?", "Cât de sprijinit te simți acum ca părinte sau îngrijitor?", "Quanto apoio sente agora como pai, mãe ou cuidador?", "ماں باپ یا دیکھ بھال کرنے والے کے طور پر آپ ابھی کتنا سہارا محسوس کرتے ہیں؟", "إلى أي حد تشعر بالدعم الآن كوالد أو مقدم رعاية؟"],
  "In the last year, has your family needed help with any of these?": ["Czy w ostatnim roku twoja rodzina potrzebowała pomocy w którejś z tych spraw?", "În ultimul an, a avut familia ta nevoie de ajutor cu vreunul dintre acestea?", "No último ano, a sua família precisou de ajuda com alguma destas coisas?", "پچھلے سال میں، کیا آپ کے خاندان کو ان میں سے کسی چیز میں مدد چاہیے تھی؟", "في السنة الماضية، هل احتاجت عائلتك إلى مساعدة في أي من هذه الأمور؟"],
  Food: ["Jedzenie", "Mâncare", "Comida", "کھانا", "الطعام"],
  "Money or debt": ["Pieniądze albo długi", "Bani sau datorii", "Dinheiro ou dívidas", "پیسے یا قرض", "المال أو الديون"],
  Housing: ["Mieszkanie", "Locuință", "Casa", "گھر", "السكن"],
  Health: ["Zdrowie", "Sănătate", "Saúde", "صحت", "الصحة"],
  "Feeling low or stressed": ["Smutek albo stres", "Tristețe sau stres", "Sentir-se em baixo ou stressado", "اداسی یا پریشانی", "الشعور بالحزن أو التوتر"],
  Childcare: ["Opieka nad dziećmi", "Îngrijirea copiilor", "Cuidar das crianças", "بچوں کی دیکھ بھال", "رعاية الأطفال"],
  "Did you know where to go for help?": ["Czy wiedziałeś lub wiedziałaś, gdzie szukać pomocy?", "Știai unde să mergi pentru ajutor?", "Sabia onde ir pedir ajuda?", "کیا آپ جانتے تھے کہ مدد کے لیے کہاں جانا ہے؟", "هل كنت تعرف أين تذهب لطلب المساعدة؟"],
  "What does it mean to you when a child is not looked after well enough?": ["Co to dla ciebie znaczy, gdy ktoś nie opiekuje się dzieckiem wystarczająco dobrze?", "Ce înseamnă pentru tine când un copil nu este îngrijit destul de bine?", "O que significa para si quando uma criança não é bem cuidada?", "آپ کے لیے اس کا کیا مطلب ہے جب کسی بچے کی ٹھیک سے دیکھ بھال نہ ہو؟", "ماذا يعني لك ألّا يحصل طفل على رعاية كافية؟"],
  "Some people call this neglect. Write it in your own words. There are no right or wrong answers.": [
    "Niektórzy nazywają to zaniedbaniem. Napisz to swoimi słowami. Nie ma dobrych ani złych odpowiedzi.",
    "Unii oameni numesc asta neglijare. Scrie cu cuvintele tale. Nu există răspunsuri bune sau greșite.",
    "Algumas pessoas chamam a isto negligência. Escreva com as suas palavras. Não há respostas certas nem erradas.",
    "کچھ لوگ اسے غفلت کہتے ہیں۔ اپنے الفاظ میں لکھیں۔ کوئی جواب صحیح یا غلط نہیں۔",
    "بعض الناس يسمّون هذا إهمالًا. اكتب بكلماتك. لا توجد إجابات صحيحة أو خاطئة.",
  ],
  "What would make it easier for families to get help early?": ["Co ułatwiłoby rodzinom dostanie pomocy wcześnie?", "Ce le-ar ajuta pe familii să primească ajutor mai devreme?", "O que tornava mais fácil as famílias terem ajuda cedo?", "کیا چیز خاندانوں کے لیے جلد مدد لینا آسان بنائے گی؟", "ما الذي يسهّل على العائلات الحصول على المساعدة مبكرًا؟"],
  "Please do not write names or addresses.": ["Nie pisz imion ani adresów.", "Te rugăm să nu scrii nume sau adrese.", "Por favor, não escreva nomes nem moradas.", "براہ کرم نام یا پتے نہ لکھیں۔", "من فضلك لا تكتب أسماء أو عناوين."],
};

/** English text with its translations, for a LocalizedText. Unknown English stays English only. */
export function inEveryLanguage(english: string): Record<string, string> {
  const five = DEMO_SURVEY_TRANSLATIONS[english];
  if (!five) return { en: english };
  return { en: english, ...Object.fromEntries(DEMO_SURVEY_LANGUAGES.map((l, i) => [l, five[i]!])) };
}
