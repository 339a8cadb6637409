import type { HelpContacts } from "#db/schema/index.ts";
import type { Need } from "~/modules/help/needs";
import { inEveryLanguage } from "./demo-survey-translations";
import type { QuestionOption, SurveyDefinitionInput } from "~/modules/survey/definition";

// Everything here is fictional. Phone numbers come from Ofcom's range kept for
// drama (01632 960000 to 960999), so no real service can be rung by mistake.

export const NORTHSHIRE = {
  slug: "northshire",
  name: "Northshire Safeguarding Children Partnership",
  exitUrl: "https://www.bbc.co.uk/weather",
  // Fictional places.
  areas: ["Kingsbridge", "Eastmoor", "Wexham Vale", "Northshire coast"],
  helpContacts: {
    frontDoor: {
      name: "Northshire Children's Services front door",
      phone: "01632 960100",
      openingHours: "Monday to Thursday 8:45am to 5pm, Friday 8:45am to 4:30pm. At other times call 01632 960199.",
      forWhom: "Anyone worried that a child in Northshire is being hurt or not looked after",
    },
    earlyHelp: {
      name: "Northshire Early Help hub",
      phone: "01632 960200",
      openingHours: "Monday to Friday, 9am to 5pm",
      forWhom: "Families who want support before problems get bigger",
    },
    lastReviewedOn: "2026-11-02",
  } satisfies HelpContacts,
};

/** Survey text in English and every language it has been translated into (demo-survey-translations.ts). */
const en = (text: string) => inEveryLanguage(text);
const option = (id: string, label: string, extra: Partial<QuestionOption> = {}): QuestionOption => ({
  id,
  label: en(label),
  ...extra,
});
const preferNotToSay = option("prefer-not-to-say", "I'd rather not say", { exclusive: true });

/**
 * A five-point face scale: pictures and words together, never a slider. The
 * sad faces can signpost to help (shown on the confirmation page).
 */
function faceScale(sadSignposts?: Need[]): QuestionOption[] {
  const signposts = sadSignposts ? { signposts: sadSignposts } : {};
  return [
    option("very-sad", "Very sad", { face: 1, ...signposts }),
    option("sad", "Sad", { face: 2, ...signposts }),
    option("ok", "OK", { face: 3 }),
    option("happy", "Happy", { face: 4 }),
    option("very-happy", "Very happy", { face: 5 }),
  ];
}

function yesNo(): QuestionOption[] {
  return [option("yes", "Yes"), option("no", "No"), preferNotToSay];
}

export const YOUNG_PEOPLE_SURVEY: SurveyDefinitionInput = {
  title: en("Home, school and getting help"),
  summary: en(
    "Tell us what life is like for you at home and at school, and what helps when things are hard. We will use what you say to make help better for young people in Northshire.",
  ),
  minutes: 5,
  ageBand: "11-18",
  questions: [
    {
      id: "home-feel",
      type: "face_scale",
      title: en("How do you feel at home most of the time?"),
      sensitive: true,
      options: faceScale(["mental-health"]),
    },
    {
      id: "home-basics",
      type: "multiple_choice",
      title: en("At home, do you usually have these things?"),
      hint: en("Tick all that are true for you."),
      sensitive: true,
      options: [
        option("food", "Enough food to eat"),
        option("clothes", "Clean clothes that fit"),
        option("bed", "A warm, dry bed to sleep in"),
        option("adult", "An adult who looks after you"),
        option("none", "None of these", { exclusive: true, signposts: ["food", "housing"] }),
        preferNotToSay,
      ],
    },
    {
      id: "school-feel",
      type: "face_scale",
      title: en("How do you feel at school most of the time?"),
      options: faceScale(["school"]),
    },
    {
      id: "trusted-adult",
      type: "yes_no",
      title: en("Is there an adult you could talk to if you were worried?"),
      required: true,
      sensitive: true,
      options: [option("yes", "Yes"), option("no", "No", { signposts: ["lonely"] }), preferNotToSay],
    },
    {
      id: "listened-to",
      type: "single_choice",
      title: en("When you tell adults how you feel, do they listen?"),
      options: [
        option("always", "Always"),
        option("sometimes", "Sometimes"),
        option("hardly-ever", "Hardly ever"),
        option("never", "Never"),
        option("not-sure", "I'm not sure"),
      ],
    },
    {
      id: "asked-for-help",
      type: "yes_no",
      title: en("Have you ever asked an adult for help with a worry?"),
      required: true,
      options: yesNo(),
    },
    {
      id: "help-after-asking",
      type: "single_choice",
      title: en("What happened when you asked for help?"),
      showIf: { questionId: "asked-for-help", anyOf: ["yes"] },
      options: [
        option("helped", "They helped me"),
        option("tried", "They tried, but it did not help much"),
        option("nothing", "Nothing happened"),
        preferNotToSay,
      ],
    },
    {
      id: "hard-to-ask",
      type: "multiple_choice",
      title: en("What makes it hard to ask for help?"),
      hint: en("Tick all that are true for you."),
      showIf: { questionId: "asked-for-help", anyOf: ["no"] },
      options: [
        option("who-to-ask", "I did not know who to ask"),
        option("not-believed", "I thought no one would believe me"),
        option("my-fault", "I thought it was my fault"),
        option("scared", "I was scared of what might happen"),
        option("trouble", "I did not want to get anyone in trouble"),
        option("something-else", "Something else"),
        preferNotToSay,
      ],
    },
    {
      id: "help-ways",
      type: "multiple_choice",
      title: en("How would you like to get help if you needed it?"),
      hint: en("Tick all that you would like."),
      options: [
        option("face-to-face", "Talk to someone face to face"),
        option("phone", "Talk on the phone"),
        option("text-chat", "Send a text or chat online"),
        option("school", "Talk to a teacher or school nurse"),
        option("family-friend", "Talk to a friend or someone in my family"),
        preferNotToSay,
      ],
    },
    {
      id: "one-change",
      type: "free_text",
      title: en("What one thing would make life better for young people here?"),
      hint: en("Write it in your own words. Please do not write your name."),
      maxLength: 2000,
    },
    {
      id: "anything-else",
      type: "free_text",
      title: en("Is there anything else you want to tell us?"),
      hint: en("Write it in your own words. Please do not write your name or where you live."),
      maxLength: 2000,
    },
  ],
};

