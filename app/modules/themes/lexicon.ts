/**
 * Cue phrases for the built-in codes, in the words children, young people,
 * parents and carers use (and some of the words workers and charities use when
 * they report them). Written for the kind of language, not for any one set of
 * quotes.
 *
 * Syntax of a cue: words separated by spaces, matched in order within one
 * sentence with up to two other words between them ("left *me* alone"); each
 * word matches by lemma or by a light stem ("listens", "listened",
 * "listening"); a trailing `*` matches any word starting so ("bull*"); a
 * leading `!` marks a cue whose meaning a negation reverses ("not lonely"),
 * so a negated match counts for less. Cues are tiered by how sure they are.
 */
export interface CueTiers {
  strong?: readonly string[];
  medium?: readonly string[];
  weak?: readonly string[];
}

export const TIER_WEIGHT = { strong: 0.6, medium: 0.35, weak: 0.15 } as const;

export const THEME_CUES: Record<string, CueTiers> = {
  basic_needs: {
    strong: [
      "hungry", "hunger", "starving", "starve", "no food", "not enough food", "nothing to eat", "not enough to eat", "any food",
      "food in the house", "food in the fridge", "empty fridge", "empty cupboard", "go without food", "skip meal*", "miss meal*",
      "not fed", "never fed", "feed us", "feed me", "feed them", "feed her", "feed him", "food bank", "foodbank", "filthy",
      "smelly", "smell*", "unwashed", "greasy", "dirty clothes", "clean clothes", "same clothes", "clothes are dirty", "nits",
      "head lice", "lice", "no heating", "cold house", "freezing", "no hot water", "damp", "mould", "bin bag*",
      "rubbish everywhere", "state of the house", "messy house", "house is a mess", "house is dirty", "no bed", "no mattress",
      "sleep on the floor", "shoes too small", "holes in my shoes", "holes in", "no toothbrush", "brush my teeth", "hygiene",
      "nappy", "nappies", "heating or food", "heat or eat", "no clean", "wash my clothes", "wash me", "have a bath",
      "have a shower", "no shower",
    ],
    medium: [
      "food", "fed", "meal*", "dinner", "breakfast", "lunch", "tea time", "clothes", "coat", "shoes", "dirty", "wash*", "bath",
      "shower", "cold", "heating", "mess", "messy", "toilet", "stinks", "stink",
    ],
    weak: [
      "house", "home", "uniform", "room", "hair", "hands", "teeth", "card", "snack*", "fridge", "cupboard", "eat", "ate", "warm",
      "tidy", "clean", "bed", "bedding", "garden", "bottle*", "kitchen",
    ],
  },
  safety_supervision: {
    strong: [
      "left alone", "leave alone", "home alone", "left on my own", "left on our own", "leave on own", "leave us", "leaves us",
      "left us", "leaves me", "left me", "on my own at night", "on my own all", "on our own all", "by myself all", "no adult*",
      "no grown up", "nobody look after", "nobody watch*", "no one look after", "unsupervised", "supervis*", "babysit*",
      "look after ourselves", "goes off for days", "go off for days", "out all night", "comes home late", "nobody knows where",
      "locked in", "lock me in", "locked out", "lock us in", "lock in room", "hit me", "hits me", "hit us", "hits us", "hurt me",
      "hurts me", "hurt us", "beat me", "beats me", "beating", "beat*", "punch*", "kick*", "slap*", "smack*", "strangle*",
      "chok*", "bruise*", "burn*", "physically abus*", "physical abuse", "physically hurt", "violent", "violence", "unsafe",
      "not safe", "dangerous", "danger", "accident*", "injur*", "broken arm", "broken leg", "a&e", "throw things",
      "threw things", "thrown at me", "knife", "weapon", "grab*", "push me", "pushed me", "shake*", "shook", "hurt me more",
      "get hurt", "got hurt", "keep safe", "keep everybody safe", "keep us safe", "keep me safe", "somewhere safe", "feel safe",
      "safe at home", "not safe at home", "abusing me", "abuse me", "abused me", "nobody checks", "no one checks", "where i am",
      "no curfew", "no bedtime", "till 2am", "till 3am", "out till", "out late",
    ],
    medium: [
      "alone", "on my own", "on our own", "by myself", "by ourselves", "safe", "safety", "hurt", "hit", "hits", "abuse", "abus*",
      "harm", "attack*", "strangle", "locked", "lock", "nobody there", "nobody home", "no one home", "fell",
    ],
    weak: [
      "scared", "frightened", "afraid", "terrified", "night", "bedroom", "stairs", "door", "shout*", "scream*", "left",
      "at night", "cut", "scar*", "road", "street*", "angry", "rage", "temper", "police", "oven", "cooker", "wander*", "fire",
      "fall",
    ],
  },
  health: {
    strong: [
      "self-harm", "self harm*", "self-harming", "cut myself", "cutting myself", "cut my arm*", "hurt myself", "hurting myself",
      "kill myself", "killing myself", "suicid*", "end it", "end my life", "want to die", "wanna die", "better off dead",
      "not want to be here", "depress*", "anxiety", "anxious", "panic attack*", "mental health", "low mood", "feel low",
      "feeling low", "really low", "feel down", "feeling down", "worthless", "eating disorder", "not eating", "stop eating",
      "stopped eating", "anorexi*", "bulimi*", "binge*", "purg*", "calorie*", "weight", "body image", "hate my body",
      "hate myself", "doctor*", "gp", "dentist*", "dental", "hospital", "guilt", "guilty", "teeth", "tooth*", "toothache",
      "appointment*", "ill", "illness", "sick", "poorly", "medicine*", "medication", "tablets", "asthma", "diabetes", "cancer",
      "epilep*", "disab*", "autis*", "adhd", "camhs", "therap*", "post natal", "postnatal", "post-natal", "breastfeed*",
      "breast feed*", "health visitor*", "midwi*", "overwhelm*", "can not cope", "not coping", "breakdown", "mental", "ocd",
      "ptsd", "trauma*", "self esteem", "self-esteem", "stress*", "anger issues", "pain", "exhaust*", "insomnia", "nightmare*",
      "flashback*", "health", "unwell", "injection", "vaccin*", "glasses", "eczema", "infection", "a&e", "ambulance",
      "going downhill", "go downhill", "psychiatr*", "psycholog*", "counselling", "wellbeing", "well-being",
    ],
    medium: [
      "sad", "sadness", "crying", "cry", "tears", "tearful", "worried", "worry", "worries", "nervous", "stressed", "tired",
      "sleep*", "awake", "headache*", "stomach", "weight", "unhappy", "miserable", "numb", "hopeless", "struggl*",
    ],
    weak: [
      "brain", "head", "body", "angry", "anger", "down", "low", "ache*", "hurts", "eating", "eat", "food", "scared", "fear*",
      "empty", "lost", "difficult", "tough", "hard time", "coping", "cope",
    ],
  },
  emotional_needs: {
    strong: [
      "nobody loves me", "no one loves me", "do not love me", "not love me", "love me", "loves me", "unloved", "not loved",
      "feel loved", "feel unloved", "nobody care*", "no one cares", "do not care about me", "not care about me", "ignore*",
      "no attention", "attention", "hug*", "cuddle*", "affection", "warmth", "nurture", "never noticed", "nobody notice*",
      "notice how", "do not exist", "not exist", "invisible", "never been born", "never born", "should not have been born",
      "not wanted", "unwanted", "do not want me", "not want me", "wanted me", "proud of me", "praise*", "favourite",
      "treat me different*", "no time for me", "too busy", "on their phone*", "on her phone", "on his phone", "call me names",
      "calls me names", "call me stupid", "rejected", "reject*", "a burden", "belong", "treat me as", "feel like home",
      "not happy at home", "unhappy at home", "nobody to talk to", "shouted at", "shout at me", "shouts at me", "screams at me",
      "scream at me", "left in my room", "in my room all", "hurts a lot", "do not care about us", "miss my mum", "miss my dad",
    ],
    medium: [
      "love", "loved", "unhappy", "feelings", "shout*", "yell*", "scream*", "argu*", "sad", "upset", "cry", "crying", "just cry",
      "lonely", "loneliness", "feel alone", "so alone", "feel sad", "it hurts", "hurtful", "blame me", "my fault",
      "all my fault", "care about me", "care about us",
    ],
    weak: [
      "parents", "at home", "home life", "my home", "family", "home", "care", "cared", "caring", "nice", "kind", "hurt",
      "stress", "alone",
    ],
  },
  parental_difficulties: {
    strong: [
      "drink*", "drunk", "alcohol*", "booze", "beer*", "wine", "vodka", "cider", "hangover", "hungover", "drug*", "off her head",
      "off his head", "off their head*", "stoned", "weed", "cannabis", "cocaine", "heroin", "needle*", "smoking weed",
      "domestic abuse", "domestic violence", "domestic", "argu*", "fight*", "fought", "shouting at each other",
      "screaming at each other", "hits my mum", "hit my mum", "hurts my mum", "hurt my mum", "hit mum", "mum's boyfriend",
      "mum boyfriend", "mum partner", "mum's partner", "dad's girlfriend", "stepdad", "step dad", "step-dad", "jail", "prison",
      "arrested", "police came", "mum is ill", "mum is sick", "mum depress*", "dad depress*", "mum mental health",
      "dad mental health", "in bed all day", "can not get out of bed", "break up", "split up", "splitting up", "divorce*",
      "separat*", "gambl*", "addict*", "rehab", "relapse*", "on drugs", "take drugs", "takes drugs", "coercive",
      "restraining order", "men came", "boyfriends", "getting high", "gets high", "get high", "sleeps all day", "sleep all day",
      "can not wake", "passed out", "pills", "overdose*", "mum takes", "dad takes",
    ],
    medium: [
      "shout*", "scream*", "yell*", "angry", "anger", "temper", "mood*", "police", "violent", "violence", "abus*", "hit", "hits",
      "noisy", "noise", "ill", "illness", "depress*", "throw*", "neglect", "partner", "her partner", "his partner", "bottles",
      "pub", "smash*", "controlling",
    ],
    weak: [
      "worse", "bad", "horrible", "scared", "my mum is", "my dad is", "mum and dad", "my parents are", "my parents", "mum keeps",
      "dad keeps", "mum always", "dad always", "mum never", "dad never", "mum says", "dad says", "mum told me", "mental health",
      "struggling", "can not cope", "not coping", "mum", "dad", "parent*", "bed", "sleep*", "night", "chaotic", "chaos", "fault",
      "brother", "sister", "home", "house", "family",
    ],
  },
  money_housing: {
    strong: [
      "money", "afford*", "can not afford", "poor", "poverty", "skint", "broke", "benefit*", "universal credit", "debt*",
      "bill*", "rent", "evict*", "homeless*", "housing", "council house", "council flat", "temporary accommodation", "hostel",
      "b&b", "share a room", "sharing a room", "share room", "sharing room", "share a bed", "sharing a bed", "overcrowd*",
      "too small", "move house", "moved house", "moving house", "moved around", "move around", "lose our house",
      "lose the house", "lose our home", "pay for", "paid for", "price*", "cost*", "expensive", "budget*", "penny", "pennies",
      "free school meals", "free meals", "wage*", "salary", "low income", "income", "discount*", "cost of living", "meter",
      "pre-payment", "prepayment", "top up", "funds", "public funds", "financ*", "rich", "cheap*", "landlord", "mortgage",
      "bedroom flat", "nowhere to live", "place to live", "sofa surf*", "living rough", "sleep rough", "dinner money",
      "lunch money", "part time job", "unemploy*", "lost his job", "lost her job", "can't buy", "can not buy", "second hand",
      "hand-me-down*", "charity shop", "food bank", "foodbank", "loan*", "owe", "bailiff*", "allowance",
    ],
    medium: [
      "job", "jobs", "treats", "paid", "pay", "new clothes", "school uniform", "uniform", "flat", "electric*", "gas",
    ],
    weak: [
      "family", "parents", "live", "living", "space", "bedroom", "sleep", "bed", "couch", "sofa", "work", "working", "works",
      "card", "house", "home", "room", "move*", "moving", "charity", "struggl*", "situation", "provide", "spend", "shopping",
      "food", "buy", "bought", "heating",
    ],
  },
  school: {
    strong: [
      "school*", "teacher*", "class", "classroom", "lesson*", "homework", "pe kit", "p.e.", "uniform", "head teacher",
      "headteacher", "college", "education", "exam*", "gcse*", "sats", "detention*", "exclu*", "suspended", "attendance",
      "miss school", "missed school", "late for school", "bully*", "bullied", "playground", "primary", "secondary",
      "high school", "year 7", "year 8", "year 9", "year 10", "year 11", "year six", "school work", "schoolwork",
      "teaching assistant", "form tutor", "school nurse", "school trip*", "nursery", "maths", "math", "science", "sen", "senco",
      "education plan", "ehcp", "free school meals", "university", "uni", "sixth form", "break time", "lunchtime", "dinner lady",
      "pupil*", "student*",
    ],
    medium: [
      "good education", "learn*", "study*", "studies", "music", "art", "english", "reading", "writing", "tutor", "pe",
      "subject*", "marks", "grades",
    ],
    weak: [
      "friends", "trouble", "tired", "day", "morning", "clever", "stupid", "pay attention", "concentrat*", "focus",
    ],
  },
  being_heard: {
    strong: [
      "listen*", "nobody listen*", "no one listen*", "not listen*", "hear me", "heard", "hear what", "believe me", "believed",
      "not believe*", "do not believe", "nobody believe*", "take me seriously", "taken seriously", "take seriously",
      "have a say", "a say in", "say in", "voice", "opinion*", "ask me", "asked me", "ask them", "ask what", "ask us",
      "asked us", "never asked", "nobody asked", "nobody asks", "what i think", "what i want", "what we think", "my view*",
      "our view*", "my wish*", "wishes", "speak to me", "spoke to me", "refused to speak", "rights", "without asking",
      "without our", "understand me", "understood", "make suggestions", "suggestion*", "working together", "work together",
      "consult*", "spoken over", "talk over", "talked over", "dismiss*", "brush* off", "fob* off", "did not listen",
      "never listen*", "respect for", "respect kids", "respect children", "pay attention to", "speak up", "speak out",
      "kept in the dark",
    ],
    medium: [
      "understand*", "respect*", "seriously", "feelings", "reject*", "choose", "choosing", "choice*", "decide*", "decision*",
      "lying", "liar", "involved", "included", "notice*", "tell them", "nobody told", "no one told", "nobody tells",
      "told me what", "tell me what", "explain to me", "what is wrong", "what's wrong", "what's going on", "what is going on",
      "actually cared", "someone cared",
    ],
    weak: [
      "talk*", "talked", "speak*", "tell", "told", "ask", "asked", "said", "say", "hear", "care*", "judg*", "words", "want",
      "back", "there for me", "adults",
    ],
  },
  professionals: {
    strong: [
      "social worker*", "social services", "social care", "worker*", "support worker*", "family support worker*", "key worker*",
      "case worker*", "caseworker*", "youth worker*", "lawyer*", "solicitor*", "court*", "judge", "magistrate*",
      "child protection", "cp meeting", "meeting*", "conference*", "patronis*", "patroniz*", "talk down", "talks down",
      "talk to me like", "talks to me like", "like an adult", "like a child", "like a baby", "respectful", "disrespectful",
      "rude", "keep changing", "kept changing", "changed worker*", "different social workers", "new worker", "new social worker",
      "another social worker", "their role", "professional*", "calls me back", "call me back", "phone back", "rang back",
      "turn up", "turned up", "only known", "just a job", "the system", "health visitor*", "iro", "guardian", "cafcass",
    ],
    medium: [
      "staff", "police", "officer*", "nurse*", "doctor*", "gp", "teacher*", "counsellor*", "therapist*", "camhs", "explain*",
      "judged", "watched", "being watched", "kind", "friendly", "visit*", "check in", "check-ins", "check on", "assessment*",
      "review*", "plan", "case", "service*", "agency", "agencies", "manager", "confide", "stranger*", "in care", "foster*",
      "placement*", "take the kids", "take my kids", "take my children", "take them away", "taken away", "take my baby",
      "help me with", "helped me", "suggest*", "referral", "referred", "criticis*", "did not judge", "report*", "they said",
      "paperwork", "care home", "children's home", "inconsistent", "consistent",
    ],
    weak: [
      "help*", "support*", "listen*", "respect*", "care*", "phone*", "call*", "time", "trust*", "interest*", "positive",
      "negative", "feedback", "experience", "judge*",
    ],
  },
  barriers_to_help: {
    strong: [
      "scared to tell", "afraid to tell", "frightened to tell", "too scared", "if i tell", "if i told", "tell someone",
      "tell anyone", "tell somebody", "told someone", "told anyone", "who to tell", "who to talk to", "who would i go to",
      "who to go to", "do not know who", "not know who", "do not know what to do", "not know what to do", "my fault",
      "it is my fault", "all my fault", "blame myself", "blamed myself", "ashamed", "shame*", "embarrass*", "stigma*",
      "take us away", "take me away", "take the kids", "taken into care", "put in care", "split us up", "not believe",
      "nobody believes", "no one believes", "will not believe", "would not believe", "never believe", "keep it secret",
      "keep it a secret", "not allowed to tell", "not allowed to call", "not aloud", "will not let me", "wont let me", "hung up",
      "could not speak", "can not speak", "couldn't speak", "do not realise", "did not realise", "not realise",
      "nobody would know", "nobody know*", "from the outside", "cover up", "covered up", "if they find out", "burden",
      "waste of time", "waste their time", "nobody noticed", "nobody comes", "nobody came", "no one comes", "worried what",
      "what people think", "misgiving*", "too proud", "pride", "put off", "do not want to talk", "not like to talk",
      "do not like to talk", "hard to talk", "hard to say", "difficult to talk", "hard to ask", "scared to ask", "afraid to ask",
      "nobody to tell", "not ask for help", "never ask for help", "frightened they", "scared they", "afraid they",
      "worried they would", "scared they would", "thought they would", "think they will",
    ],
    medium: [
      "scared", "afraid", "frightened", "fear*", "fault", "blame*", "believe*", "secret", "judg*", "neglect*", "what to do",
      "normal", "realis*", "did not know", "not know", "not knowing", "fear", "trust", "unknown", "panic*", "scary",
      "not allowed", "secret*", "assumed", "find out", "get angry", "not say", "can not say", "not ask", "hide", "hid", "hiding",
      "feared", "confide", "ask for help", "asking for help", "judged", "taken away", "into care", "make it worse",
      "make things worse", "get in trouble", "get into trouble",
    ],
    weak: [
      "tell", "told", "telling", "know", "care", "angry", "ask", "help", "understand", "worried", "worry", "trouble", "watched",
      "social workers", "professionals", "outside", "strange*", "realise",
    ],
  },
  support_sources: {
    strong: [
      "best friend*", "my friend*", "pet*", "dog*", "cat*", "hamster", "horse*", "puppy", "youth worker*", "youth club*",
      "youth centre", "nan", "grandad", "grandparent*", "aunt*", "auntie*", "uncle*", "cousin*", "childline", "helpline*",
      "help line", "samaritans", "kooth", "shout", "counsell*", "it helped", "really helped", "help me get through",
      "there for me", "always there", "someone to talk to", "talk to someone", "someone actually cared", "feel better",
      "felt better", "felt so much better", "thank you", "thanks", "grateful", "save lives", "saved my life", "save my life",
      "kept me going", "keep me going", "holding me together", "held me together", "got me through", "get me through",
      "get through", "trusted adult", "foster carer*", "foster family", "older sister", "older brother", "people who love",
      "supportive",
    ],
    medium: [
      "friend*", "music", "football", "sport*", "dance", "drawing", "gaming", "church", "mosque", "faith", "chat*", "couch",
      "sofa", "group", "support group", "listening", "listened", "helps me", "teacher", "school nurse", "amazing", "lovely",
      "kind", "lucky", "cared", "love me", "made me feel", "feel safe", "safe with", "recommend*", "rewarding", "welcomed",
      "club*", "coach*", "mentor*", "stay with", "stayed with", "neighbour*", "mate*", "helped me", "home-start", "home start",
      "cared for", "there for us",
    ],
    weak: [
      "brother", "sister", "sibling*", "boyfriend", "girlfriend", "wrote", "letter", "help me", "help*", "support*", "talk",
      "talking", "listen*", "care*", "love*", "safe*", "trust*", "kind*", "nice", "good", "better", "happy", "family", "people",
      "place",
    ],
  },
  early_help_access: {
    strong: [
      "children's centre", "childrens centre", "children centre", "family centre", "family hub*", "sure start", "early help",
      "family support", "family support worker*", "family worker*", "home-start", "home start", "homestart", "parenting course*",
      "parenting class*", "waiting list*", "threshold*", "not bad enough", "reach out", "ask for help", "asking for help",
      "no support", "not enough support", "get support", "got support", "referral*", "referred", "refer*", "eligible",
      "criteria", "signpost*", "practical help", "practical things", "practical support", "stay and play", "drop-in", "drop in",
      "too late", "crisis", "reach out", "reached out", "sooner", "earlier", "before it got worse", "nothing until",
      "turned away", "turned down", "fell through", "no one helped", "nobody helped",
    ],
    medium: [
      "wait*", "months", "toddler group*", "baby group*", "group*", "services", "service", "help with", "advice", "get help",
      "got help", "getting help", "no help", "any support", "not enough", "health visitor*", "midwi*", "support worker*",
      "benefits", "class*", "course*", "help us", "helped us", "helped me with", "essentials", "lockdown", "on our own", "early",
      "years", "appointments", "taken away",
    ],
    weak: [
      "help", "support*", "helped", "helpful", "worker*", "asked", "ask", "access*", "family", "families", "centre",
      "professionals", "questions", "charity", "free", "offer*", "provide*", "situation", "needs",
    ],
  },
  young_carers: {
    strong: [
      "!young carer*", "carer for my", "caring for", "care for my", "care for mum", "care for dad", "caring role",
      "look after my mum", "look after my dad", "look after mum", "look after dad", "look after my brother*",
      "look after my sister*", "look after my siblings", "look after the little ones", "look after my little",
      "look after the kids", "looking after", "look after my", "put her to bed", "put him to bed", "put them to bed",
      "put my brother* to bed", "put my sister* to bed", "get my brother* ready", "get my sister* ready", "get them ready",
      "take my brother* to school", "take my sister* to school", "cook for", "cook dinner", "make dinner", "make the tea",
      "make tea for", "do the shopping", "give her medicine", "give him medicine", "her medication", "his medication",
      "grown up too fast", "grow up fast", "like a parent", "like a mum to", "mum to my", "parent my", "no time for myself",
      "caring was my job", "feed my", "bath my", "babysit*",
    ],
    medium: [
      "carer", "!caring", "responsib*", "demanding", "my job", "housework", "chores", "wheelchair", "do all the", "help mum",
      "help my mum", "help dad", "help my dad", "look after her", "look after him", "look after them", "help her get",
      "help him get",
    ],
    weak: [
      "dress*", "care", "brother*", "sister*", "sibling*", "little ones", "younger", "mum", "dad", "tired", "irritable",
      "school work", "clean*", "wash*", "cook*", "shop*", "ill", "disab*", "illness", "sick",
    ],
  },
  adolescent_risk: {
    strong: [
      "run away", "ran away", "running away", "runaway", "run off", "ran off", "go missing", "went missing", "gone missing",
      "missing from home", "reported missing", "reported to the police", "reported me", "call the police", "stay out all night",
      "stayed out all night", "out all night", "out in the night", "out at night", "sneak* out", "sleep rough", "living rough",
      "on the streets", "on the street", "sofa surf*", "arrest*", "get in trouble", "got in trouble", "troublemaker",
      "trouble maker", "bad crowd", "wrong crowd", "hang around", "hang out with", "hanging around", "gang*", "county lines",
      "groom*", "exploit*", "older boys", "older men", "older guy*", "deal drugs", "kicked out", "thrown out", "chucked out",
      "labelled", "naughty", "bad kid", "bad stuff", "do bad", "excluded", "youth offending", "nudes", "sext*", "older lads",
      "parcels", "drop off", "carry things", "gave me money", "new trainers", "picked up by the police", "weed", "met online",
      "man online", "someone online", "online boyfriend", "asking me to meet", "wants to meet me", "send pics", "send photos",
    ],
    medium: [
      "couch", "trouble", "in trouble", "police", "online", "meet up", "party", "parties", "smok*", "vape*", "drugs", "fight*",
      "all night", "escape", "get away", "risk*", "disappear*", "stay away", "leave home", "had to leave", "left home", "label*",
      "in town", "knife", "knives", "reckless", "dealing", "kick off", "kicking off", "get into fights",
    ],
    weak: [
      "teenager", "teen*", "older", "boyfriend", "girlfriend", "weekend", "friend*", "group", "crowd", "mates", "night", "town",
      "street*", "leave", "left", "away", "run", "punished", "drink*", "care",
    ],
  },
  parenting_support: {
    strong: [
      "parenting", "as a parent", "as a mum", "as a mother", "as a dad", "as a father", "my parenting", "our parenting",
      "parenting course*", "parenting class*", "advice", "tips", "how to cope with", "my child's behaviour", "tantrum*",
      "meltdown*", "sleep routine", "bedtime", "did not judge", "not judge", "my own childhood", "how i was brought up",
      "nobody showed me", "first time mum", "first-time mum", "second time mum", "new mum", "new baby", "newborn", "breastfeed*",
      "breast feed*", "wean*", "clear information", "leaflet*", "felt lost", "good mum", "bad mum", "bad parent", "good parent",
      "our parenting", "baby massage", "antenatal", "guidance",
    ],
    medium: [
      "judge*", "judged", "judging", "criticis*", "baby", "babies", "toddler*", "feeding", "my son", "my daughter", "my kids",
      "my children", "my child", "my teenager", "our son", "our daughter", "our children", "our kids", "information", "routine*",
      "confidence", "failing", "first aid", "labour", "birth", "pregnan*", "toddler group*", "mum and baby",
      "struggling with my", "cope with my", "postnatal", "post natal", "brought up", "my own mum", "his behaviour",
      "her behaviour",
    ],
    weak: [
      "the kids", "the children", "my family", "groups", "learn", "support*", "help*", "cope", "coping", "struggl*", "lost",
      "tired", "daughter", "son", "kids", "children", "child",
    ],
  },
  isolation: {
    strong: [
      "!isolat*", "!lonely", "!loneliness", "no friends", "have no friends", "got no friends", "nobody to talk to",
      "no one to talk to", "nobody to turn to", "no one to turn to", "know nobody", "did not know anyone", "do not know anyone",
      "no family nearby", "no family", "cut off", "can not see my friends", "miss my friends", "miss my old friends",
      "miss my old", "no one around", "nobody around", "no support network", "support network", "nowhere to go", "feel lonely",
      "so lonely", "none of my friends", "no one to play with", "nobody to play with", "no mates", "outsider",
    ],
    medium: [
      "community", "neighbour*", "on our own", "on my own", "by myself", "!alone", "!feel alone", "lockdown", "make friends",
      "making friends", "make new friends", "fit in", "do not fit in", "not fit in", "excluded", "left out", "could not see",
      "unable to see", "all on my own", "nobody else", "no one else", "stuck at home", "stuck inside", "stuck indoors",
      "moved here", "new area", "isolating",
    ],
    weak: [
      "friends", "friend", "family", "own", "area", "moved", "lost", "sad", "nobody",
    ],
  },
};
