import type { CodeDefinition } from "./suggest";

/**
 * The built-in neglect codebook: the 16 codes of the default codebook in
 * shared/eval/README.md, exactly as written there, with staff and
 * child-friendly descriptions and a few example phrases. Partnerships get a
 * copy they can edit (app/modules/coding/codebook.server.ts).
 */
export const DEFAULT_CODEBOOK: CodeDefinition[] = [
  {
    code: "basic_needs",
    label: "Basic needs",
    staffDescription: "Food, hunger, clothes, hygiene, warmth, the state of the home.",
    childDescription: "Having enough food, clean clothes, a warm and clean home.",
    examplePhrases: ["no food", "hungry", "dirty clothes", "cold house", "no clean clothes"],
  },
  {
    code: "safety_supervision",
    label: "Safety and supervision",
    staffDescription: "Being left alone, an unsafe home, lack of supervision, accidents, physical harm.",
    childDescription: "Being safe at home and having a grown-up looking after you.",
    examplePhrases: ["left alone", "on my own at night", "not safe", "nobody watching", "got hurt"],
  },
  {
    code: "health",
    label: "Health",
    staffDescription: "Medical and dental care, appointments, illness, the child's health; self-harm, low mood, anxiety, eating difficulties.",
    childDescription: "Going to the doctor or dentist, being ill, feeling sad or worried a lot.",
    examplePhrases: ["doctor", "dentist", "ill", "anxious", "hurt myself"],
  },
  {
    code: "emotional_needs",
    label: "Emotional needs",
    staffDescription: "Feeling loved or unloved, ignored, attention, warmth, loneliness at home.",
    childDescription: "Feeling loved, noticed and cared about at home.",
    examplePhrases: ["nobody cares", "ignored", "not loved", "no attention", "lonely at home"],
  },
  {
    code: "parental_difficulties",
    label: "Parents' difficulties",
    staffDescription: "Domestic abuse, parents' drinking or drugs, parents' mental health, parents' own struggles.",
    childDescription: "Grown-ups at home having a hard time, drinking, fighting or being unwell.",
    examplePhrases: ["mum drinks", "dad shouts", "fighting at home", "drugs", "mum is depressed"],
  },
  {
    code: "money_housing",
    label: "Money and housing",
    staffDescription: "Poverty, benefits, debt, housing, overcrowding.",
    childDescription: "Not having enough money, or a home that is too small or not right.",
    examplePhrases: ["no money", "benefits", "debt", "overcrowded", "housing"],
  },
  {
    code: "school",
    label: "School",
    staffDescription: "School life, teachers, homework, attendance, PE kit, bullying at school.",
    childDescription: "School, teachers, homework and how things are there.",
    examplePhrases: ["school", "teacher", "homework", "PE kit", "bullied at school"],
  },
  {
    code: "being_heard",
    label: "Being heard",
    staffDescription: "Being listened to, believed, taken seriously, having a say in decisions.",
    childDescription: "People listening to you and asking what you think.",
    examplePhrases: ["nobody listens", "not believed", "taken seriously", "have a say", "listen to me"],
  },
  {
    code: "professionals",
    label: "Professionals",
    staffDescription:
      "How workers, teachers and social workers behave: respectful or patronising, consistency, explaining their role, meetings, changing workers.",
    childDescription: "How workers like social workers and teachers treat you.",
    examplePhrases: ["social worker", "keeps changing", "meetings", "patronising", "explained"],
  },
  {
    code: "barriers_to_help",
    label: "Barriers to help",
    staffDescription: "Fear, shame, thinking it is their fault, not knowing who to tell, stigma, not being believed.",
    childDescription: "Things that stop you asking for help, like being scared or not knowing who to tell.",
    examplePhrases: ["scared to tell", "ashamed", "my fault", "who to tell", "get in trouble"],
  },
  {
    code: "support_sources",
    label: "Sources of support",
    staffDescription: "Friends, pets, youth workers, wider family, helplines, things that helped.",
    childDescription: "People, pets and places that help you.",
    examplePhrases: ["my friends", "my nan", "youth worker", "Childline", "my dog"],
  },
  {
    code: "early_help_access",
    label: "Access to early help",
    staffDescription: "Getting practical help early, children's centres, family support, waiting, advice, thresholds.",
    childDescription: "Getting help for your family early, before things get worse.",
    examplePhrases: ["waiting list", "family support", "children's centre", "no help until", "early help"],
  },
  {
    code: "young_carers",
    label: "Young carers",
    staffDescription: "Caring for a parent or siblings.",
    childDescription: "Looking after a grown-up or your brothers and sisters.",
    examplePhrases: ["look after my mum", "care for", "my little brother", "young carer", "cook for"],
  },
  {
    code: "adolescent_risk",
    label: "Adolescent risk",
    staffDescription: "Running away, risk-taking, exploitation, being labelled as a troublemaker.",
    childDescription: "Running away, risky things, or people using you.",
    examplePhrases: ["ran away", "older boys", "troublemaker", "exploited", "stay out"],
  },
  {
    code: "parenting_support",
    label: "Parenting support",
    staffDescription: "Parents wanting advice, clear information, not being judged, their own childhood.",
    childDescription: "Help and advice for mums, dads and carers.",
    examplePhrases: ["as a parent", "advice", "judged", "parenting", "my own childhood"],
  },
  {
    code: "isolation",
    label: "Isolation",
    staffDescription: "Social isolation, no support network, loneliness outside the home.",
    childDescription: "Feeling alone, with nobody around to help.",
    examplePhrases: ["no one to talk to", "isolated", "no friends", "alone", "no support"],
  },
];
