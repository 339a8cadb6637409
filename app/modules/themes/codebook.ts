/**
 * The built-in neglect codebook (issue 6): the 16 codes exactly as the
 * evaluation README names them, each with a label, a description for staff, a
 * description a 9-year-old can read, and example phrases in the ways children,
 * young people, parents and carers say things. The example phrases are shown to
 * analysts and also feed suggestions (suggest.ts): a partnership's own codes
 * work the same way from their example phrases.
 */
import type { CodeDefinition } from "./suggest";

export const DEFAULT_CODEBOOK: readonly CodeDefinition[] = [
  {
    code: "basic_needs",
    label: "Basic needs",
    staffDescription:
      "Food, hunger, clothes, hygiene, warmth, state of the home.",
    childDescription:
      "Having enough food, clean clothes, a wash, a warm home and a clean place to live.",
    examplePhrases: [
      "there is never any food in the house",
      "I go to bed hungry",
      "my clothes are always dirty",
      "we have no hot water to wash",
      "the house is freezing in winter",
      "my shoes have holes in them",
      "the kids smell and their clothes are too small",
      "I skip meals so my little brother can eat",
      "the flat is full of rubbish",
      "nobody makes me dinner",
      "I have to wear the same clothes all week",
      "there are no sheets on my bed",
    ],
  },
  {
    code: "safety_supervision",
    label: "Safety and supervision",
    staffDescription:
      "Being left alone, unsafe home, lack of supervision, accidents, physical harm.",
    childDescription:
      "Being left on your own, not feeling safe at home, getting hurt, or no grown-up watching out for you.",
    examplePhrases: [
      "I get left on my own all night",
      "mum goes out and leaves us by ourselves",
      "nobody knows where I am",
      "he hits me when he is angry",
      "I have bruises on my arms",
      "I don't feel safe at home",
      "my little sister burnt herself on the cooker",
      "there is no adult at home after school",
      "they lock me in my room",
      "the toddler was out in the street alone",
      "he throws things at us",
    ],
  },
  {
    code: "health",
    label: "Health and wellbeing",
    staffDescription:
      "Medical and dental care, appointments, illness, the child's health; self-harm, low mood, anxiety, eating difficulties.",
    childDescription:
      "Your body and your feelings. Seeing a doctor or dentist, being ill, feeling very low or worried, hurting yourself, or eating problems.",
    examplePhrases: [
      "I have toothache and nobody takes me to the dentist",
      "we keep missing doctor appointments",
      "I feel down all the time",
      "I get panic attacks before school",
      "I have been cutting myself",
      "I stopped eating properly",
      "my anxiety is really bad",
      "I can't sleep because I worry",
      "she never gets her inhaler",
      "I feel like I want to disappear",
      "my mental health is getting worse",
      "he needs glasses but never got them",
    ],
  },
  {
    code: "emotional_needs",
    label: "Feeling loved and cared for",
    staffDescription:
      "Feeling loved or unloved, ignored, attention, warmth, loneliness at home.",
    childDescription:
      "Feeling loved, cared about and noticed by the people you live with, or feeling ignored and alone at home.",
    examplePhrases: [
      "nobody at home cares about me",
      "my mum never hugs me",
      "they are always on their phones and ignore me",
      "I feel like I don't matter to them",
      "my dad says I am a waste of space",
      "I wish someone would notice me",
      "my stepdad treats me differently from my brothers",
      "I want my mum to say she is proud of me",
      "I feel lonely even when everyone is home",
      "they only talk to me to shout at me",
      "it feels like nobody wants me",
    ],
  },
  {
    code: "parental_difficulties",
    label: "Parents' difficulties",
    staffDescription:
      "Domestic abuse, parents' drinking or drugs, parents' mental health, parents' own struggles.",
    childDescription:
      "When a parent drinks too much, takes drugs or is unwell in their mind. Or when grown-ups at home fight or hurt each other.",
    examplePhrases: [
      "my dad drinks every night",
      "mum takes drugs",
      "my parents argue all the time",
      "he hits my mum",
      "mum stays in bed all day because she is depressed",
      "the police came because they were fighting",
      "her boyfriend is horrible to her",
      "my dad gets drunk and starts shouting",
      "mum's mental health is bad",
      "there are always empty bottles everywhere",
      "my parents split up and it was messy",
    ],
  },
  {
    code: "money_housing",
    label: "Money and housing",
    staffDescription: "Poverty, benefits, debt, housing, overcrowding.",
    childDescription:
      "Not having enough money, worries about bills, or problems with where you live, like not enough room.",
    examplePhrases: [
      "we can't afford the bills",
      "mum is waiting for her universal credit",
      "we have to share one bedroom",
      "we might get evicted",
      "we live in a hostel",
      "the rent went up again",
      "I can't go on trips because we have no money",
      "the flat is too small for all of us",
      "we keep moving house",
      "the electric meter ran out",
      "we are in debt",
      "we had to use the food bank",
    ],
  },
  {
    code: "school",
    label: "School",
    staffDescription:
      "School life, teachers, homework, attendance, PE kit, bullying at school.",
    childDescription:
      "Things about school: teachers, lessons, homework, getting to school, your PE kit, or being bullied there.",
    examplePhrases: [
      "I get bullied at school",
      "my teacher is really kind",
      "I keep missing school",
      "I never have my PE kit",
      "I can't do my homework at home",
      "I get detentions for being late",
      "I can't concentrate in class",
      "the school helped me a lot",
      "I got excluded",
      "my grades went down",
      "I am scared to go to school",
    ],
  },
  {
    code: "being_heard",
    label: "Being heard",
    staffDescription:
      "Being listened to, believed, taken seriously, having a say in decisions.",
    childDescription:
      "People listening to you, believing you, taking you seriously and letting you have a say.",
    examplePhrases: [
      "nobody listens to me",
      "they didn't believe me",
      "I want a say in what happens",
      "adults decide everything without asking us",
      "she actually listened",
      "I told them but nothing happened",
      "they never asked what I wanted",
      "I felt like they took me seriously",
      "nobody asks children what they think",
      "they talk about me, not to me",
    ],
  },
  {
    code: "professionals",
    label: "How workers treat people",
    staffDescription:
      "How workers, teachers and social workers behave: respectful or patronising, consistency, explaining their role, meetings, changing workers.",
    childDescription:
      "How workers like social workers, teachers and nurses treat you: kind or rude, keeping the same worker, explaining who they are.",
    examplePhrases: [
      "my social worker keeps changing",
      "I've had five social workers",
      "they talk to me like a baby",
      "the worker explained what she was there for",
      "meetings are full of people I don't know",
      "my social worker always calls me back",
      "they treated us with respect",
      "the police were really patronising",
      "she never turned up when she said she would",
      "the health visitor made me feel judged",
      "my key worker is the best",
    ],
  },
  {
    code: "barriers_to_help",
    label: "What stops people getting help",
    staffDescription:
      "Fear, shame, thinking it is their fault, not knowing who to tell, stigma, not being believed.",
    childDescription:
      "Things that make it hard to ask for help: being scared, feeling ashamed, thinking it is your fault, or not knowing who to tell.",
    examplePhrases: [
      "I'm scared to tell anyone",
      "I don't know who to talk to",
      "I think it is my fault",
      "I'm worried they will take us away",
      "I was too embarrassed to say",
      "if I tell, it will make things worse",
      "I didn't think anyone would believe me",
      "mum told us to keep it a secret",
      "I didn't know it wasn't normal",
      "I was afraid people would judge me",
      "I was worried I'd get my parents in trouble",
    ],
  },
  {
    code: "support_sources",
    label: "Who and what helps",
    staffDescription:
      "Friends, pets, youth workers, wider family, helplines, things that helped.",
    childDescription:
      "People and things that help you: friends, pets, family like your nan, youth workers, helplines, or things you do.",
    examplePhrases: [
      "my best friend is always there for me",
      "I talk to my dog when I'm sad",
      "my nan looks after me",
      "the youth club keeps me going",
      "Childline really helped",
      "my auntie lets me stay at hers",
      "football takes my mind off things",
      "I stay at my friend's house when it's bad",
      "the youth worker is someone I can talk to",
      "my big sister helps me",
      "I felt so much better after talking",
    ],
  },
  {
    code: "early_help_access",
    label: "Getting help early",
    staffDescription:
      "Getting practical help early, children's centres, family support, waiting, advice, thresholds.",
    childDescription:
      "Getting help for your family early, before things get bad: family workers, children's centres, not waiting too long.",
    examplePhrases: [
      "we waited months for any help",
      "the children's centre was a lifeline",
      "nobody helps until it's a crisis",
      "we were told we didn't meet the threshold",
      "the family support worker helped with forms",
      "I asked for help and got turned away",
      "we got help before things got worse",
      "there's a long waiting list",
      "I didn't know what support was out there",
      "the parenting group was really useful",
      "they signposted us to the food bank",
    ],
  },
  {
    code: "young_carers",
    label: "Young carers",
    staffDescription: "Caring for a parent or siblings.",
    childDescription:
      "Looking after your mum, dad, brothers or sisters, like cooking, cleaning or giving medicine.",
    examplePhrases: [
      "I look after my mum because she is ill",
      "I get my little brothers ready for school",
      "I do all the cooking and cleaning",
      "I'm a young carer",
      "I give my dad his tablets",
      "I have to put my sisters to bed",
      "I'm too tired to do homework after caring",
      "I help mum get dressed",
      "I don't have time to see friends because I'm caring",
      "I'm like a parent to my brother",
    ],
  },
  {
    code: "adolescent_risk",
    label: "Teenagers at risk",
    staffDescription:
      "Running away, risk-taking, exploitation, being labelled as a troublemaker.",
    childDescription:
      "Running away, staying out late, people using you or getting you into danger, or being called a troublemaker.",
    examplePhrases: [
      "I ran away from home",
      "I stay out all night",
      "older boys give me things to carry",
      "the police picked me up",
      "everyone thinks I'm trouble",
      "I go missing for days",
      "I got kicked out",
      "I hang around with the wrong crowd",
      "a man online wanted to meet me",
      "I sleep at whoever's house",
      "they just see me as a naughty kid",
    ],
  },
  {
    code: "parenting_support",
    label: "Support for parents",
    staffDescription:
      "Parents wanting advice, clear information, not being judged, their own childhood.",
    childDescription:
      "Help for mums, dads and carers: advice, clear information, not being judged, and what their own childhood was like.",
    examplePhrases: [
      "I just wanted some advice about his behaviour",
      "nobody told me what to expect with a new baby",
      "I felt judged as a mum",
      "I didn't have a good childhood myself",
      "the parenting course gave me ideas",
      "I needed clear information",
      "I don't know how to handle my teenager",
      "my toddler won't sleep",
      "I was scared they'd think I was a bad mother",
      "I want to be a better dad",
      "she helped me with bedtime routines",
    ],
  },
  {
    code: "isolation",
    label: "Isolation",
    staffDescription:
      "Social isolation, no support network, loneliness outside the home.",
    childDescription:
      "Feeling alone or cut off: no friends nearby, no family to turn to, nobody around.",
    examplePhrases: [
      "I have no friends",
      "we don't know anyone round here",
      "I've got nobody to turn to",
      "I'm stuck in the house all day",
      "all my family live far away",
      "I feel really lonely",
      "I never go out",
      "I lost touch with my friends",
      "nobody came to see us",
      "it felt very isolating",
    ],
  },
];
