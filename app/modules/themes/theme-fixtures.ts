/**
 * Made-up sentences for testing theme suggestions: at least five per code, in
 * children's, young people's, parents' and carers' voices (text-speak and
 * misspellings included). `codes` lists the codes a careful coder would give;
 * the first is the one the sentence is mainly about. None is a real quote.
 */
export interface ThemeFixture {
  text: string;
  codes: readonly string[];
  voice: "child" | "young_person" | "parent" | "carer" | "worker";
}

export const THEME_FIXTURES: readonly ThemeFixture[] = [
  // basic_needs
  { voice: "child", codes: ["basic_needs"], text: "there is never any food in our house and my tummy hurts at night" },
  { voice: "young_person", codes: ["basic_needs"], text: "I wear the same hoodie every day cos nobody washes my clothes" },
  { voice: "worker", codes: ["basic_needs"], text: "The boy arrives unwashed, in a thin jumper in winter, and eats everything at breakfast club." },
  { voice: "child", codes: ["basic_needs"], text: "im always hungry at home, we only get crisps for tea" },
  { voice: "parent", codes: ["basic_needs", "money_housing"], text: "Some weeks I skip meals myself so the kids have something to eat." },
  { voice: "young_person", codes: ["basic_needs"], text: "Our flat is freezing and damp, there's mould all over my bedroom wall." },
  // safety_supervision
  { voice: "child", codes: ["safety_supervision"], text: "mum goes out at night and me and my little brother are home alone till morning" },
  { voice: "young_person", codes: ["safety_supervision"], text: "My stepdad grabs me by the neck when he is angry and I have bruises on my arm." },
  { voice: "worker", codes: ["safety_supervision"], text: "The toddler was found wandering on the main road with no adult around." },
  { voice: "child", codes: ["safety_supervision"], text: "I dont feel safe in my house" },
  { voice: "young_person", codes: ["safety_supervision"], text: "Nobody checks where I am, I can be out till 2am and no one notices." },
  { voice: "child", codes: ["safety_supervision"], text: "they lock me in the bedroom when they go to the pub" },
  // health
  { voice: "young_person", codes: ["health"], text: "I've been self harming again and my anxiety is through the roof" },
  { voice: "child", codes: ["health"], text: "my teeth really hurt but nobody takes me to the dentist" },
  { voice: "parent", codes: ["health"], text: "We waited over a year for a CAMHS appointment for my son's depression." },
  { voice: "young_person", codes: ["health"], text: "I keep making myself sick after meals and I hate my body" },
  { voice: "young_person", codes: ["health"], text: "I feel so low all the time, like theres no point to anything" },
  { voice: "carer", codes: ["health"], text: "She had asthma attacks for months and never saw a doctor before she came to us." },
  // emotional_needs
  { voice: "child", codes: ["emotional_needs"], text: "my mum never gives me cuddles and she says I'm annoying" },
  { voice: "young_person", codes: ["emotional_needs"], text: "They're always on their phones, it's like I'm invisible in my own house" },
  { voice: "young_person", codes: ["emotional_needs"], text: "I just want my dad to say he's proud of me for once" },
  { voice: "child", codes: ["emotional_needs"], text: "nobody at home loves me, they love my sister more" },
  { voice: "young_person", codes: ["emotional_needs"], text: "I feel unwanted at home, like I'm a burden to everyone" },
  { voice: "worker", codes: ["emotional_needs"], text: "The child craves attention and affection from any adult and is ignored at home." },
  // parental_difficulties
  { voice: "young_person", codes: ["parental_difficulties"], text: "my dad gets drunk every weekend and smashes stuff" },
  { voice: "child", codes: ["parental_difficulties"], text: "mummy takes tablets and sleeps all day and I cant wake her up" },
  { voice: "young_person", codes: ["parental_difficulties"], text: "Mum's boyfriend is really controlling, he screams at her and she cries" },
  { voice: "parent", codes: ["parental_difficulties", "parenting_support"], text: "I've been battling my own addiction and it's hard to be the mum I want to be." },
  { voice: "young_person", codes: ["parental_difficulties"], text: "my parents are always fighting and the police have been round twice" },
  { voice: "child", codes: ["parental_difficulties"], text: "my dad smokes weed in the kitchen and goes weird" },
  // money_housing
  { voice: "parent", codes: ["money_housing"], text: "Our universal credit got cut and we're behind on the rent." },
  { voice: "young_person", codes: ["money_housing"], text: "Five of us share a two bedroom flat, I sleep on the sofa" },
  { voice: "child", codes: ["money_housing"], text: "mum says we are poor and cant afford a birthday party" },
  { voice: "carer", codes: ["money_housing"], text: "Looking after my grandchildren has left me in debt, the allowance doesn't cover it." },
  { voice: "parent", codes: ["money_housing"], text: "We've been in temporary accommodation for eight months after the eviction." },
  { voice: "young_person", codes: ["money_housing"], text: "The electric keeps running out cos there's no money for the meter" },
  // school
  { voice: "child", codes: ["school"], text: "I get bullied at school every day and the teachers dont do anything" },
  { voice: "young_person", codes: ["school"], text: "I keep getting detentions for not having my PE kit" },
  { voice: "child", codes: ["school"], text: "my teacher is kind and helps me with my reading" },
  { voice: "parent", codes: ["school"], text: "His attendance dropped and the school threatened us with a fine." },
  { voice: "young_person", codes: ["school"], text: "I can't concentrate in lessons and I'm falling behind in maths" },
  { voice: "young_person", codes: ["school"], text: "got excluded from college and now I do nothing all day" },
  // being_heard
  { voice: "young_person", codes: ["being_heard"], text: "nobody listens to what I actually want" },
  { voice: "child", codes: ["being_heard"], text: "grown ups decide everything and never ask us" },
  { voice: "young_person", codes: ["being_heard"], text: "I told them what was happening and they didn't believe me" },
  { voice: "young_person", codes: ["being_heard"], text: "For the first time someone took me seriously and asked my opinion." },
  { voice: "parent", codes: ["being_heard"], text: "I wish someone had heard my daughter's views before the decision was made." },
  { voice: "child", codes: ["being_heard"], text: "I want to have a say about where I live" },
  // professionals
  { voice: "young_person", codes: ["professionals"], text: "I've had six social workers in two years, I'm sick of telling my story again" },
  { voice: "parent", codes: ["professionals"], text: "The social worker spoke to me like I was stupid in the meeting." },
  { voice: "young_person", codes: ["professionals"], text: "my key worker always turns up when she says she will" },
  { voice: "carer", codes: ["professionals"], text: "Nobody explained what their role was, there were ten professionals round a table." },
  { voice: "young_person", codes: ["professionals"], text: "the police were patronising and talked down to me" },
  { voice: "parent", codes: ["professionals"], text: "Our health visitor was respectful and never rushed us." },
  // barriers_to_help
  { voice: "young_person", codes: ["barriers_to_help"], text: "im scared if I tell anyone they'll take me away from my mum" },
  { voice: "child", codes: ["barriers_to_help"], text: "I think it's my fault so I dont tell nobody" },
  { voice: "young_person", codes: ["barriers_to_help"], text: "I was too ashamed to talk about it, I thought people would judge me" },
  { voice: "young_person", codes: ["barriers_to_help"], text: "I didn't know who to talk to or where to go" },
  { voice: "parent", codes: ["barriers_to_help"], text: "I didn't ask for help because I was frightened they'd say I was a bad mum." },
  { voice: "young_person", codes: ["barriers_to_help"], text: "we were told to keep it a secret or we'd get in trouble" },
  // support_sources
  { voice: "young_person", codes: ["support_sources"], text: "my best mate is the only one I can talk to" },
  { voice: "child", codes: ["support_sources"], text: "my cat sleeps on my bed and makes me feel better" },
  { voice: "young_person", codes: ["support_sources"], text: "Childline got me through the worst night" },
  { voice: "child", codes: ["support_sources"], text: "I go to my nans after school, she makes me dinner" },
  { voice: "young_person", codes: ["support_sources"], text: "the youth club is where I feel safe and the staff are sound" },
  { voice: "young_person", codes: ["support_sources"], text: "Boxing keeps me going, my coach really believes in me." },
  // early_help_access
  { voice: "parent", codes: ["early_help_access"], text: "We were on a waiting list for a year and by then things had fallen apart." },
  { voice: "parent", codes: ["early_help_access"], text: "The family hub helped us early, before it turned into a crisis." },
  { voice: "parent", codes: ["early_help_access"], text: "I was told we weren't bad enough to get support." },
  { voice: "parent", codes: ["early_help_access"], text: "The children's centre closed so there's nowhere to go for advice now." },
  { voice: "carer", codes: ["early_help_access"], text: "We only got a family support worker after the school made a referral." },
  { voice: "parent", codes: ["early_help_access"], text: "I asked for help three times and was just given a leaflet." },
  // young_carers
  { voice: "young_person", codes: ["young_carers"], text: "I look after my mum cos she has MS, I do her tablets and the shopping" },
  { voice: "child", codes: ["young_carers"], text: "I get my brothers ready for school and make their breakfast" },
  { voice: "young_person", codes: ["young_carers"], text: "Being a young carer means I never have time for friends" },
  { voice: "young_person", codes: ["young_carers"], text: "I help my dad get washed and dressed before I go to school" },
  { voice: "young_person", codes: ["young_carers"], text: "I'm basically a parent to my little sisters, I do all the cooking" },
  { voice: "worker", codes: ["young_carers"], text: "She cares for her disabled mother most evenings and is often tired in class." },
  // adolescent_risk
  { voice: "young_person", codes: ["adolescent_risk"], text: "I ran away three times last year and slept at random peoples houses" },
  { voice: "young_person", codes: ["adolescent_risk"], text: "older lads give me weed and get me to drop off parcels" },
  { voice: "young_person", codes: ["adolescent_risk"], text: "everyone just sees me as a troublemaker" },
  { voice: "parent", codes: ["adolescent_risk"], text: "My son goes missing for days and comes back with money and new trainers." },
  { voice: "young_person", codes: ["adolescent_risk"], text: "I stay out all night with my mates rather than go home" },
  { voice: "young_person", codes: ["adolescent_risk"], text: "a man I met online keeps asking me to meet up" },
  // parenting_support
  { voice: "parent", codes: ["parenting_support"], text: "I just want some advice on his tantrums without being judged." },
  { voice: "parent", codes: ["parenting_support"], text: "As a first time mum I had no idea what I was doing." },
  { voice: "parent", codes: ["parenting_support"], text: "My own childhood was awful so nobody showed me how to parent." },
  { voice: "parent", codes: ["parenting_support"], text: "The parenting course gave me clear tips for bedtime routines." },
  { voice: "carer", codes: ["parenting_support"], text: "I don't know how to handle my grandson's behaviour, I need some guidance." },
  { voice: "parent", codes: ["parenting_support"], text: "I felt like a bad mum for struggling with my newborn." },
  // isolation
  { voice: "parent", codes: ["isolation"], text: "Since we moved here I don't know anyone and I'm so isolated." },
  { voice: "young_person", codes: ["isolation"], text: "i have no friends and I never go out" },
  { voice: "parent", codes: ["isolation"], text: "No family nearby and no one to turn to when it gets hard." },
  { voice: "young_person", codes: ["isolation"], text: "I'm stuck indoors all the time, it's so lonely" },
  { voice: "child", codes: ["isolation"], text: "nobody plays with me and I feel left out" },
  { voice: "carer", codes: ["isolation"], text: "Since taking on the children I've lost touch with my friends and feel cut off." },
];
