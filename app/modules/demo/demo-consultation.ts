import type { SurveyDefinitionInput } from "~/modules/survey/definition";
import { DEMO_SURVEY_LANGUAGES } from "./demo-survey-translations";

// Northshire's consultation of parents and carers (at its children's centres)
// on its draft strategy: the draft definition of neglect, in plain words
// (built on the statutory definition in Working Together to Safeguard
// Children), and the strategy's principles, drawn from what the published
// strategies promise. One draft-text section a page.
//
// Page titles carry no sensitive word (someone may read this device's
// history or glance at the tab): the word itself is only in the text.
//
// Translations drafted without fluent speakers: each needs a review by one
// (see the README). Order: Polish, Romanian, Portuguese, Urdu, Arabic.

type Five = readonly [pl: string, ro: string, pt: string, ur: string, ar: string];

const CONSULTATION_TRANSLATIONS: Record<string, Five> = {
  "Have your say on our draft strategy": [
    "Powiedz, co myślisz o projekcie naszej strategii",
    "Spune-ți părerea despre proiectul strategiei noastre",
    "Dê a sua opinião sobre o rascunho da nossa estratégia",
    "ہماری حکمت عملی کے مسودے پر اپنی رائے دیں",
    "شارك برأيك في مسودة استراتيجيتنا",
  ],
  "We are writing a new plan to make sure every child in Northshire is looked after well, and to stop neglect. Read the draft one part at a time, and tell us what you think.": [
    "Piszemy nowy plan, żeby każde dziecko w Northshire miało dobrą opiekę, i żeby zapobiegać zaniedbaniu. Przeczytaj projekt część po części i powiedz nam, co myślisz.",
    "Scriem un plan nou ca fiecare copil din Northshire să fie bine îngrijit și ca să oprim neglijarea. Citește proiectul parte cu parte și spune-ne ce crezi.",
    "Estamos a escrever um novo plano para que todas as crianças em Northshire sejam bem cuidadas, e para acabar com a negligência. Leia o rascunho uma parte de cada vez e diga-nos o que pensa.",
    "ہم ایک نیا منصوبہ لکھ رہے ہیں تاکہ Northshire میں ہر بچے کی اچھی دیکھ بھال ہو، اور غفلت کو روکا جائے۔ مسودہ ایک ایک حصہ کر کے پڑھیں اور ہمیں بتائیں کہ آپ کیا سوچتے ہیں۔",
    "نكتب خطة جديدة لنتأكد أن كل طفل في Northshire يحصل على رعاية جيدة، ولنوقف الإهمال. اقرأ المسودة جزءًا جزءًا، وأخبرنا برأيك.",
  ],
  "About the draft": ["O projekcie", "Despre proiect", "Sobre o rascunho", "مسودے کے بارے میں", "عن المسودة"],
  "Northshire Safeguarding Children Partnership is writing a new strategy. It is our plan to make sure every child gets the care they need.\n\nWe want parents and carers to help us write it. You will read five short parts of the draft. For each part, tell us if you agree, and what you would change.\n\nYou can leave out any part. We will read every answer. When the strategy is finished, we will tell you what we changed because of what parents said.": [
    "Northshire Safeguarding Children Partnership pisze nową strategię. To nasz plan, żeby każde dziecko miało opiekę, jakiej potrzebuje.\n\nChcemy, żeby rodzice i opiekunowie pomogli nam ją napisać. Przeczytasz pięć krótkich części projektu. Przy każdej części powiedz nam, czy się zgadzasz i co byś zmienił lub zmieniła.\n\nMożesz pominąć każdą część. Przeczytamy każdą odpowiedź. Gdy strategia będzie gotowa, powiemy, co zmieniliśmy dzięki temu, co powiedzieli rodzice.",
    "Northshire Safeguarding Children Partnership scrie o strategie nouă. Este planul nostru ca fiecare copil să primească grija de care are nevoie.\n\nVrem ca părinții și îngrijitorii să ne ajute să o scriem. Vei citi cinci părți scurte din proiect. Pentru fiecare parte, spune-ne dacă ești de acord și ce ai schimba.\n\nPoți sări peste orice parte. Vom citi fiecare răspuns. Când strategia va fi gata, vă vom spune ce am schimbat datorită părerilor părinților.",
    "A Northshire Safeguarding Children Partnership está a escrever uma nova estratégia. É o nosso plano para que todas as crianças tenham os cuidados de que precisam.\n\nQueremos que pais e cuidadores nos ajudem a escrevê-la. Vai ler cinco partes curtas do rascunho. Em cada parte, diga-nos se concorda e o que mudaria.\n\nPode saltar qualquer parte. Vamos ler todas as respostas. Quando a estratégia estiver pronta, vamos dizer-lhe o que mudámos por causa do que os pais disseram.",
    "Northshire Safeguarding Children Partnership ایک نئی حکمت عملی لکھ رہی ہے۔ یہ ہمارا منصوبہ ہے تاکہ ہر بچے کو وہ دیکھ بھال ملے جس کی اسے ضرورت ہے۔\n\nہم چاہتے ہیں کہ ماں باپ اور دیکھ بھال کرنے والے اسے لکھنے میں ہماری مدد کریں۔ آپ مسودے کے پانچ چھوٹے حصے پڑھیں گے۔ ہر حصے کے لیے ہمیں بتائیں کہ کیا آپ متفق ہیں، اور آپ کیا بدلیں گے۔\n\nآپ کوئی بھی حصہ چھوڑ سکتے ہیں۔ ہم ہر جواب پڑھیں گے۔ جب حکمت عملی مکمل ہو جائے گی، ہم آپ کو بتائیں گے کہ ماں باپ کی باتوں کی وجہ سے ہم نے کیا بدلا۔",
    "تكتب Northshire Safeguarding Children Partnership استراتيجية جديدة. إنها خطتنا لنتأكد أن كل طفل يحصل على الرعاية التي يحتاجها.\n\nنريد أن يساعدنا الآباء والأمهات ومقدمو الرعاية في كتابتها. ستقرأ خمسة أجزاء قصيرة من المسودة. في كل جزء، أخبرنا إن كنت توافق، وماذا تريد أن تغيّر.\n\nيمكنك أن تترك أي جزء. سنقرأ كل إجابة. عندما تكتمل الاستراتيجية، سنخبركم بما غيّرناه بسبب ما قاله الآباء والأمهات.",
  ],
  "What the words mean": ["Co znaczą te słowa", "Ce înseamnă cuvintele", "O que significam as palavras", "الفاظ کا مطلب", "ماذا تعني الكلمات"],
  "Neglect is when a child's basic needs are not met, again and again, over time. This is likely to seriously harm the child's health or how they grow and learn.\n\nBasic needs include enough food, clean clothes that fit, and a safe, warm home. They include being kept safe from harm and danger, being looked after by a suitable adult, and seeing a doctor or dentist when needed.\n\nChildren also need love, comfort and attention. Not meeting these needs can be neglect too.": [
    "Zaniedbanie to sytuacja, gdy podstawowe potrzeby dziecka nie są zaspokajane, raz po raz, przez dłuższy czas. Może to poważnie zaszkodzić zdrowiu dziecka albo temu, jak rośnie i się uczy.\n\nPodstawowe potrzeby to między innymi dość jedzenia, czyste i pasujące ubrania oraz bezpieczny, ciepły dom. To także ochrona przed krzywdą i niebezpieczeństwem, opieka odpowiedniego dorosłego i wizyta u lekarza albo dentysty, gdy trzeba.\n\nDzieci potrzebują też miłości, pocieszenia i uwagi. Niezaspokajanie tych potrzeb to także może być zaniedbanie.",
    "Neglijarea înseamnă că nevoile de bază ale unui copil nu sunt îndeplinite, iar și iar, de-a lungul timpului. Asta poate afecta grav sănătatea copilului sau felul în care crește și învață.\n\nNevoile de bază includ destulă mâncare, haine curate care i se potrivesc și o casă sigură și caldă. Includ și protecția față de rău și pericol, grija unui adult potrivit și mersul la medic sau la dentist când e nevoie.\n\nCopiii au nevoie și de iubire, alinare și atenție. Și neîmplinirea acestor nevoi poate fi neglijare.",
    "Negligência é quando as necessidades básicas de uma criança não são satisfeitas, vezes sem conta, ao longo do tempo. Isto pode prejudicar gravemente a saúde da criança ou a forma como cresce e aprende.\n\nAs necessidades básicas incluem comida suficiente, roupa limpa do tamanho certo e uma casa segura e quente. Incluem também estar protegida de mal e de perigo, ser cuidada por um adulto adequado e ir ao médico ou ao dentista quando é preciso.\n\nAs crianças também precisam de amor, conforto e atenção. Não satisfazer estas necessidades também pode ser negligência.",
    "غفلت تب ہوتی ہے جب کسی بچے کی بنیادی ضروریات بار بار، کافی عرصے تک پوری نہ ہوں۔ اس سے بچے کی صحت کو، یا اس کے بڑھنے اور سیکھنے کو، سنگین نقصان پہنچ سکتا ہے۔\n\nبنیادی ضروریات میں کافی کھانا، صاف اور پورے کپڑے، اور ایک محفوظ اور گرم گھر شامل ہیں۔ ان میں نقصان اور خطرے سے محفوظ رکھنا، کسی مناسب بڑے کی دیکھ بھال، اور ضرورت پر ڈاکٹر یا دانتوں کے ڈاکٹر کے پاس جانا بھی شامل ہے۔\n\nبچوں کو پیار، تسلی اور توجہ کی بھی ضرورت ہوتی ہے۔ یہ ضروریات پوری نہ کرنا بھی غفلت ہو سکتی ہے۔",
    "الإهمال هو ألّا تُلبّى الاحتياجات الأساسية للطفل، مرة بعد مرة، على مدى فترة من الزمن. وهذا قد يضر كثيرًا بصحة الطفل أو بنموه وتعلّمه.\n\nتشمل الاحتياجات الأساسية طعامًا كافيًا، وملابس نظيفة على مقاسه، وبيتًا آمنًا ودافئًا. وتشمل أيضًا حمايته من الأذى والخطر، وأن يعتني به شخص كبير مناسب، وأن يذهب إلى الطبيب أو طبيب الأسنان عند الحاجة.\n\nيحتاج الأطفال أيضًا إلى الحب والمواساة والاهتمام. وعدم تلبية هذه الاحتياجات قد يكون إهمالًا أيضًا.",
  ],
  "What it can look like": ["Jak to może wyglądać", "Cum poate arăta", "Como pode ser", "یہ کیسا دکھ سکتا ہے", "كيف يمكن أن يبدو"],
  "It is often not one big event. It is many small things that add up over time.\n\nIt can happen in any family. Money worries, a poor home, illness or feeling low can make it hard to give children what they need.\n\nTeenagers need care too, and their needs are easy to miss. Disabled children are more at risk.": [
    "Często to nie jest jedno duże wydarzenie. To wiele małych rzeczy, które z czasem się sumują.\n\nMoże się to zdarzyć w każdej rodzinie. Kłopoty z pieniędzmi, złe mieszkanie, choroba albo smutek mogą utrudniać dawanie dzieciom tego, czego potrzebują.\n\nNastolatki też potrzebują opieki, a ich potrzeby łatwo przeoczyć. Dzieci z niepełnosprawnościami są bardziej narażone.",
    "De multe ori nu este un singur eveniment mare. Sunt multe lucruri mici care se adună în timp.\n\nSe poate întâmpla în orice familie. Grijile legate de bani, o locuință proastă, boala sau tristețea pot face greu să le dai copiilor ce le trebuie.\n\nȘi adolescenții au nevoie de grijă, iar nevoile lor sunt ușor de trecut cu vederea. Copiii cu dizabilități sunt mai expuși.",
    "Muitas vezes não é um grande acontecimento. São muitas pequenas coisas que se vão somando com o tempo.\n\nPode acontecer em qualquer família. Preocupações com dinheiro, uma casa em más condições, doença ou sentir-se em baixo podem tornar difícil dar às crianças aquilo de que precisam.\n\nOs adolescentes também precisam de cuidados, e as suas necessidades passam facilmente despercebidas. As crianças com deficiência correm mais riscos.",
    "اکثر یہ کوئی ایک بڑا واقعہ نہیں ہوتا۔ یہ بہت سی چھوٹی چھوٹی باتیں ہوتی ہیں جو وقت کے ساتھ جمع ہو جاتی ہیں۔\n\nیہ کسی بھی خاندان میں ہو سکتا ہے۔ پیسوں کی فکر، خراب گھر، بیماری یا اداسی بچوں کو ان کی ضرورت کی چیزیں دینا مشکل بنا سکتی ہے۔\n\nنوجوانوں کو بھی دیکھ بھال کی ضرورت ہوتی ہے، اور ان کی ضروریات آسانی سے نظر انداز ہو جاتی ہیں۔ معذور بچوں کو زیادہ خطرہ ہوتا ہے۔",
    "غالبًا لا يكون حدثًا كبيرًا واحدًا. إنها أشياء صغيرة كثيرة تتراكم مع الوقت.\n\nيمكن أن يحدث في أي عائلة. هموم المال، أو سكن سيئ، أو المرض، أو الشعور بالحزن قد تجعل من الصعب إعطاء الأطفال ما يحتاجونه.\n\nالمراهقون يحتاجون إلى الرعاية أيضًا، ومن السهل أن تُنسى احتياجاتهم. والأطفال ذوو الإعاقة أكثر عرضة للخطر.",
  ],
  "Principle 1: We listen to families": [
    "Zasada 1: Słuchamy rodzin",
    "Principiul 1: Ascultăm familiile",
    "Princípio 1: Ouvimos as famílias",
    "اصول 1: ہم خاندانوں کی بات سنتے ہیں",
    "المبدأ 1: نستمع إلى العائلات",
  ],
  "We will listen to children, young people and their families, and act on what they tell us.\n\nWe will talk with you, not at you. We will use words that make sense to you, in your own language.": [
    "Będziemy słuchać dzieci, młodzieży i ich rodzin, i działać zgodnie z tym, co nam mówią.\n\nBędziemy rozmawiać z wami, a nie mówić do was. Będziemy używać słów, które są dla was zrozumiałe, w waszym języku.",
    "Vom asculta copiii, tinerii și familiile lor și vom face ceva cu ce ne spun.\n\nVom vorbi cu voi, nu doar vă vom vorbi. Vom folosi cuvinte pe care le înțelegeți, în limba voastră.",
    "Vamos ouvir as crianças, os jovens e as suas famílias, e agir de acordo com o que nos dizem.\n\nVamos falar consigo, e não apenas para si. Vamos usar palavras que façam sentido para si, na sua língua.",
    "ہم بچوں، نوجوانوں اور ان کے خاندانوں کی بات سنیں گے، اور جو وہ ہمیں بتائیں گے اس پر عمل کریں گے۔\n\nہم آپ کے ساتھ بات کریں گے، آپ پر بات نہیں تھوپیں گے۔ ہم ایسے الفاظ استعمال کریں گے جو آپ کو سمجھ آئیں، آپ کی اپنی زبان میں۔",
    "سنستمع إلى الأطفال والشباب وعائلاتهم، ونعمل بما يخبروننا به.\n\nسنتحدث معكم، لا إليكم فقط. وسنستخدم كلمات مفهومة لكم، بلغتكم.",
  ],
  "Principle 2: Help comes early": [
    "Zasada 2: Pomoc przychodzi wcześnie",
    "Principiul 2: Ajutorul vine din timp",
    "Princípio 2: A ajuda chega cedo",
    "اصول 2: مدد جلدی ملتی ہے",
    "المبدأ 2: المساعدة تأتي مبكرًا",
  ],
  "We will help families as early as we can, before problems get bigger.\n\nEveryone who works with children will know where to find early help, and how to get it for you. Asking for help is a strength, not a failure.": [
    "Będziemy pomagać rodzinom tak wcześnie, jak się da, zanim problemy urosną.\n\nKażdy, kto pracuje z dziećmi, będzie wiedział, gdzie znaleźć wczesną pomoc i jak ją dla was zdobyć. Prośba o pomoc to siła, a nie porażka.",
    "Vom ajuta familiile cât de devreme putem, înainte ca problemele să crească.\n\nToți cei care lucrează cu copii vor ști unde se găsește ajutorul timpuriu și cum să îl obțină pentru voi. Să ceri ajutor este o putere, nu un eșec.",
    "Vamos ajudar as famílias o mais cedo possível, antes de os problemas crescerem.\n\nTodas as pessoas que trabalham com crianças vão saber onde encontrar ajuda precoce e como a conseguir para si. Pedir ajuda é uma força, não um fracasso.",
    "ہم خاندانوں کی جتنی جلدی ہو سکے مدد کریں گے، مسئلے بڑھنے سے پہلے۔\n\nبچوں کے ساتھ کام کرنے والے ہر شخص کو معلوم ہو گا کہ ابتدائی مدد کہاں ملتی ہے، اور آپ کے لیے اسے کیسے حاصل کرنا ہے۔ مدد مانگنا طاقت ہے، ناکامی نہیں۔",
    "سنساعد العائلات في أبكر وقت ممكن، قبل أن تكبر المشاكل.\n\nكل من يعمل مع الأطفال سيعرف أين يجد المساعدة المبكرة، وكيف يحصل عليها لكم. طلب المساعدة قوة، وليس فشلًا.",
  ],
  "Principle 3: We work together": [
    "Zasada 3: Pracujemy razem",
    "Principiul 3: Lucrăm împreună",
    "Princípio 3: Trabalhamos em conjunto",
    "اصول 3: ہم مل کر کام کرتے ہیں",
    "المبدأ 3: نعمل معًا",
  ],
  "Schools, health services, the police and the council will work together, so families do not have to tell their story again and again.\n\nEach of us will be clear about what we do, and we will share what we need to keep children safe.": [
    "Szkoły, służba zdrowia, policja i urząd będą pracować razem, żeby rodziny nie musiały opowiadać swojej historii w kółko.\n\nKażdy z nas będzie jasno mówił, czym się zajmuje, i będziemy dzielić się tym, co potrzebne, żeby dzieci były bezpieczne.",
    "Școlile, serviciile de sănătate, poliția și consiliul vor lucra împreună, ca familiile să nu fie nevoite să-și spună povestea iar și iar.\n\nFiecare dintre noi va spune clar ce face și vom împărtăși ce este nevoie ca să ținem copiii în siguranță.",
    "As escolas, os serviços de saúde, a polícia e a câmara vão trabalhar em conjunto, para que as famílias não tenham de contar a sua história vezes sem conta.\n\nCada um de nós vai deixar claro o que faz, e vamos partilhar o que for preciso para manter as crianças seguras.",
    "اسکول، صحت کی خدمات، پولیس اور کونسل مل کر کام کریں گے، تاکہ خاندانوں کو اپنی بات بار بار نہ سنانی پڑے۔\n\nہم میں سے ہر ایک واضح بتائے گا کہ وہ کیا کرتا ہے، اور بچوں کو محفوظ رکھنے کے لیے جو ضروری ہو وہ ہم آپس میں بتائیں گے۔",
    "ستعمل المدارس والخدمات الصحية والشرطة والمجلس معًا، حتى لا تضطر العائلات إلى رواية قصتها مرة بعد مرة.\n\nسيوضح كل واحد منا ما يقوم به، وسنتشارك ما نحتاجه لنحافظ على سلامة الأطفال.",
  ],
};

