import type { HelpContacts } from "#db/schema/index.ts";
import type { Need } from "~/modules/help/needs";
import { DRAFT_STRATEGY_CONSULTATION } from "./demo-consultation";
import { inEveryLanguage } from "./demo-survey-translations";
import type { QuestionOption, SurveyDefinitionInput } from "~/modules/survey/definition";
import type { OptionIcon } from "~/modules/survey/icons";

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
const preferNotToSay = option("prefer-not-to-say", "I'd rather not say", { exclusive: true, icon: "rather-not-say" });

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
  return [option("yes", "Yes", { icon: "yes" }), option("no", "No", { icon: "no" }), preferNotToSay];
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
      easyRead: { title: en("At home, do you have these things?"), hint: en("Tick all that are true.") },
      hint: en("Tick all that are true for you."),
      sensitive: true,
      options: [
        option("food", "Enough food to eat", { icon: "food" }),
        option("clothes", "Clean clothes that fit", { icon: "clothes" }),
        option("bed", "A warm, dry bed to sleep in", { icon: "bed" }),
        option("adult", "An adult who looks after you", { icon: "adult" }),
        option("none", "None of these", { icon: "none", exclusive: true, signposts: ["food", "housing"] }),
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
      easyRead: { title: en("Are you worried? Is there an adult you can talk to?") },
      required: true,
      sensitive: true,
      options: [option("yes", "Yes", { icon: "yes" }), option("no", "No", { icon: "no", signposts: ["lonely"] }), preferNotToSay],
    },
    {
      id: "listened-to",
      type: "single_choice",
      title: en("When you tell adults how you feel, do they listen?"),
      easyRead: { title: en("Do adults listen to how you feel?") },
      options: [
        option("always", "Always", { icon: "always" }),
        option("sometimes", "Sometimes", { icon: "sometimes" }),
        option("hardly-ever", "Hardly ever", { icon: "sometimes" }),
        option("never", "Never", { icon: "never" }),
        option("not-sure", "I'm not sure", { icon: "not-sure" }),
      ],
    },
    {
      id: "asked-for-help",
      type: "yes_no",
      title: en("Have you ever asked an adult for help with a worry?"),
      easyRead: { title: en("Did you ever ask an adult for help with a worry?") },
      required: true,
      options: yesNo(),
    },
    {
      id: "help-after-asking",
      type: "single_choice",
      title: en("What happened when you asked for help?"),
      showIf: { questionId: "asked-for-help", anyOf: ["yes"] },
      options: [
        option("helped", "They helped me", { icon: "yes" }),
        option("tried", "They tried, but it did not help much", { icon: "sometimes", easyRead: { label: en("They tried. It did not help much.") } }),
        option("nothing", "Nothing happened", { icon: "no" }),
        preferNotToSay,
      ],
    },
    {
      id: "hard-to-ask",
      type: "multiple_choice",
      title: en("What makes it hard to ask for help?"),
      easyRead: { title: en("Why is it hard to ask for help?"), hint: en("Tick all that are true.") },
      hint: en("Tick all that are true for you."),
      showIf: { questionId: "asked-for-help", anyOf: ["no"] },
      options: [
        option("who-to-ask", "I did not know who to ask", { icon: "not-sure" }),
        option("not-believed", "I thought no one would believe me", { icon: "no" }),
        option("my-fault", "I thought it was my fault", { icon: "heart" }),
        option("scared", "I was scared of what might happen", { icon: "safe", easyRead: { label: en("I was scared") } }),
        option("trouble", "I did not want to get anyone in trouble", { icon: "adult" }),
        option("something-else", "Something else", { icon: "something-else" }),
        preferNotToSay,
      ],
    },
    {
      id: "help-ways",
      type: "multiple_choice",
      title: en("How would you like to get help if you needed it?"),
      easyRead: { title: en("How would you like to get help?"), hint: en("Tick all you would like.") },
      hint: en("Tick all that you would like."),
      options: [
        option("face-to-face", "Talk to someone face to face", { icon: "talk" }),
        option("phone", "Talk on the phone", { icon: "phone" }),
        option("text-chat", "Send a text or chat online", { icon: "chat" }),
        option("school", "Talk to a teacher or school nurse", { icon: "teacher" }),
        option("family-friend", "Talk to a friend or someone in my family", { icon: "friend" }),
        preferNotToSay,
      ],
    },
    {
      id: "one-change",
      type: "free_text",
      title: en("What one thing would make life better for young people here?"),
      easyRead: { title: en("What one thing would make life better here?"), hint: en("Use your own words. Do not write your name.") },
      hint: en("Write it in your own words. Please do not write your name."),
      maxLength: 2000,
    },
    {
      id: "anything-else",
      type: "free_text",
      title: en("Is there anything else you want to tell us?"),
      easyRead: { title: en("Do you want to tell us anything else?"), hint: en("Use your own words. Do not write your name. Do not say where you live.") },
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
        option("first-time", "This is my first time", { icon: "star" }),
        option("weekly", "Most weeks", { icon: "always" }),
        option("monthly", "About once a month", { icon: "sometimes" }),
        option("now-and-then", "Now and then", { icon: "sometimes" }),
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
        option("food", "Food", { icon: "food", signposts: ["food"] }),
        option("money", "Money or debt", { icon: "money", signposts: ["money"] }),
        option("housing", "Housing", { icon: "home", signposts: ["housing"] }),
        option("health", "Health", { icon: "heart" }),
        option("stress", "Feeling low or stressed", { icon: "sleep", signposts: ["mental-health"] }),
        option("childcare", "Childcare", { icon: "family", signposts: ["parenting"] }),
        option("none", "None of these", { icon: "none", exclusive: true }),
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

/** An option with its Easy Read picture (app/modules/survey/icons.ts) and, where the label is not already easy, shorter words. */
const pictured = (id: string, label: string, icon: OptionIcon, easy?: string, extra: Partial<QuestionOption> = {}): QuestionOption => ({
  ...option(id, label, extra),
  icon,
  ...(easy ? { easyRead: { label: en(easy) } } : {}),
});
const faces = (sadSignposts?: Need[]) => faceScale(sadSignposts);
const safeOptions = () => [pictured("yes", "Yes", "yes"), pictured("no", "No", "no", undefined, { signposts: ["lonely"] }), pictured("prefer-not-to-say", "I'd rather not say", "rather-not-say", undefined, { exclusive: true })];

/**
 * For children of 8 to 18, in two age-banded versions: 8 to 10 (words for a
 * reading age of 9 or under: tests/… reading-age check) and 11 to 18. The
 * versions of a question share a code, so reports can put them together. It
 * has every question type, so Easy Read and read aloud are tried on each.
 */
export const GROWING_UP_SURVEY: SurveyDefinitionInput = {
  title: en("Growing up in Northshire"),
  summary: en("Tell us about home, school and the things you like. We will use what you say to make Northshire better for children."),
  easyRead: { summary: en("Tell us about home and school. Tell us what you like. We will use it to make things better.") },
  minutes: 5,
  ageBands: [
    { id: "8-10", label: en("I am 8, 9 or 10") },
    { id: "11-18", label: en("I am 11 to 18") },
  ],
  questions: [
    {
      id: "about",
      type: "information",
      title: en("About these questions"),
      body: en("These questions are about home, school and the things you like.\n\nThere are no right or wrong answers. You can skip any question."),
      easyRead: { body: en("The questions are about home and school.\n\nThere are no wrong answers. You can skip a question.") },
    },
    {
      id: "feel-home-8-10",
      code: "feel-home",
      ageBands: ["8-10"],
      type: "face_scale",
      title: en("How do you feel at home?"),
      sensitive: true,
      options: faces(["mental-health"]),
    },
    {
      id: "feel-home",
      ageBands: ["11-18"],
      type: "face_scale",
      title: en("How do you feel at home most of the time?"),
      sensitive: true,
      options: faces(["mental-health"]),
    },
    {
      id: "feel-safe-8-10",
      code: "feel-safe",
      ageBands: ["8-10"],
      type: "yes_no",
      title: en("Do you feel safe at home?"),
      sensitive: true,
      options: safeOptions(),
    },
    {
      id: "feel-safe",
      ageBands: ["11-18"],
      type: "yes_no",
      title: en("Do you feel safe at home most of the time?"),
      sensitive: true,
      options: safeOptions(),
    },
    {
      id: "talk-to",
      type: "single_choice",
      title: en("If you were worried, who would you talk to first?"),
      easyRead: { title: en("Are you worried? Who would you tell first?") },
      options: [
        pictured("family", "Someone at home", "family"),
        pictured("teacher", "A teacher", "teacher"),
        pictured("friend", "A friend", "friend"),
        pictured("someone-else", "Someone else", "something-else"),
        pictured("not-sure", "I'm not sure", "not-sure"),
      ],
    },
    {
      id: "like-doing-8-10",
      code: "like-doing",
      ageBands: ["8-10"],
      type: "multiple_choice",
      title: en("What do you like doing?"),
      hint: en("Tick all you like."),
      options: [
        pictured("play", "Playing", "play"),
        pictured("friends", "Being with friends", "friend"),
        pictured("family", "Time with my family", "family"),
        pictured("school", "Going to school", "school"),
        pictured("something-else", "Something else", "something-else"),
      ],
    },
    {
      id: "like-doing",
      ageBands: ["11-18"],
      type: "multiple_choice",
      title: en("What do you enjoy doing in your free time?"),
      hint: en("Tick all that are true for you."),
      options: [
        pictured("play", "Sport or games", "play", "Sport and games"),
        pictured("friends", "Seeing friends", "friend"),
        pictured("family", "Time with my family", "family"),
        pictured("school", "Clubs at school", "school"),
        pictured("something-else", "Something else", "something-else"),
      ],
    },
    {
      id: "promise",
      type: "draft_text",
      title: en("Our promise to children"),
      hint: en("Read our promise. What would you change?"),
      body: en("We will listen to you.\n\nWe will believe you.\n\nWe will tell you what we did with what you said."),
    },
    {
      id: "one-wish-8-10",
      code: "one-change",
      ageBands: ["8-10"],
      type: "free_text",
      title: en("If you could change one thing, what would it be?"),
      easyRead: { title: en("What is one thing you would change?") },
      hint: en("Please do not write your name."),
      maxLength: 1000,
    },
    {
      id: "one-change",
      ageBands: ["11-18"],
      type: "free_text",
      title: en("What one thing would make life better for young people here?"),
      easyRead: { title: en("What one thing would make life better here?") },
      hint: en("Write it in your own words. Please do not write your name."),
      maxLength: 2000,
    },
  ],
};

export const DEMO_SURVEYS = [
  { slug: "demo-young-people", audience: "young_people", definition: YOUNG_PEOPLE_SURVEY },
  { slug: "demo-parents", audience: "parents", definition: PARENTS_SURVEY },
  // Parents and carers consulted (at children's centres) on the draft strategy, section by section.
  { slug: "demo-draft-strategy", audience: "parents", definition: DRAFT_STRATEGY_CONSULTATION },
  { slug: "demo-growing-up", audience: "children", definition: GROWING_UP_SURVEY },
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