export const PARENTS_SURVEY: SurveyDefinitionInput = {
  title: en("Getting help as a family"),
  summary: en(
    "Tell us what it is like to get help as a parent or carer. We will use what you say to shape how Northshire supports families early, before problems get bigger.",
  ),
  minutes: 5,
  ageBand: "parents",
  questions: [
    {
      id: "centre-visits",
      type: "single_choice",
      title: en("How often do you come to this children's centre?"),
      options: [
        option("first-time", "This is my first time"),
        option("weekly", "Most weeks"),
        option("monthly", "About once a month"),
        option("now-and-then", "Now and then"),
      ],
    },
    {
      id: "support-feel",
      type: "face_scale",
      title: en("How supported do you feel as a parent or carer right now?"),
      options: faceScale(["parenting"]),
    },
    {
      id: "needs",
      type: "multiple_choice",
      title: en("In the last year, has your family needed help with any of these?"),
      hint: en("Tick all that are true for you."),
      sensitive: true,
      options: [
        option("food", "Food", { signposts: ["food"] }),
        option("money", "Money or debt", { signposts: ["money"] }),
        option("housing", "Housing", { signposts: ["housing"] }),
        option("health", "Health"),
        option("stress", "Feeling low or stressed", { signposts: ["mental-health"] }),
        option("childcare", "Childcare", { signposts: ["parenting"] }),
        option("none", "None of these", { exclusive: true }),
        preferNotToSay,
      ],
    },
    {
      id: "knew-where",
      type: "yes_no",
      title: en("Did you know where to go for help?"),
      options: yesNo(),
    },
    {
      // The page title and address carry no sensitive word (someone may read this
      // device's history); the word the strategies ask about is in the hint.
      id: "word-meaning",
      type: "free_text",
      title: en("What does it mean to you when a child is not looked after well enough?"),
      hint: en("Some people call this neglect. Write it in your own words. There are no right or wrong answers."),
      maxLength: 2000,
    },
    {
      id: "better-help",
      type: "free_text",
      title: en("What would make it easier for families to get help early?"),
      hint: en("Please do not write names or addresses."),
      maxLength: 2000,
    },
  ],
};

export const DEMO_SURVEYS = [
  { slug: "demo-young-people", audience: "young_people", definition: YOUNG_PEOPLE_SURVEY },
  { slug: "demo-parents", audience: "parents", definition: PARENTS_SURVEY },
] as const;

/** The demo's children's-centre kiosk: a fixed id, so seeding again (or twice at once) finds it there. */
export const DEMO_KIOSK = {
  venueId: "5e1d0c0d-4a1e-4c5e-9a1e-6b10c0de2026",
  name: "Northshire Family Hub (demo)",
  surveySlug: "demo-parents",
  idleSeconds: 120,
  /** Reusable, and printed in the README: never a real venue's code. */
  code: "DEMO-KIOSK-2026",
  codeExpires: "2100-01-01T00:00:00Z",
} as const;