/** English text with its translations, for a LocalizedText. */
export function consultationText(english: string): Record<string, string> {
  const five = CONSULTATION_TRANSLATIONS[english];
  if (!five) return { en: english };
  return { en: english, ...Object.fromEntries(DEMO_SURVEY_LANGUAGES.map((l, i) => [l, five[i]!])) };
}

const text = consultationText;

/** The draft's sections, in order, by question id: title and text (English). */
export const DRAFT_SECTIONS = [
  {
    id: "what-the-words-mean",
    title: "What the words mean",
    body: "Neglect is when a child's basic needs are not met, again and again, over time. This is likely to seriously harm the child's health or how they grow and learn.\n\nBasic needs include enough food, clean clothes that fit, and a safe, warm home. They include being kept safe from harm and danger, being looked after by a suitable adult, and seeing a doctor or dentist when needed.\n\nChildren also need love, comfort and attention. Not meeting these needs can be neglect too.",
  },
  {
    id: "what-it-can-look-like",
    title: "What it can look like",
    body: "It is often not one big event. It is many small things that add up over time.\n\nIt can happen in any family. Money worries, a poor home, illness or feeling low can make it hard to give children what they need.\n\nTeenagers need care too, and their needs are easy to miss. Disabled children are more at risk.",
  },
  {
    id: "we-listen",
    title: "Principle 1: We listen to families",
    body: "We will listen to children, young people and their families, and act on what they tell us.\n\nWe will talk with you, not at you. We will use words that make sense to you, in your own language.",
  },
  {
    id: "help-early",
    title: "Principle 2: Help comes early",
    body: "We will help families as early as we can, before problems get bigger.\n\nEveryone who works with children will know where to find early help, and how to get it for you. Asking for help is a strength, not a failure.",
  },
  {
    id: "work-together",
    title: "Principle 3: We work together",
    body: "Schools, health services, the police and the council will work together, so families do not have to tell their story again and again.\n\nEach of us will be clear about what we do, and we will share what we need to keep children safe.",
  },
] as const;

export const CONSULTATION_TITLE = "Have your say on our draft strategy";

export const DRAFT_STRATEGY_CONSULTATION: SurveyDefinitionInput = {
  title: text(CONSULTATION_TITLE),
  summary: text(
    "We are writing a new plan to make sure every child in Northshire is looked after well, and to stop neglect. Read the draft one part at a time, and tell us what you think.",
  ),
  minutes: 10,
  ageBand: "parents",
  questions: [
    {
      id: "about-the-draft",
      type: "information",
      title: text("About the draft"),
      body: text(
        "Northshire Safeguarding Children Partnership is writing a new strategy. It is our plan to make sure every child gets the care they need.\n\nWe want parents and carers to help us write it. You will read five short parts of the draft. For each part, tell us if you agree, and what you would change.\n\nYou can leave out any part. We will read every answer. When the strategy is finished, we will tell you what we changed because of what parents said.",
      ),
    },
    ...DRAFT_SECTIONS.map((section) => ({
      id: section.id,
      type: "draft_text" as const,
      title: text(section.title),
      body: text(section.body),
      maxLength: 2000,
    })),
  ],
};
