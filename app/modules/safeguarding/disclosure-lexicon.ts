/**
 * Lexicon of the disclosure detector: each rule is a phrase pattern over the
 * normalised text (see disclosure-normalise.ts: lower case, contractions
 * expanded, "no one" spelled "nobody", text-speak mapped to words).
 *
 * A strong rule is enough on its own when it is current (not past, negated or
 * generic). Weak rules are signs that are common in ordinary lives (a parent
 * drinking, shouting, being scared); two different weak kinds together, or one
 * with a plea for help, are treated as a possible disclosure.
 */

export type HarmKind =
  | "physical_abuse"
  | "sexual_abuse"
  | "emotional_abuse"
  | "neglect"
  | "domestic_abuse"
  | "self_harm"
  | "suicidal"
  | "exploitation"
  | "fear_at_home"
  | "threat"
  | "abuse";

export type WeakKind =
  | "parent_substance"
  | "shouting"
  | "conflict_at_home"
  | "police_at_home"
  | "fear"
  | "feeling_unloved"
  | "running_away"
  | "hunger"
  | "left_alone"
  | "kicked_out"
  | "hopeless"
  | "injury"
  | "neglect_signs"
  | "night_visits"
  | "left_to_cope"
  | "eating_harm"
  | "secrecy"
  | "cold_home"
  | "cruelty"
  | "control"
  | "hearing_violence";

export interface Rule {
  id: string;
  kind: HarmKind | WeakKind;
  strong: boolean;
  re: RegExp;
  /** The phrase itself is in the present ("hits me", "i want to die"): current unless framed as past. */
  present?: boolean;
  /** "not", "never", "nobody" just before (or inside) the phrase cancel it. */
  negatable?: boolean;
  /**
   * Needs a specific person in the sentence or the next to it (I, my ..., the child, she ...),
   * for topic words like "abuse"; or a pattern of its own.
   */
  anchor?: boolean | RegExp;
  /** Skip when the text before the phrase (same sentence) matches. */
  notBefore?: RegExp;
  /** Skip when the text after the phrase (same sentence) matches. */
  notAfter?: RegExp;
  /** Only when the text before the phrase (same sentence) matches. */
  needBefore?: RegExp;
  /** Also count "not", "never" inside the phrase (patterns that start at the subject: "i am not being hit"). */
  negInside?: boolean;
  /** Only when the sentence matches. */
  requires?: RegExp;
  /** Strong only when the sentence (or the next) matches this; weak otherwise. */
  strongIf?: RegExp;
}

const g = (source: string) => new RegExp(source, "g");

/** A home that belongs to someone particular: the writer's, a named child's, or "the house" being described. */
const HOME_ANCHOR =
  /\b(?:i|me|my|we|us|our|she|he|her|him|his|they|them|their)\b|\b(?:the|this|that) (?:child|kid|kids|children|baby|family|house|flat|home|kitchen|garden|bedroom)\b/;


/** After a topic word: a service or a subject, not something happening ("domestic abuse services"). */
const TOPIC_AFTER = /^ (?:services?|support|charity|charities|workers?|team|refuge|helplines?|awareness|training|policy|policies|course|programme|project|officers?|lessons?|strategy|definition|crisis|centres?|units?|leaflets?|posters?|campaigns?|prevention|research|is (?:wrong|never ok|a crime|not ok))\b/;

// Who: the writer, a brother or sister, a parent (for domestic abuse), a specific child.
const KIN = String.raw`(?:(?:little|baby|big|younger|older|twin|half|step) )?(?:brother|sister|brothers|sisters|sibling|siblings|son|daughter|child|children|kids|baby|babies|mum|nan|gran)`;
const OBJ = String.raw`(?:me|us|my ${KIN}|her|him|them|mum|the (?:kids|children|baby|little ones))`;
const REFLEXIVE = String.raw`(?:myself|herself|himself|themselves|themself)`;
const ADULT = String.raw`(?:(?:my|our|her|his) )?(?:mum|dad|stepdad|stepmum|parents?|carers?|foster (?:carers?|mum|dad)|nan|gran|grandad|grandma|uncle|aunt|auntie|boyfriend|girlfriend|partner|husband|wife|ex)|mum's (?:boyfriend|partner|husband)|dad's (?:girlfriend|partner|wife)|mum and dad|dad and mum`;
const PARENT = String.raw`(?:${ADULT}|he|she)`;
const PARENT_OR_THEY = String.raw`(?:${ADULT}|he|she|they)`;
const ACCIDENT = String.raw`^ (?:\w+ )?(?:by accident|accidentally|playing|at (?:football|rugby|school|training|pe|the park|boxing|karate|gymnastics)|in (?:pe|football|a match|a game)|during|when i fell|falling|on (?:a|the|some) \w+|doing|while|with (?:a|the) (?:knife|ball)|shaving|cooking|chopping)`;

/** Intensity or repetition that makes a weak sign strong. */
const OFTEN = String.raw`\b(?:all the time|every (?:day|night|morning|evening|weekend|time)|most (?:days|nights|weekends)|constantly|always|a lot|lots of times|loads|again|keeps?|non-?stop|24/7|for (?:days|hours)|all (?:night|day|weekend))\b`;
const LEFT_FOR = String.raw`\b(?:for (?:days|hours|ages|the (?:night|weekend|week|day)|a (?:few days|week|night|weekend)|nights?|weeks?)|all (?:night|day|weekend)|overnight|at night|every (?:night|day|weekend|time)|a lot|lots|all the time|most (?:nights|days)|often|sometimes|too much|until late|till late|always|again|when (?:she|he|they|mum|dad|my \w+) (?:goes|go|went|is|are|gets|get|drinks|drink)|while (?:she|he|they|mum|dad)|lots of times|loads)\b`;

