import type { ActionStatus, EntryTexts } from "~/modules/you-said/entries";

// Northshire's demo strategy: three strategic priorities, one implementation
// group for each (fed by codes of the built-in codebook), and one published
// "You said, we did" entry per group, in English with Urdu and Polish
// translations (drafted without a fluent speaker, like the other demo words).

export interface DemoGroup {
  priority: { title: string; description: string };
  name: string;
  description: string;
  /** Codes of the built-in codebook (app/modules/themes/codebook.ts). */
  codes: string[];
  entry: {
    code: string;
    surveySlug: string | null;
    status: ActionStatus;
    actionOn: string;
    texts: Record<"en" | "ur" | "pl", EntryTexts>;
  };
}

/** The demo's implementation group member sits on the first group. */
export const DEMO_MEMBER_GROUP = "Early help subgroup";

export const DEMO_STRATEGY: DemoGroup[] = [
  {
    priority: {
      title: "Help families early",
      description: "Families get the right help at the earliest point, before neglect takes hold.",
    },
    name: "Early help subgroup",
    description: "Owns the early help part of the neglect action plan and reports quarterly.",
    codes: ["early_help_access", "barriers_to_help", "parenting_support", "money_housing", "support_sources"],
    entry: {
      code: "early_help_access",
      surveySlug: "demo-parents",
      status: "done",
      actionOn: "2026-09-15",
      texts: {
        en: {
          heardForChildren: "You told us it is hard for families to find help. You did not know where to go.",
          didForChildren: "We made one phone number for families to call. A person will answer and help you find the right help.",
          heardForAdults: "Parents told us they did not know where to go for early help, and that being passed between services put them off asking.",
          didForAdults:
            "We set up one early help phone line and a web page listing local services. The person who answers stays with you until you reach the right service.",
        },
        ur: {
          heardForChildren: "آپ نے ہمیں بتایا کہ خاندانوں کے لیے مدد ڈھونڈنا مشکل ہے۔ آپ کو نہیں معلوم تھا کہ کہاں جائیں۔",
          didForChildren: "ہم نے خاندانوں کے لیے ایک فون نمبر بنایا۔ ایک شخص جواب دے گا اور صحیح مدد ڈھونڈنے میں آپ کی مدد کرے گا۔",
          heardForAdults: "والدین نے ہمیں بتایا کہ انہیں نہیں معلوم تھا کہ ابتدائی مدد کے لیے کہاں جائیں، اور ایک ادارے سے دوسرے ادارے بھیجے جانے کی وجہ سے وہ پوچھنے سے کتراتے تھے۔",
          didForAdults:
            "ہم نے ابتدائی مدد کے لیے ایک فون لائن اور مقامی خدمات کی فہرست والا ایک ویب صفحہ بنایا۔ جواب دینے والا شخص اس وقت تک آپ کے ساتھ رہتا ہے جب تک آپ صحیح خدمت تک نہ پہنچ جائیں۔",
        },
        pl: {
          heardForChildren: "Powiedzieliście nam, że rodzinom trudno jest znaleźć pomoc. Nie wiedzieliście, gdzie iść.",
          didForChildren: "Zrobiliśmy jeden numer telefonu dla rodzin. Odbierze go człowiek i pomoże wam znaleźć właściwą pomoc.",
          heardForAdults:
            "Rodzice powiedzieli nam, że nie wiedzieli, gdzie szukać wczesnej pomocy, a odsyłanie od jednej instytucji do drugiej zniechęcało ich do pytania.",
          didForAdults:
            "Uruchomiliśmy jedną linię telefoniczną wczesnej pomocy i stronę internetową z listą lokalnych usług. Osoba, która odbierze, zostaje z Państwem, dopóki nie traficie do właściwej usługi.",
        },
      },
    },
  },
  {
    priority: {
      title: "Hear children and act on what they say",
      description: "The voice of the child shapes what every agency does about neglect.",
    },
    name: "Hearing children subgroup",
    description: "Makes sure what children and young people tell us reaches practice and the action plan.",
    codes: ["being_heard", "emotional_needs", "isolation", "young_carers", "adolescent_risk"],
    entry: {
      code: "being_heard",
      surveySlug: "demo-young-people",
      status: "in_progress",
      actionOn: "2026-10-01",
      texts: {
        en: {
          heardForChildren: "You told us that grown-ups do not always listen. Some of you said nobody believed you.",
          didForChildren: "We are teaching staff to listen to children and to check back with them. Children will help us plan this.",
          heardForAdults: "Children and young people told us adults do not always listen, or believe them when they try to say something is wrong.",
          didForAdults:
            "We are training practitioners in listening to children, and setting up a young people's panel that reviews what we change.",
        },
        ur: {
          heardForChildren: "آپ نے ہمیں بتایا کہ بڑے ہمیشہ نہیں سنتے۔ آپ میں سے کچھ نے کہا کہ کسی نے آپ کا یقین نہیں کیا۔",
          didForChildren: "ہم عملے کو سکھا رہے ہیں کہ بچوں کی بات سنیں اور ان سے دوبارہ پوچھیں۔ بچے اس کی منصوبہ بندی میں ہماری مدد کریں گے۔",
          heardForAdults: "بچوں اور نوجوانوں نے ہمیں بتایا کہ بڑے ہمیشہ ان کی بات نہیں سنتے، یا جب وہ بتانے کی کوشش کرتے ہیں کہ کچھ غلط ہے تو ان کا یقین نہیں کرتے۔",
          didForAdults: "ہم پیشہ ور افراد کو بچوں کی بات سننے کی تربیت دے رہے ہیں، اور نوجوانوں کا ایک پینل بنا رہے ہیں جو ہماری تبدیلیوں کا جائزہ لے گا۔",
        },
        pl: {
          heardForChildren: "Powiedzieliście nam, że dorośli nie zawsze słuchają. Niektórzy z was mówili, że nikt wam nie uwierzył.",
          didForChildren: "Uczymy pracowników słuchać dzieci i wracać do nich z pytaniami. Dzieci pomogą nam to zaplanować.",
          heardForAdults:
            "Dzieci i młodzież powiedzieli nam, że dorośli nie zawsze ich słuchają ani im nie wierzą, gdy próbują powiedzieć, że coś jest nie tak.",
          didForAdults: "Szkolimy specjalistów w słuchaniu dzieci i tworzymy panel młodzieżowy, który przegląda wprowadzane przez nas zmiany.",
        },
      },
    },
  },
  {
    priority: {
      title: "Skilled, confident practitioners",
      description: "Everyone who works with families recognises neglect and knows what to do.",
    },
    name: "Practice and workforce subgroup",
    description: "Owns training, shared tools and practice standards for neglect.",
    codes: ["professionals", "basic_needs", "safety_supervision", "health", "school", "parental_difficulties"],
    entry: {
      code: "professionals",
      surveySlug: null,
      status: "planned",
      actionOn: "2027-01-31",
      texts: {
        en: {
          heardForChildren: "You told us you have to tell your story again and again. New people keep asking.",
          didForChildren: "We will try to keep the same worker with you for longer. We will share notes so you do not have to say it all again.",
          heardForAdults: "Families told us they have to repeat their story to each new professional, and that changes of worker make things harder.",
          didForAdults:
            "We will bring in one shared neglect assessment tool across services, and a standard for handing over between workers.",
        },
        ur: {
          heardForChildren: "آپ نے ہمیں بتایا کہ آپ کو اپنی کہانی بار بار نئے لوگوں کو سنانی پڑتی ہے۔",
          didForChildren: "ہم کوشش کریں گے کہ ایک ہی کارکن زیادہ دیر آپ کے ساتھ رہے۔ ہم نوٹس شیئر کریں گے تاکہ آپ کو سب کچھ دوبارہ نہ کہنا پڑے۔",
          heardForAdults: "خاندانوں نے ہمیں بتایا کہ انہیں ہر نئے پیشہ ور کو اپنی کہانی دہرانی پڑتی ہے، اور کارکن بدلنے سے مشکلات بڑھ جاتی ہیں۔",
          didForAdults: "ہم تمام خدمات میں غفلت کی جانچ کا ایک مشترکہ طریقہ اور کارکنوں کے درمیان کام سونپنے کا ایک معیار متعارف کرائیں گے۔",
        },
        pl: {
          heardForChildren: "Powiedzieliście nam, że musicie opowiadać swoją historię wciąż od nowa nowym osobom.",
          didForChildren: "Postaramy się, żeby ta sama osoba była z wami dłużej. Będziemy dzielić się notatkami, żebyście nie musieli mówić wszystkiego od nowa.",
          heardForAdults: "Rodziny powiedziały nam, że muszą powtarzać swoją historię każdemu nowemu specjaliście, a zmiany pracownika wszystko utrudniają.",
          didForAdults:
            "Wprowadzimy jedno wspólne narzędzie oceny zaniedbania we wszystkich służbach oraz standard przekazywania spraw między pracownikami.",
        },
      },
    },
  },
];