export const RULES: Rule[] = [
  // ---------------------------------------------------------------- physical abuse
  {
    id: "hits-present",
    kind: "physical_abuse",
    strong: true,
    present: true,
    negatable: true,
    re: g(String.raw`\b(?:hits|hitting|beats|beating|punches|punching|kicks|kicking|slaps|slapping|smacks|smacking|chokes|choking|strangles|strangling|throttles|throttling|hurts|hurting|pushes|pushing|shoves|shoving|grabs|grabbing|drags|dragging|burns|burning|stabs|stabbing|batters|battering|whips|whipping|belts|belting|headbutts|headbutting|bites|biting|suffocates|suffocating) ${OBJ}\b`),
    notBefore: /\b(?:i|we|you|it|that|this|which|what|ball) $/,
    notAfter: /^ (?:out|at (?:fifa|games?|chess|football|cards|\w+ing)|to (?:do|be|work|try|the))|^ (?:\w+ ){0,4}?(?:play fighting|playfighting|messing (?:about|around)|by accident|accidentally|as a joke|for a laugh|while (?:we were )?playing)\b/,
  },
  {
    id: "hit-ambiguous",
    kind: "physical_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:hit|beat|punched|kicked|slapped|smacked|choked|strangled|throttled|hurt|pushed|shoved|grabbed|dragged|burned|burnt|stabbed|battered|whipped|belted|headbutted|bit|suffocated|beat up|beaten up) ${OBJ}\b`),
    notBefore: /\b(?:i|we|you|it|that|this|which|what|ball|words) $/,
    notAfter: /^ (?:out|at (?:fifa|games?|chess|football|cards|\w+ing)|to (?:do|be|work|try|the)|(?:feelings|by (?:a|the) (?:ball|car|bike)))|^ (?:\w+ ){0,4}?(?:play fighting|playfighting|messing (?:about|around)|by accident|accidentally|as a joke|for a laugh|while (?:we were )?playing)\b/,
  },
  {
    id: "tried-to-hurt",
    kind: "physical_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:tried|tries|trying|try|wants?|threatens?|threatened|threatening) to (?:strangle|choke|hit|hurt|kill|stab|drown|suffocate|beat|punch|kick|batter|smother|burn) ${OBJ}\b`),
    notBefore: /\b(?:i|we|you) $/,
  },
  {
    id: "throws-at",
    kind: "physical_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:throws|throwing|threw|thrown|chucks|chucking|chucked|lobs|lobbed) (?:\w+ ){1,3}at ${OBJ}\b`),
    notBefore: /\b(?:i|we|you) $/,
  },
  {
    id: "passive-hit",
    negInside: true,
    kind: "physical_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:i|we|my ${KIN}|she|he) (?:\w+ ){0,2}?(?:get|gets|getting|am|are|is|being|been|got|was|were) (?:\w+ )?(?:hit|beaten|beat|beat up|battered|punched|kicked|slapped|smacked|strangled|choked|whipped|belted|burnt|burned|thrown around|pushed around|knocked about|knocked around|knocked out)\b|\b(?:i|we|my ${KIN}|she|he) (?:\w+ ){0,2}?(?:get|gets|getting|got|being|been) (?:\w+ )?hurt\b`),
    notAfter: new RegExp(ACCIDENT + String.raw`|^ (?:by (?:a|the) (?:ball|car|bus|bike))`),
  },
  {
    id: "left-marks",
    kind: "physical_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:gives?|gave|giving|leaves?|left|leaving) (?:me|us|her|him|them) (?:with )?(?:a |some )?(?:bruises|bruised|bruise|black eyes?|marks|welts|a fat lip|cuts|burns|a split lip)\b`),
  },
  {
    id: "body-part",
    kind: "physical_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:twist|twists|twisted|twisting|pull|pulls|pulled|pulling|yank|yanks|yanked|yanking|grab|grabs|grabbed|grabbing|squeeze|squeezes|squeezed|squeezing|punch|punches|punched|slap|slaps|slapped|kick|kicks|kicked|bang|bangs|banged|smash|smashes|smashed|shake|shakes|shook|shaking|drag|drags|dragged|dragging|bend|bends|bent|stamp|stamps|stamped|stamps on|stamped on|hit|hits|hitting|burn|burns|burnt|burned) (?:me |us |her |him )?(?:by |on |round |across |in )?(?:my|her|his|our|the) (?:arms?|hair|neck|throat|face|head|wrists?|ears?|legs?|fingers|back|stomach|tummy|belly|chest|ribs|hands?)\b|\b(?:held|holds|hold|holding|pinned|pins|pinning|pin) (?:me|us|her|him) (?:down|against (?:the|a) (?:wall|door|floor|bed))\b|\bhands? (?:round|around|on) (?:my|her|his) (?:neck|throat)\b|\b(?:spits|spat|spitting) (?:on|at|in) (?:me|us|my face)\b`),
    notBefore: /\b(?:i|we|you|it|ball|dog|cat|baby|brother|sister) $/,
    notAfter: /^ (?:in (?:football|rugby|pe|a match|the game|play)|playing|by accident|when (?:i|we) (?:fell|were playing))/,
  },
  {
    id: "a-beating",
    kind: "physical_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:get|gets|getting|got|give (?:me|us|her|him)|gives (?:me|us|her|him)|gave (?:me|us|her|him)|giving (?:me|us|her|him)) (?:a |another )?(?:good )?(?:beating|hiding|slap|smack|slapping|belting|kicking|battering|leathering|the belt|the slipper|the wooden spoon|clip round the ear|punch|whack|thump)\b`),
    notAfter: /^ (?:at (?:fifa|games?|football|chess)|in (?:the|a) (?:game|match))/,
  },
  {
    id: "violent",
    kind: "physical_abuse",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\b(?:is|are|gets|get|getting|can be|becomes|has been|have been|was|were|goes|go) (?:so |really |very |quite |extremely )?(?:violent|physical with (?:me|us|mum|her))\b|\bviolen(?:t|ce) (?:to|towards|with|at|against) (?:me|us|mum|my|her|him)\b|\bviolence (?:at home|in (?:my|our|the) (?:house|home|family))\b`),
  },
  {
    id: "comes-with-bruises",
    kind: "physical_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:comes?|came|coming|turns? up|turned up|arrives?|arrived) (?:in|into school|to school|to class)? ?(?:with|covered in) (?:\w+ )?(?:bruises|a black eye|black eyes|marks|burns|cuts|welts)\b`),
  },
  {
    id: "bruises",
    kind: "injury",
    strong: false,
    negatable: true,
    anchor: true,
    re: g(String.raw`\b(?:bruises|bruise|a black eye|black eyes|marks|welts|burns|belt marks) (?:\w+ ){0,2}?(?:on|all over) (?:my|her|his|their|me)\b`),
    notAfter: /^ \w+ (?:from|at|in|after) (?:football|rugby|playing|pe|sport|school|falling|the (?:park|match|game)|a fall)/,
  },

  // ---------------------------------------------------------------- abuse (the word)
  {
    id: "abuses-me",
    kind: "abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:abuses|abusing|abused|abuse|mistreats|mistreating|mistreated|ill-?treats) (?:me|us|her|him|them|my \w+)\b`),
  },
  {
    id: "get-abuse",
    negInside: true,
    kind: "abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:i|we|she|he|they|my ${KIN}) (?:\w+ ){0,2}?(?:get|gets|getting|am|are|is|being|been|was|were|got|suffer|suffers|suffering|experience|experiencing|going through|living with|live with) (?:(?:being|been|so|really|often|constantly|always|physically|sexually|emotionally|mentally|verbally|badly|still|a lot of|lots of|loads of|some|constant|ongoing|horrible|terrible) )*(?:abuse|abused|mistreated)\b`),
  },
  {
    id: "abusive",
    kind: "abuse",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\b(?:is|are|being|been|was|were|gets|get|getting|becomes|can be) (?:\w+ )?(?:abusive|abusing)\b|\babusive (?:dad|mum|stepdad|stepmum|parents?|home|household|boyfriend|partner|relationship|husband|family|carers?)\b`),
  },
  {
    id: "abuse-noun",
    kind: "abuse",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\b(?:ongoing|constant|continuous|physical|sexual|emotional|mental|psychological|verbal|child) abuse\b|\babuse (?:at home|from (?:my|him|her|them|mum|dad)|in (?:my|our|the) (?:house|home|family))\b`),
    notAfter: TOPIC_AFTER,
    notBefore: /\b(?:about|on|of|awareness|against|tackling|prevent|preventing|training|report|reporting|survivors?) $/,
  },
  {
    id: "domestic-abuse",
    kind: "domestic_abuse",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\bdomestic (?:violence|abuse)\b`),
    notAfter: TOPIC_AFTER,
    notBefore: /\b(?:about|on|of|awareness|against|tackling|prevent|preventing|training|report|reporting|survivors?|services?|charity) $/,
  },
  {
    id: "neglect-word",
    kind: "neglect",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\b(?:neglected|neglecting|neglects|neglect)\b`),
    notBefore: /\b(?:about|on|of|awareness|against|tackling|prevent|preventing|training|report|reporting|strategy|define|definition|means|recognise|spot) $/,
    notAfter: TOPIC_AFTER,
  },

  // ---------------------------------------------------------------- sexual abuse and exploitation
  {
    id: "touches",
    kind: "sexual_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:touches|touching|touch|touched|gropes|groping|groped|fondles|fondling|fondled|feels up|felt up|rubs|rubbing) (?:me|her|him|us)\b`),
    notBefore: /\b(?:i|we|you|it|that|this|phone|screen|the) $/,
    notAfter: /^ (?:on the (?:shoulder|arm|hand|back|head)|emotionally|deeply|when i (?:am|feel) (?:sad|upset)|to (?:comfort|calm|wake))/,
  },
  {
    id: "touches-private",
    kind: "sexual_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:touches|touching|touched|touch|plays with|played with|feels|felt|rubs|rubbed|grabs|grabbed|looks at|shows me|showed me|makes me touch|made me touch) (?:\w+ ){0,2}?(?:my|her|his|their|our) (?:private|privates|private parts|private bits|bits|willy|penis|dick|vagina|fanny|bum|bottom|boobs|breasts|chest|thing down there)\b|\btouch(?:es|ed|ing)? me (?:down there|where i do not (?:like|want))\b`),
    notBefore: /\b(?:i|we|you|doctor|nurse) $/,
  },
  {
    id: "makes-me-sexual",
    kind: "sexual_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:makes?|made|making|forces?|forced|forcing|tells?|told|wants?|wanted|asks?|asked|gets?|got|pressures?|pressured) (?:me|us|her|him) (?:to )?(?:touch (?:him|her|his|it|them)|do (?:sexual|sex|rude|naughty|dirty|private) (?:things|stuff)|do (?:things|stuff) (?:i|she|he) (?:do|does|did) not (?:want|like)|watch (?:porn|rude|dirty|sex)\w*|take (?:off )?(?:my|her|his|our|all (?:my|her|his)) clothes(?: off)?|get naked|undress|have sex|sleep (?:with|in) (?:him|her|his bed|their bed)|kiss (?:him|her) (?:on the lips|properly)|send (?:him |her |them )?(?:nudes|naked|pics|pictures|photos|videos|selfies))\b`),
  },
  {
    id: "intrudes",
    kind: "sexual_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:comes|coming|come|came|walks|walking|walked|barges|barged|keeps coming) (?:in|into) (?:the bathroom|my (?:room|bedroom)|the shower) (?:\w+ )?(?:when|while) (?:i am|i|she is|he is) (?:in the (?:shower|bath)|getting (?:changed|dressed|undressed)|changing|undressed|naked|asleep|in bed)\b|\b(?:watches|watched|watching|films|filmed|filming|takes pictures of|took pictures of|photographs|photographed) (?:me|her|him|us) (?:\w+ ){0,3}?(?:in the (?:shower|bath)|getting (?:changed|dressed|undressed)|changing|undress|naked|sleeping|when i am asleep)\b`),
  },
  {
    id: "secrecy",
    kind: "secrecy",
    strong: false,
    re: g(String.raw`\bour (?:little )?secret\b|\bkeep (?:it|this) (?:a )?secret\b|\b(?:says|said|told me|tells me|made me promise) (?:not|never) to tell (?:anyone|anybody|mum|dad|my mum|my dad|the teacher|my teacher)\b|\b(?:get in trouble|be taken away|be put in care|hurt (?:me|mum|my \w+)|kill (?:me|mum|my \w+)) if i (?:tell|told|say|said|ever tell)\b|\b(?:not allowed|never allowed|not supposed|not meant) to (?:talk|tell|say|speak) (?:anything )?(?:about|to anyone about) (?:home|what happens at home|what goes on|what happens|it)\b`),
  },
  {
    id: "age-gap",
    kind: "exploitation",
    strong: true,
    re: g(String.raw`\b(?:boyfriend|girlfriend|he|she|him|man|guy|partner) is (?:1[89]|[2-9]\d|nineteen|twenty|thirty|forty)\b(?: \w+){0,3}? (?:and|but) (?:i am|she is|he is) (?:only )?(?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)\b|\b(?:i am|she is|he is) (?:only )?(?:1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)\b(?: \w+){0,3}? (?:and|but) (?:my|her|his) (?:boyfriend|girlfriend|partner) is (?:1[89]|[2-9]\d|nineteen|twenty|thirty|forty)\b`),
  },
  {
    id: "grooming-cue",
    kind: "secrecy",
    strong: false,
    re: g(String.raw`\b(?:says|said|tells me|told me|keeps saying) (?:that )?(?:i am|i'm|she is|he is) (?:so |really )?(?:special|mature for (?:my|her|his) age|his girlfriend|her boyfriend|different from other (?:girls|boys))\b`),
  },
  {
    id: "blackmail",
    kind: "exploitation",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:blackmail|blackmails|blackmailing|blackmailed|sextortion)\b|\b(?:threatening|threatens|threatened|going) to (?:share|send|post|leak|show) (?:my|the) (?:pics|pictures|photos|nudes|videos|images)\b`),
  },
  {
    id: "rape",
    kind: "sexual_abuse",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\b(?:rape|raped|raping|rapes|rapist|molest|molested|molesting|molests|sexually (?:abused|abusing|assaulted|assaulting|touched|touching)|sexual (?:abuse|assault)|assaulted me|assaults me|groomed|grooming|grooms me)\b`),
    notAfter: TOPIC_AFTER,
    notBefore: /\b(?:about|on|of|awareness|against|tackling|prevent|preventing|training|report|reporting|survivors?|jokes?) $/,
  },
  {
    id: "into-my-bed",
    kind: "sexual_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:comes|come|came|coming|gets|got|climbs|climbed|crawls|crawled) into (?:my|our|her) bed\b`),
    notAfter: /^ (?:when (?:i|she|he) (?:am|is) (?:scared|ill|sick)|after a (?:nightmare|bad dream))/,
  },
  {
    id: "night-visits",
    kind: "night_visits",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:comes|come|came|coming) into (?:my|our) (?:room|bedroom) (?:at night|late|every night|when (?:everyone|mum|dad|they) (?:is|are) asleep)\b`),
  },
  {
    id: "nudes",
    kind: "exploitation",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:sends?|sent|sending|shows?|showed|showing) (?:me|us|her|him) (?:nudes|naked \w+|rude (?:pics|pictures|photos|videos)|dirty (?:pics|pictures|photos|videos|messages)|porn|sexual \w+|(?:his|her) (?:private|privates|willy|penis|dick|thing|body))\b|\b(?:asks?|asked|asking|wants?|wanted|keeps asking|pressuring|pressures|pressured|begging) (?:me |her |him )?(?:for|to send) (?:nudes|naked|pics of (?:me|myself|her)|pictures of (?:me|myself|her)|photos of (?:me|myself|her))\b`),
  },
  {
    id: "drug-running",
    kind: "exploitation",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:makes?|made|making|forces?|forced|tells?|told|gets?|got|uses?|used|pays?|paid) (?:me|us|him|her) (?:to )?(?:sell|deliver|carry|hold|move|drop off|run|stash|keep) (?:\w+ )?(?:drugs|weed|stuff|packages|parcels|gear|bags|knives|a knife)\b|\bcounty lines\b|\b(?:owe|owes) (?:them|him|people|a dealer|dealers) (?:money|a debt)\b`),
  },
  {
    id: "older-gifts",
    kind: "exploitation",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:(?:older|grown|adult) (?:man|men|guys?|boys?|lads?|people|friends?|boyfriend|girlfriend)|(?:a|an|some|this|these) (?:older )?(?:man|men|guy|guys|bloke|blokes|adults?))\b(?: \w+){0,10}? (?:gives?|gave|buys?|bought|giving|buying|offers?|offered) (?:me|us|her|him) (?:\w+ )?(?:drugs|alcohol|weed|money|cash|lifts|presents|gifts|vapes|phones?|stuff|things|drinks|vodka|cider|booze|fags|cigarettes|trainers|clothes|takeaways)\b`),
  },

  // ---------------------------------------------------------------- emotional abuse, control, threats
  {
    id: "calls-me",
    kind: "emotional_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:calls?|calling|called) (?:me|us|her|him) (?:names|horrible names|(?:a |an |the )?(?:\w+ )?(?:stupid|thick|fat|ugly|worthless|useless|pathetic|disgusting|idiot|mistake|waste|disgrace|bitch|slag|slut|whore|retard|loser|failure|freak|cow|pig|scum|animal|dumb|bastard|monster|devil|nothing))\b`),
    notBefore: /\b(?:i|we|you) $/,
  },
  {
    id: "says-im-worthless",
    kind: "emotional_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:says|said|saying|tells (?:me|us)|told (?:me|us)|telling (?:me|us)|keeps (?:saying|telling (?:me|us))|always (?:saying|says|tells (?:me|us))|shouts|shouted|screams|screamed|yells|yelled) (?:that )?(?:i am|i was|i will always be|i will never be|you are|you were|you will|we are) (?:\w+ ){0,2}?(?:stupid|worthless|useless|a mistake|a waste|fat|ugly|nothing|a burden|a disgrace|a failure|pathetic|disgusting|evil|a freak|a loser|unwanted|not wanted|good for nothing|not (?:good enough|worth)|the reason|to blame|better off dead|dead to)\b`),
  },
  {
    id: "nobody-will-love",
    kind: "emotional_abuse",
    strong: true,
    re: g(String.raw`\b(?:saying|says|said|tells (?:me|her|him)|told (?:me|her|him)|keeps saying) (?:that )?(?:nobody|not anyone) (?:would|will|could) (?:ever )?(?:love|want|believe|like|care about) (?:me|you|her|him)\b`),
  },
  {
    id: "never-been-born",
    kind: "emotional_abuse",
    strong: true,
    present: true,
    re: g(String.raw`\b(?:should|shouldnt) (?:not |never )?have been born\b|\bwish(?:es|ed)? (?:you|she|he|they) (?:was|were|had) never (?:been )?born\b|\b(?:never|did not|does not) (?:wanted|wants?|want|asked for) (?:me|us)\b|\bwish(?:es|ed)? (?:i|you) (?:was|were) dead\b|\b(?:you|i) (?:am|are|was|were) (?:a|an) (?:mistake|accident they regret)\b`),
  },
  {
    id: "locked-in",
    kind: "emotional_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:locks?|locked|locking|shuts?|shutting) (?:me|us|her|him|them|my ${KIN}) (?:\w+ )?(?:in|out|inside|outside|away)(?: of)?\b|\b(?:keeps?|kept|keeping) (?:me|us|her|him|them|my ${KIN}) (?:locked|shut) (?:in|up|away)\b`),
    notBefore: /\b(?:i|we|you) $/,
    notAfter: /^ (?:my|the|of my|of the) (?:account|phone|computer|ipad|laptop|tablet|game|xbox|playstation|console)|^ (?:with (?:a|the) key)/,
  },
  {
    id: "left-in-room",
    kind: "neglect",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:locked|shut|kept|left|keeps (?:me|us)|leaves (?:me|us)|leave (?:me|us)) (?:\w+ )?(?:in|inside) (?:my|our|the|a|his|her) (?:bed)?(?:room|rooms|cupboard|shed|car|garden|loft|attic|cellar|basement)\b(?=.*(?:alone|on my own|all (?:the time|day|night|weekend)|for (?:hours|days|ages)|every (?:day|night)|always|without|nobody|locked))`),
  },
  {
    id: "not-allowed-food",
    kind: "neglect",
    strong: true,
    re: g(String.raw`\b(?:not allowed|never allowed|not aloud|never aloud|will not let (?:me|us)|does not let (?:me|us)|do not let (?:me|us)|never lets? (?:me|us)|stops? (?:me|us) (?:from )?) (?:to )?(?:eat|eating|have (?:any )?(?:food|dinner|tea|breakfast|lunch|a drink|water|anything to eat)|any food|food|out of (?:my|our|the) (?:room|bedroom)|leave (?:my|our|the) (?:room|bedroom|house)|go to the toilet|use the toilet|wash|shower|have a (?:bath|shower)|go to school|see a doctor|go to the (?:doctor|doctors|dentist))\b`),
  },
  {
    id: "makes-sleep-outside",
    kind: "emotional_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:makes?|made|making) (?:me|us) (?:sleep|stay|stand|wait|sit) (?:outside|in the (?:garden|shed|car|cold|corner|dark|cupboard|bath)|on the (?:floor|doorstep|step)|for hours)\b`),
  },
  {
    id: "threatens",
    kind: "threat",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\b(?:threatens?|threatened|threatening|threats to) (?:me |us |mum |her |him )?(?:to )?(?:kill|hurt|hit|beat|stab|batter|smash|throw (?:me|us) out|kick (?:me|us) out|put (?:me|us) in care|send (?:me|us) away|take (?:me|us) away)\b|\b(?:said|says|told (?:me|us)|tells (?:me|us)|keeps saying|swears|swore) (?:that )?(?:he|she|they)?\s?(?:will|would|is going to|are going to|going to|gonna) (?:kill|hurt|hit|beat|stab|batter|smash|strangle) (?:me|us|my|her|him|mum)\b`),
  },
  {
    id: "scared-they-will-hurt",
    kind: "threat",
    strong: true,
    re: g(String.raw`\b(?:scared|afraid|frightened|terrified|petrified|worried|fear|frightening) (?:that )?(?:${PARENT_OR_THEY}) (?:will|would|might|is going to|are going to|going to|could|may) (?:\w+ ){0,3}?(?:hurt|hit|kill|beat|attack|batter|harm|kick|punch|strangle) (?:me|us|my|her|him|mum)\b`),
  },

  // ---------------------------------------------------------------- fear at home
  {
    id: "scared-to-go-home",
    kind: "fear_at_home",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:scared|afraid|frightened|terrified|petrified|dread|dreading|dreads|too scared|frightens me|scares me) (?:to go|of going|going|to be|of being|being|to get|to come) (?:back )?(?:home|at home|in the house|back to (?:my|the|our) (?:house|flat|home))\b`),
  },
  {
    id: "not-safe-home",
    kind: "fear_at_home",
    strong: true,
    re: g(String.raw`\b(?:not|never|no longer) (?:feel |am |are |feeling )?(?:safe|secure) (?:at home|in (?:my|our) (?:own )?(?:house|home|room|bed|flat|bedroom)|at (?:my|our) (?:house|dad's|mum's|flat)|with (?:my \w+|him|her|them|mum|dad)|around (?:him|her|them|my \w+|mum|dad))\b|\bunsafe (?:at home|in (?:my|our) (?:own )?(?:house|home|flat))\b|\b(?:home|my house|our house|it) (?:is not|does not feel|never feels) safe\b`),
  },
  {
    id: "not-want-home",
    kind: "fear_at_home",
    strong: true,
    re: g(String.raw`\b(?:do not|never|not) want to (?:go|be|get) (?:back )?home\b|\b(?:can not|could not|daren't|dare not) go (?:back )?home\b`),
    notAfter: /^ (?:yet|now|early|because (?:it is|i am having) (?:fun|a good))/,
  },
  {
    id: "scared-of-parent",
    kind: "fear_at_home",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:scared|afraid|frightened|terrified|petrified) (?:of|by) (?:my |our )?(?:dad|mum|stepdad|stepmum|parents|mum's (?:boyfriend|partner)|dad's (?:girlfriend|partner)|her boyfriend|his girlfriend|uncle|grandad|brother|him|her|carer|carers|foster (?:carers?|mum|dad))\b(?! (?:finding|knowing|being|getting|seeing|thinking|reading|hearing|noticing|worrying|judging|dying|leaving|going|\w+ing)\b)`),
  },
  {
    id: "scared-of-what",
    kind: "fear_at_home",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:scared|afraid|frightened|terrified|petrified|worried) (?:of )?what (?:${PARENT_OR_THEY}) (?:will|would|might|is going to|could) do\b`),
  },
  {
    id: "hide-from",
    kind: "fear_at_home",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:hide|hiding|hid|hides) (?:in|under|from) (?:my|the|our|him|her|them|dad|mum)\b|\b(?:lock|locks|locked|locking|shut|shuts|shutting) (?:myself|ourselves|herself|himself) (?:in|away)\b`),
    requires: /\bwhen (?:he|she|they|dad|mum|my \w+)|\bfrom (?:him|her|them|dad|mum|my)\b|\b(?:shouting|fighting|drunk|angry|screaming|hitting|arguing|violent|kicks off)\b/,
  },

  // ---------------------------------------------------------------- neglect
  {
    id: "no-food",
    kind: "neglect",
    strong: true,
    re: g(String.raw`\b(?:no|not any|not enough|never enough|never any|hardly any|barely any|never ever any|no proper|not a lot of) (?:food|dinner|dinners|tea|breakfast|lunch|meals?|hot meals?|to eat|money for food)\b|\b(?:nothing|never anything|hardly anything|not anything|never nothing) (?:\w+ )?(?:to eat|in the (?:fridge|cupboards?|house)|for (?:tea|dinner|breakfast|lunch|us to eat))\b|\b(?:fridge|cupboards?) (?:is|are) (?:always |often |usually |just )?(?:empty|bare)\b`),
    notAfter: /^ (?:i like|that i like|i want|at school (?:i|that) like|left (?:at|in) the (?:shop|canteen)|allowed in|bank|banks|club|clubs|bags?|vouchers?|waste)/,
  },
  {
    id: "no-meal-in-days",
    kind: "neglect",
    strong: true,
    re: g(String.raw`\b(?:not|never|have not|has not|had not|did not|nothing) (?:had|eaten|ate|eat|got|been fed)? ?(?:a |any |anything |proper |decent |hot )*(?:meal|meals|food|dinner|tea|breakfast|to eat)? ?(?:in|for|since) (?:days|ages|(?:two|three|four|\d+) days|a (?:day|couple of days|few days|long time)|yesterday|last night|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:go|goes|going|went|gone) without (?:food|meals?|dinner|tea|breakfast|eating|lunch|anything to eat)\b`),
  },
  {
    id: "parent-missing",
    kind: "neglect",
    strong: true,
    re: g(String.raw`\b(?:do not|does not|did not|never) know where (?:my )?(?:mum|dad|she|he|they|my parents|parents|our mum|our dad) (?:is|are|has gone|have gone|went|goes|was)\b|\b(?:mum|dad|she|he|my parents|parents) (?:has|have|had) been (?:gone|missing|away|out) (?:for (?:days|ages|two days|three days|\d+ days|the whole weekend)|since)\b`),
  },
  {
    id: "hungry-bed",
    kind: "neglect",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:go|goes|going|went|sent|send|sends) to (?:bed|school|sleep) (?:\w+ )?(?:hungry|starving|without (?:food|dinner|tea|breakfast|eating|anything to eat))\b`),
  },
  {
    id: "nobody-looks-after",
    kind: "neglect",
    strong: true,
    re: g(String.raw`\b(?:nobody|no adult|no grown up|never anyone|not anyone) (?:\w+ )?(?:feeds|cooks (?:for|me|us)|makes (?:me|us) (?:food|dinner|tea|breakfast|meals|anything)|looks after|looking after|takes care of|taking care of|washes|checks on|picks (?:me|us) up|gets (?:me|us) up|wakes (?:me|us) up|takes (?:me|us) to (?:school|the (?:doctor|doctors|dentist)))\b|\bnobody (?:\w+ )?(?:at home|in my house|in the house) (?:\w+ )?(?:cares|looks after|notices)\b|\bnobody to (?:look after|take care of|feed|care for|cook for|mind) (?:me|us|her|him|them|the (?:baby|kids))\b|\bnobody (?:\w+ )?(?:picks (?:her|him|them|the baby) up|changes (?:her|his|the baby's) (?:nappy|nappies))\b`),
  },
  {
    id: "not-fed",
    kind: "neglect",
    strong: true,
    re: g(String.raw`\b(?:do not|does not|never|hardly ever|rarely|not|barely) (?:get |being |been |getting )?fed\b|\b(?:do not|does not|never|hardly ever|rarely|will not|barely) (?:feed|feeds|cook for|cooks for|make (?:us|me) (?:any )?(?:food|dinner|tea|meals)|makes (?:us|me) (?:any )?(?:food|dinner|tea|meals)|give (?:me|us) (?:any )?(?:food|dinner|tea|breakfast|anything to eat)|gives (?:me|us) (?:any )?(?:food|dinner|tea|breakfast|anything to eat)) ?(?:me|us)?\b|\b(?:i|we) (?:do not|never|hardly ever|rarely) (?:get|have|eat) (?:any |a )?(?:food|dinner|proper meals?|hot meals?|meals?|anything to eat)\b`),
    notAfter: /^ up\b/,
  },
  {
    id: "hungry-often",
    kind: "neglect",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:always|constantly|often|usually) (?:so |really |very )?(?:hungry|starving)\b|\b(?:hungry|starving) (?:all the time|every (?:day|night|weekend)|most (?:days|nights)|at home|all weekend|in the holidays|because there is no)\b`),
  },
  {
    id: "hungry",
    negInside: true,
    kind: "hunger",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:i am|i get|i feel|we are|we get|we feel|she is|he is|they are|so|really|very|too) (?:\w+ )?(?:hungry|starving)\b`),
  },
  {
    id: "home-alone",
    kind: "neglect",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\bhome alone\b`),
    notBefore: /\b(?:watch|watched|watching|film|movie|like) $/,
  },
  {
    id: "get-left-alone",
    negInside: true,
    kind: "neglect",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:am|are|is|get|gets|getting|got|was|were|been|being|keep getting) (?:\w+ )?left (?:alone|on (?:my|our|their|his|her) own|by (?:myself|ourselves|themselves|herself|himself)|in charge|to (?:look after|fend for|get on with it|cope|sort))\b`),
  },
  {
    id: "leaves-me-alone",
    kind: "left_alone",
    strong: false,
    negatable: true,
    strongIf: new RegExp(LEFT_FOR),
    re: g(String.raw`\b(?:leaves|leave|leaving|left) (?:me|us|my ${KIN}|them|the (?:kids|children|baby|little ones)) (?:alone|on (?:my|our|their|his|her) own|by (?:myself|ourselves|themselves|herself|himself)|in (?:the house|the car|the flat|charge|the garden|the street)|outside|at home (?:alone|on (?:my|our) own|by (?:myself|ourselves))|with (?:nobody|nothing|no food)|to look after)\b`),
    notBefore: /\b(?:just|please|to|should|can|could|would|wish|want|wants|let|you) $/,
  },
  {
    id: "goes-off",
    kind: "neglect",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\b(?:goes|go|going|went|gone|disappears|disappeared|stays|stayed) (?:off|out|missing|off out|out drinking|out partying|off drinking|away and leaves (?:me|us)) (?:for (?:days|a few days|days on end|weeks|the whole weekend)|all night|overnight|all weekend|and (?:does not|do not|never|did not) come (?:back|home))\b|\b(?:disappears|disappeared|goes missing|went missing) for (?:days|a few days|days on end|weeks)\b`),
    notBefore: /\b(?:i|we|you) (?:\w+ )?$/,
  },
  {
    id: "not-come-home",
    kind: "neglect",
    strong: true,
    anchor: true,
    re: g(String.raw`\b(?:does not|do not|never|did not|sometimes does not|often does not) (?:come|comes|get|gets) (?:back )?home (?:for days|at night|all night|until (?:the )?(?:morning|next day)|till (?:the )?(?:morning|next day)|some nights|for (?:the|a) (?:night|weekend|week))\b`),
    notBefore: /\b(?:i|we) $/,
  },
  {
    id: "home-dirty",
    kind: "neglect",
    strong: true,
    negatable: true,
    anchor: HOME_ANCHOR,
    re: g(String.raw`\b(?:house|home|flat|kitchen|bathroom|garden|yard|bed|beds|mattress|mattresses|carpets?|floors?|toilet|sheets|bedding)(?: itself)?(?: is| are| was| were| always| gets| smells| stinks| looks| has| have| so| really| never| always)* (?:so |really |very |always |totally |completely |just )?(?:dirty|filthy|disgusting|minging|rank|manky|a pigsty|a tip|smelly|stinks|stinking|freezing|soiled|infested|crawling with \w+|covered in (?:\w+ )?(?:mould|dirt|poo|rubbish|mess|wee|sick|dog \w+|cat \w+)|full of (?:\w+ )?(?:rubbish|bin bags|bags of rubbish|dirt|poo|mess|bottles|cans|needles|flies|mould|maggots|mice|rats|cockroaches|junk|nappies|dog \w+|cat \w+)|never (?:cleaned|clean|washed|hoovered|tidied))\b`),
  },
  {
    id: "mess-everywhere",
    kind: "neglect",
    strong: true,
    anchor: HOME_ANCHOR,
    re: g(String.raw`\b(?:rubbish|bin bags|dog (?:mess|poo|poop|dirt|wee)|poo|cat (?:mess|poo|wee|sick)|wee|needles|maggots|flies|rats|mice|cockroaches|dirty nappies|empty bottles|bottles|cans|dirty plates|old food|mouldy food) (?:\w+ )?(?:everywhere|all over (?:the )?(?:house|floor|floors|place|flat|kitchen)|on the floors?|piled up|in (?:the|every|my|our) (?:house|kitchen|room|bedroom|flat|bed))\b`),
  },
  {
    id: "no-heating",
    kind: "neglect",
    strong: true,
    anchor: HOME_ANCHOR,
    re: g(String.raw`\b(?:no|not any|never any|never have|never has|do not have|does not have|have not got|has not got|without|not got|not enough) (?:any )?(?:heating|heat|hot water|clean clothes|clean water|bedding|a bed|beds|nappies|shoes that fit|a coat|warm clothes)\b`),
  },
  {
    id: "child-dirty",
    negInside: true,
    kind: "neglect",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:she|he|they|the (?:child|children|kids?|girl|boy|baby|little ones?|toddler)|this (?:child|kid|girl|boy|baby)|(?:her|his|their|my|our) (?:son|daughter|children|kids|baby|grandchildren|grandson|granddaughter|niece|nephew|brother|sister))(?: \w+){0,2}? (?:is|are|looks?|seems?|always|often|comes? to school|turns? up|goes? to school|is always|are always|was|were|gets? sent to school)(?: \w+){0,2}? (?:filthy|dirty|unwashed|smelly|neglected|malnourished|unkempt|in the same clothes|covered in (?:bruises|sores|nits|lice|flea bites|bites))\b`),
  },
  {
    id: "child-smells",
    negInside: true,
    kind: "neglect",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:she|he|they|the (?:child|children|kids?|girl|boy|baby|toddler)|this (?:child|kid|girl|boy|baby)) (?:always |often |really )?(?:smells|stinks|smell|stink)\b`),
    notAfter: /^ (?:like|of) (?:flowers|nice|lovely|good|perfume|roses|sweets)|^ (?:nice|lovely|good|great)/,
  },
  {
    id: "clothes-dirty",
    negInside: true,
    kind: "neglect_signs",
    strong: false,
    negatable: true,
    anchor: true,
    re: g(String.raw`\b(?:clothes|uniform|hair|hands|nappy|nappies|teeth|shoes|school shirt|pants|underwear|socks)(?: and (?:\w+ )?\w+)? (?:is|are|were|was|always|never|often|still)?(?: \w+){0,2}? ?(?:dirty|filthy|greasy|smelly|soiled|too small|rotten|rotting|full of (?:nits|lice|holes)|never (?:washed|changed|cleaned|brushed)|not (?:washed|changed|clean|brushed)|falling apart)\b`),
  },
  {
    id: "not-washed",
    kind: "neglect",
    strong: true,
    re: g(String.raw`\b(?:${PARENT_OR_THEY}) (?:does not|do not|never|hardly ever|will not) (?:wash|washes|clean|cleans|change|changes|bath|bathe|baths|bathes|dress|dresses) (?:me|us|my|our|the baby|the kids|her|him)\b`),
    notBefore: /\b(?:i|we|you) $/,
  },
  {
    id: "no-doctor",
    kind: "neglect",
    strong: true,
    re: g(String.raw`\b(?:never|does not|do not|will not|would not|refuses? to|refused to|did not) (?:take|takes|took) (?:me|us|her|him|them|my \w+) to (?:the )?(?:doctor|doctors|dentist|hospital|gp|a doctor|a dentist)\b`),
  },
  {
    id: "minding-alone",
    kind: "left_alone",
    strong: false,
    negatable: true,
    strongIf: new RegExp(LEFT_FOR),
    re: g(String.raw`\b(?:look after|looking after|looks after|mind|minding|babysit|babysitting|take care of|taking care of) (?:my )?(?:\w+ ){0,2}?(?:brothers?|sisters?|siblings|the baby|the kids|the little ones|the younger ones) (?:on my own|by myself|alone|on our own)\b`),
  },
  {
    id: "parent-absent",
    kind: "left_alone",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:${PARENT_OR_THEY}) (?:is|are) (?:always|never|hardly ever|usually|often|mostly) (?:out|not (?:home|in|there|around)|home|in|there|around)\b|\b(?:${PARENT}) (?:sleeps|stays in bed|is in bed|is asleep|lies in bed) (?:all day|till (?:the afternoon|late|tea time))\b|\b(?:never|hardly ever|not) anyone (?:home|in|there|around)\b|\bnobody (?:is )?(?:ever )?(?:home|in|around) (?:when|after|at night|in the)\b`),
  },
  {
    id: "cold-home",
    kind: "cold_home",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:i am|we are|always|so|really|very|freezing|get|gets) (?:always |so |really |very |too )?(?:cold|freezing) (?:at home|in (?:my|our|the) (?:house|flat|room|bedroom|bed))\b|\b(?:mould|damp|black mould|rats|mice|cockroaches) (?:everywhere|all over|on the walls|in (?:my|our|the) (?:room|bedroom|house|flat))\b|\b(?:house|flat|bedroom|room|home) (?:is|are) (?:always |so |really )?(?:cold|damp|mouldy|freezing)\b`),
  },
  {
    id: "left-to-cope",
    kind: "left_to_cope",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:have to|has to|had to|got to) (?:feed|cook for|bath|wash|get up) (?:myself|ourselves|my (?:little |baby |younger )?(?:brother|sister|brothers|sisters|siblings)|the (?:little ones|baby|kids))\b|\b(?:i|we) (?:have to )?(?:feed|fend for) (?:myself|ourselves)\b|\b(?:have to|has to|had to|got to) (?:make|cook|get|find) (?:my|our) own (?:tea|dinner|food|meals|breakfast|lunch)\b|\b(?:have to|has to|got to) get (?:myself|ourselves|my \w+) (?:to school|up|ready|dressed)\b|\b(?:i am|i) (?:always )?the one (?:who|that) (?:feeds|looks after|cooks for|takes care of|gets (?:them|\w+) (?:up|ready|to school)|bathes|baths|changes)\b`),
  },

  // ---------------------------------------------------------------- domestic abuse and conflict at home
  {
    id: "parents-fight",
    kind: "conflict_at_home",
    strong: false,
    negatable: true,
    strongIf: new RegExp(OFTEN + String.raw`|\beach other\b|\b(?:scared|frightened|terrified|afraid)\b`),
    re: g(String.raw`\b(?:mum and dad|dad and mum|my parents|parents|mum and (?:my |her )?(?:boyfriend|partner|stepdad|dad)|(?:my )?(?:stepdad|dad|mum's boyfriend|mum's partner) and (?:my )?mum|(?:my )?(?:mum|dad) and (?:my )?(?:stepdad|stepmum|dad|mum))\b(?: \w+){0,4}? (?:fight|fighting|fights|hit each other|hitting each other|hurt each other|hurting each other|beat each other|throw things at each other|throwing things at each other|attack each other|attacking each other|fought)\b`),
  },
  {
    id: "parents-argue",
    kind: "conflict_at_home",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:${PARENT_OR_THEY})(?: \w+){0,3}? (?:argue|arguing|argues|row|rowing|rows|shouting at each other|screaming at each other|yelling at each other)\b`),
  },
  {
    id: "smashes-things",
    kind: "domestic_abuse",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:smashes|smashing|smashed|breaks|breaking|punches|punched|punching|kicks|kicked|kicking|throws|throwing|threw) (?:up )?(?:the )?(?:things|stuff|plates|house|doors?|windows?|walls?|holes in (?:the )?walls?|tv|telly|furniture|my (?:things|stuff|phone|door))\b`),
    notBefore: /\b(?:i|we|you) $/,
  },
  {
    id: "breach",
    kind: "domestic_abuse",
    strong: true,
    re: g(String.raw`\b(?:not|never) (?:allowed|supposed|meant) to (?:come|be|go) (?:near|round|to the house|to our house|anywhere near)\b(?=.*\b(?:but|still|keeps?|again|comes|came|turns up|turned up)\b)|\b(?:breaks|broke|breaking|breached|breaches) (?:the|his|her|an?) (?:injunction|restraining order|non-molestation order|court order|bail)\b`),
  },
  {
    id: "hearing-violence",
    kind: "hearing_violence",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:hear|heard|hearing|listen to|listening to) (?:my )?(?:mum|dad|parents|them|him|her|mum and dad|stepdad) (?:\w+ )?(?:screaming|crying|shouting|fighting|arguing|hitting|smashing|being hit|getting hurt)\b`),
  },
  {
    id: "police-home",
    kind: "police_at_home",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:police|cops|feds) (?:\w+ )?(?:came|come|comes|coming|were called|are called|get called|got called|have been called|has been called|keep coming|been round|came round|come round|turned up|turn up|took (?:my )?(?:dad|mum|him|her|stepdad) away|arrested (?:my )?(?:dad|mum|him|her|stepdad))\b`),
  },
  {
    id: "aggressive",
    kind: "conflict_at_home",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:${PARENT}) (?:is|are|gets|get|can be|becomes|has been|goes) (?:so |really |very |quite |super |well )?(?:aggressive|scary|nasty|angry|mad|violent|horrible)\b|\b(?:${PARENT}) (?:\w+ )?(?:loses|lost|losing) (?:his|her|their) temper\b|\b(?:${PARENT}) (?:\w+ )?(?:kicks off|kicked off|flips out|flipped out|goes mental|went mental|goes crazy|goes off on (?:me|us)|explodes)\b`),
  },

  // ---------------------------------------------------------------- self-harm
  {
    id: "self-harm",
    kind: "self_harm",
    strong: true,
    present: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\bself-harm(?:s|ing)?\b`),
    notBefore: /\b(?:lesson|lessons|talk|assembly|leaflet|video|posters?|workshop|training|session|class|information|awareness|stigma|research) (?:about|on|of|around)? ?$/,
    notAfter: /^ (?:awareness|services?|team|nurse|lesson|training|leaflet|policy)/,
  },
  {
    id: "self-harmed",
    kind: "self_harm",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\bself-harmed\b`),
  },
  {
    id: "cut-myself",
    kind: "self_harm",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:cut|cutting|cuts|slit|slitting|slice|slicing|scratch|scratching|scratched|scratches|burn|burning|burnt|burned|burns|carve|carving|carved) (?:${REFLEXIVE}|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?)|her (?:arms?|wrists?|legs?|thighs?)|his (?:arms?|wrists?|legs?|thighs?))\b`),
    notAfter: new RegExp(ACCIDENT + String.raw`|^ (?:on (?:a|the|some)|with (?:a|the) (?:knife|scissors|paper)|shaving|cooking|chopping|making|in (?:the|a) (?:kitchen|fall))`),
    notBefore: /\b(?:you|doctor|nurse) $/,
  },
  {
    id: "cutting",
    kind: "self_harm",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:been|started|start|starting|keep|keeps|still|relapsed|relapse|back to|addicted to|urge to|want to|started to) (?:\w+ )?(?:cutting|cut)\b(?! (?:class|classes|school|lessons|my hair|hair|the grass|grass|paper|out|down|back|corners|it|them|the cake|onions|people|friends|ties|costs|off))|\b(?:i|she|he) (?:cut|cuts) (?:again|every (?:day|night)|most (?:days|nights)|when (?:i|she|he) (?:am|is|feel|feels|get|gets))\b`),
  },
  {
    id: "harm-myself",
    kind: "self_harm",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:harm|harms|harming|harmed|hurt|hurts|hurting|hit|hits|hitting|punch|punches|punching|punched|bang|bangs|banging|banged|starve|starves|starving|starved|punish|punishing|punished) (?:${REFLEXIVE})\b`),
    notAfter: new RegExp(ACCIDENT),
  },
  {
    id: "bang-head",
    kind: "self_harm",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:bang|bangs|banging|banged|hit|hits|hitting) (?:my|her|his) head (?:against|on|off) (?:the )?(?:wall|walls|floor|door)\b|\b(?:i|she|he) (?:\w+ )?(?:punch|punches|punching|punched) (?:the )?walls?\b`),
  },
  {
    id: "overdose",
    kind: "self_harm",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\boverdos(?:e|ed|ing)\b|\b(?:took|take|taking|taken|swallowed|swallow) (?:a load of|loads of|lots of|a lot of|all (?:my|her|his|the|of my)|too many|a handful of|a bunch of|a whole (?:box|packet|pack) of|a (?:box|packet|pack) of|\d+) (?:pills|tablets|paracetamol|painkillers|meds|medication)\b`),
    notBefore: /\b(?:about|on|prevent|preventing|accidental) $/,
  },
  {
    id: "hide-scars",
    kind: "self_harm",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:hide|hiding|hides|cover|covering|covers) (?:up )?(?:my|the|her|his) (?:cuts|scars|marks|arms|wrists)\b|\bfresh (?:cuts|scars)\b|\b(?:arms?|wrists?|legs?|thighs?|stomach|body) (?:is|are) (?:\w+ )?(?:covered in|full of) (?:cuts|scars|marks|burns)\b|\blong sleeves (?:so|to hide|to cover|because of)\b|\bcuts (?:on|all over) (?:my|her|his) (?:arms?|wrists?|legs?|thighs?)\b`),
  },
  {
    id: "urge-to-cut",
    kind: "self_harm",
    strong: true,
    present: true,
    negatable: true,
    re: g(String.raw`\b(?:urge|urges|wanting|want|wants|tempted|itching|need|needing) to (?:cut|self-harm|hurt (?:myself|herself|himself)|harm (?:myself|herself|himself)|burn (?:myself|herself|himself)|punish (?:myself|herself|himself))\b`),
  },
  {
    id: "make-myself-sick",
    kind: "eating_harm",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:make|makes|made|making) (?:myself|herself|himself) (?:sick|throw up|vomit)\b|\b(?:stopped|stop|not) eating (?:on purpose|so (?:i|she|he) (?:can|will) (?:lose|get thin))\b`),
  },

  // ---------------------------------------------------------------- suicidal thoughts
  {
    id: "kill-myself",
    kind: "suicidal",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:kill|killing|kills|hang|hanging|drown|drowning|shoot|shooting|poison|poisoning|stab|stabbing|suffocate|suffocating|end) (?:${REFLEXIVE})\b`),
    notAfter: /^ (?:laughing|with laughter|trying to (?:be|make|keep|get))/,
  },
  {
    id: "end-my-life",
    kind: "suicidal",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:end|ending|take|taking|took) (?:my|her|his|their) (?:own )?life\b`),
  },
  {
    id: "end-it",
    kind: "suicidal",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:end|ending) (?:it all|it|everything|things|all of this|my suffering)\b`),
    needBefore: /\b(?:want|wanna|wanted|wanting|need|needed|going|gonna|plan|planning|plans|thinking about|think about|thought about|thoughts of|thoughts about|tempted|decided|ready|could just|should just|might just|will just|i will|i just want to|feel like|like to|way to|how to|about to) (?:to )?(?:just )?$/,
    notAfter: /^ (?:with|between|for (?:the )?(?:day|good|now)|early|there|here|soon|on a)/,
  },
  {
    id: "want-to-die",
    kind: "suicidal",
    strong: true,
    present: true,
    negatable: true,
    re: g(String.raw`\brather (?:die|be dead) than (?:go|going|live|living|be|being|stay|staying) (?:back )?(?:home|there|with|here|in (?:that|this|my) house)\b|\b(?:want|wants|wanting|wanna|ready|deserve|deserves|wish i could|should just|just want to|might as well|would rather|better off) (?:to )?(?:just )?(?:die|be dead|not exist|stop existing|disappear (?:forever|for ever|for good|and never come back)|not be alive|not wake up|(?:go to )?sleep forever|go to sleep and|be gone (?:forever|for good))\b`),
    notAfter: /^ (?:than|of (?:embarrassment|shame|boredom|laughing)|laughing|lol)/,
  },
  {
    id: "wanted-to-die",
    kind: "suicidal",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:wanted|felt like i wanted) to (?:die|be dead|not exist|not be alive|not wake up)\b`),
    notAfter: /^ (?:than|of (?:embarrassment|shame|boredom))/,
  },
  {
    id: "not-want-to-live",
    kind: "suicidal",
    strong: true,
    re: g(String.raw`\b(?:do not|does not|never|did not) (?:really )?want to (?:be here|be alive|live|exist|wake up|be around|carry on|go on|be on this earth|be in this world|keep living|keep going)(?: anymore)?\b`),
    notAfter: /^ (?:in (?:this|that) (?:school|house|class|town|area|place|group)|with (?:him|her|them|my|mum|dad)|at (?:school|this)|there|near)/,
  },
  {
    id: "wish-dead",
    kind: "suicidal",
    strong: true,
    present: true,
    re: g(String.raw`\bwish(?:ed|es|ing)? (?:i|she|he) (?:was|were|could be|could just be|would|had|was just) (?:dead|gone|not here|not alive|never (?:been )?born|die|not born)\b|\bwish(?:ed|es|ing)? i could (?:die|disappear forever|go to sleep and not wake up|just not wake up)\b`),
  },
  {
    id: "better-off",
    kind: "suicidal",
    strong: true,
    re: g(String.raw`\bbetter off dead\b|\b(?:better off|better|happier|easier) (?:for (?:everyone|everybody|them|my family|mum|dad) )?(?:without me|if i (?:was|were|did) (?:not (?:here|around|alive|exist)|gone|dead|never born)|if i (?:died|disappeared))\b|\b(?:for|after) i am (?:gone|dead|no longer here|not here anymore)\b(?! (?:to|on|away|out|for|home|back))`),
    present: true,
  },
  {
    id: "no-point-living",
    kind: "suicidal",
    strong: true,
    re: g(String.raw`\b(?:no|not (?:any|much)|there is no|what is the|(?:do|does|did|can|could) not see (?:the|any|much)) (?:point|reason) (?:in |of |to )?(?:living|live|being alive|life|being here|me being here|going on|carrying on|staying alive)\b|\blife (?:is not|is no longer|not) worth (?:living|it)\b|\bnot worth living\b|\bno reason to (?:live|stay|be here)\b`),
  },
  {
    id: "suicidal",
    kind: "suicidal",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\bsuicidal\b`),
    notAfter: /^ (?:people|friends?|young people|children|teenagers|patients)/,
  },
  {
    id: "suicide",
    kind: "suicidal",
    strong: true,
    negatable: true,
    anchor: true,
    re: g(String.raw`\b(?:attempt|attempted|attempting|attempts|think about|thinking about|thinking of|thought about|thoughts of|thoughts about|consider|considering|considered|plan|planning|plans|tried|try|trying|contemplating|contemplated) (?:to )?(?:commit )?suicide\b|\bsuicide (?:attempts?|notes?|plans?|thoughts|pact)\b`),
    notBefore: /\b(?:about|on|prevent|preventing) $/,
  },
  {
    id: "thoughts-of-dying",
    kind: "suicidal",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:thoughts?|thinking|think|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) (?:dying|death|being dead|ending (?:it|my life|things)|killing (?:myself|herself|himself)|not being (?:here|alive|around)|taking my (?:own )?life|jumping|hanging (?:myself|herself|himself))\b`),
  },
  {
    id: "jump",
    kind: "suicidal",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:going to|gonna|will|want to|wanna|thought about|thinking about|think about|tempted to) (?:jump|throw myself|step) (?:off|in front of|from|out of) (?:a |the )?(?:bridge|building|train|roof|cliff|car|bus|window|balcony|car park)\b`),
  },
  {
    id: "never-wake-up",
    kind: "suicidal",
    strong: true,
    re: g(String.raw`\b(?:go to sleep|sleep|fall asleep) and (?:never|not) wake up\b|\bhope i (?:do not|never) wake up\b`),
  },
  {
    id: "if-i-died",
    kind: "suicidal",
    strong: true,
    present: true,
    re: g(String.raw`\b(?:nobody|not anyone) (?:would|will) (?:even )?(?:care|notice|miss me|be sad|cry|mind) if i (?:died|was gone|was dead|disappeared|killed myself|was not here|was not around|did not exist)\b|\b(?:easier|better) (?:for (?:everyone|everybody|them|my family|mum|dad) )?if i (?:died|was dead|was gone|was not here|was not around|did not exist|just disappeared)\b`),
  },
  {
    id: "saving-pills",
    kind: "suicidal",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|hiding|hid) (?:up )?(?:my |her |his |some |loads of |lots of )?(?:pills|tablets|paracetamol|painkillers|meds|medication)\b`),
  },
  {
    id: "want-it-to-end",
    kind: "suicidal",
    strong: true,
    present: true,
    negatable: true,
    re: g(String.raw`\b(?:want|wants|wanna|wish|need) (?:it|everything|this|my life|the pain) (?:all )?to (?:end|be over)(?: forever)?\b|\bwant (?:it|everything|this) (?:all )?to stop (?:forever|for good|permanently)\b`),
  },
  {
    id: "had-enough-of-life",
    kind: "suicidal",
    strong: true,
    negatable: true,
    re: g(String.raw`\b(?:had enough of|sick of|tired of|done with) (?:life|living|being alive|being here|this life|my life)\b|\bgoodbye (?:letter|note|message)s?\b|\b(?:wrote|written|writing|write) (?:a )?(?:letters?|notes?) (?:to|for) (?:my family|everyone|mum|dad|my mum|my dad|my friends) (?:for )?(?:when|after) i am (?:gone|dead|not here)\b`),
  },
  {
    id: "cant-go-on",
    kind: "hopeless",
    strong: false,
    re: g(String.raw`\b(?:can not|could not|cannot) (?:go on|carry on|keep going|cope|take (?:it|this|any more|anymore)|do this) (?:anymore|like this|living|much longer|any longer)\b|\bi give up on (?:life|everything)\b|\bhow (?:much )?longer i can (?:cope|go on|take (?:it|this)|keep going)\b|\b(?:feel like|want to) giv(?:e|ing) up\b|\bwhat is the point (?:of|in) (?:anything|trying|it all|going on|me)\b`),
  },

  // ---------------------------------------------------------------- weak signs
  {
    id: "parent-drinks",
    kind: "parent_substance",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:${PARENT_OR_THEY})(?: (?:is|are|has been|have been|was|were|gets|get|keeps|starts|started|begins|began|always|often|just|be|being|so|really|very|getting|got|comes home|came home|constantly|still))* (?:to )?(?:drinking|drinks|drink|drunk|hammered|wasted|smashed|pissed|an alcoholic|alcoholics|on drugs|taking drugs|takes drugs|doing drugs|does drugs|using drugs|uses drugs|smoking weed|smokes weed|smoking crack|stoned|passed out|comatose|out cold|unconscious|off (?:his|her|their) (?:head|face|heads|faces)|out of it|out of (?:his|her|their) (?:head|face|mind))\b|\b(?:alcoholic|addict|junkie|druggie) (?:mum|dad|parents?|stepdad|stepmum)\b|\b(?:mum|dad|parents|stepdad|stepmum|his|her)(?:'s)? (?:drinking|drug (?:use|taking|habit|problem)|drink problem|drinking problem|addiction)\b`),
    notAfter: /^ (?:water|tea|coffee|milk|juice|responsibly)/,
  },
  {
    id: "shouts-at-me",
    kind: "shouting",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:shouts?|shouting|shouted|screams?|screaming|screamed|yells?|yelling|yelled|swears?|swearing|swore) at (?:me|us|mum|my mum|her)\b|\b(?:get|gets|getting|got|am|being|been) (?:\w+ )?(?:shouted|screamed|yelled|sworn) at\b|\b(?:${PARENT}) (?:\w+ )?(?:shouts|screams|yells|rages|is shouting|is screaming|starts shouting|starts screaming)\b`),
    notBefore: /\b(?:you|teacher|teachers|coach) $/,
  },
  {
    id: "scared",
    negInside: true,
    kind: "fear",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:i am|i feel|i get|i always feel|i feel so|makes me|make me|we are|we feel|i keep feeling|i live in|i am always) (?:so |really |very |always |too |quite |a bit |often |constantly )*(?:scared|frightened|afraid|terrified|petrified|fear)\b|\bwalking on eggshells\b`),
  },
  {
    id: "unloved",
    kind: "feeling_unloved",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:${PARENT}) (?:does not|do not|never|did not) (?:love|want|like|care about|care for) (?:me|us)\b|\b(?:${PARENT}) (?:does not|do not|never) (?:even )?care\b(?! (?:about (?:the|what|that|it|school|money)|for (?:the|it)))|\b(?:${PARENT}) (?:hates|hate) (?:me|us)\b|\bnobody (?:loves|cares about|wants|cares for) (?:me|us)\b|\bi (?:feel|am) (?:\w+ )?(?:unloved|unwanted|invisible at home|a burden)\b`),
  },
  {
    id: "cruelty",
    kind: "cruelty",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:is|are|gets|can be) (?:so |really |very |always )?(?:horrible|nasty|cruel|mean|vile|evil) (?:to|towards|with) (?:me|us)\b|\b(?:treats|treated|treat) (?:me|us) (?:differently|like (?:dirt|rubbish|a slave|nothing|an animal|a dog|a maid))\b|\b(?:makes?|made) (?:me|us) feel (?:worthless|useless|stupid|small|like (?:nothing|rubbish|dirt|a burden|i am nothing))\b|\b(?:get|gets|getting) (?:\w+ )?blamed for everything\b|\b(?:puts|putting|put) (?:me|us) down\b|\b(?:${PARENT}) (?:\w+ )?ignores (?:me|us)\b`),
  },
  {
    id: "control",
    kind: "control",
    strong: false,
    re: g(String.raw`\b(?:does not|do not|will not|never|would not) let (?:me|us) (?:go out|see (?:my |any )?friends|leave the house|talk to anyone|have (?:a )?phone|go anywhere|speak to anyone)\b|\b(?:not allowed|never allowed|not aloud) (?:to )?(?:go out|see (?:my |any )?friends|leave the house|talk to anyone|have (?:a )?phone|go anywhere|speak to anyone|call|phone)\b|\b(?:checks|reads|goes through|takes) my (?:phone|messages) (?:all the time|every (?:day|night)|constantly)\b`),
  },
  {
    id: "run-away",
    kind: "running_away",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:want|wants|wanna|going|thinking about|thinking of|plan|planning|tempted|might|will) (?:to )?run(?:ning)? away\b|\b(?:ran|run|running) away from home\b`),
  },
  {
    id: "nowhere-to-sleep",
    kind: "neglect",
    strong: true,
    anchor: true,
    re: g(String.raw`\bnowhere (?:to|else to) (?:sleep|stay|live)\b|\b(?:sleeping|sleep|slept|slep) (?:rough|on the streets?|in (?:a|the) (?:car|park|stairwell))\b`),
  },
  {
    id: "kicked-out",
    kind: "kicked_out",
    strong: false,
    negatable: true,
    re: g(String.raw`\b(?:kicked|kicks|kick|kicking|threw|throws|throw|thrown|chucked|chucks) (?:me|us) out\b|\bnowhere (?:to|else to) go\b|\b(?:sleeping|sleep|slept) on (?:a )?(?:friend's|mate's|mates) (?:sofa|couch|floor)\b`),
  },
];

/** A plea for help adds to a single weak sign (never enough on its own). */
export const HELP_PLEA =
  /\b(?:please (?:\w+ )?help|help me please|i (?:really )?need (?:some )?help|(?:can|could|will) (?:someone|anyone|you|somebody) (?:please )?help (?:me|us)|(?:someone|somebody) help (?:me|us)|i do not know what to do anymore|i need to get out)\b/;
