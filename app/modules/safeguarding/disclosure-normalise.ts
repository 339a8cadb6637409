/**
 * Text normalisation for the disclosure detector: one canonical, lower-case
 * spelling for the ways children, young people and parents actually write
 * (text-speak, missing apostrophes, common misspellings, regional words), with
 * contractions expanded so the rules only need to know "do not", "i am", ...
 */

/** Phrases first (they may span words); applied in order. */
const PHRASES: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201b\u02bc`\u00b4]/g, "'"],
  [/[\u201c\u201d\u201e]/g, '"'],
  [/\u2026/g, "..."],
  [/[\u2013\u2014]/g, " - "],
  [/[\u200b-\u200d\ufeff]/g, ""],
  [/\bun-?aliv(?:e|ed)\s+(my|her|him|them)\s?(self|selves)\b/g, "kill $1$2"],
  [/\bun-?aliving\s+(my|her|him|them)\s?(self|selves)\b/g, "killing $1$2"],
  [/\bun-?alive\b/g, "die"],
  [/\bun-?alived\b/g, "died"],
  [/\bun-?aliving\b/g, "dying"],
  [/\bk\s?m\s?s\b/g, "kill myself"],
  [/\bkill\s?(my|your|her|him)\s?(self|slef|sef)\b/g, "kill $1self"],
  [/\bsewer\s?-?slide\b/g, "suicide"],
  [/\b(suicide|sucide|suiside|suicde|suicid|suacide|sooicide)\b/g, "suicide"],
  [/\b(suicidal|sucidal|suisidal|suicidle|suicdal|suicidel|suacidal|suicidall)\b/g, "suicidal"],
  [/\b(self|slef|sefl)\s?[-/]?\s?(harm|harn|ham)(ing|s|ed)?\b/g, "self-harm$3"],
  [/\bno[\s-]?one\b|\bnoone\b|\bno1\b|\bno body\b|\bnobdy\b/g, "nobody"],
  // "i got know one to talk to", "i have know friends"
  [/\b(got|have|had|there is|there's|theres) know (one|body)\b/g, "$1 nobody"],
  [/\b(got|have|had) know (friends|food|money|one)\b/g, "$1 no $2"],
  [/\bstep[\s-]?(dad|father|mum|mom|mam|mother)\b/g, "step$1"],
  [/\bany more\b/g, "anymore"],
  // "scared 2 go home", "want 2 die": 2 = to between words.
  [/\b([a-z]+) 2 (go|be|get|do|the|school|bed|sleep|eat|talk|tell|kill|die|live|stay|me|him|her|them|my|us|end|cut|hurt|run|come|leave|see)\b/g, "$1 to $2"],
  [/\bevery\s?(night|nite|day|morning|weekend|time)\b/g, "every $1"],
  [/\bmy self\b/g, "myself"],
  // Scots and northern English "ma dad", "me mam": possessive "my".
  [/\b(ma|me|mah|mi) (da|dad|mam|mum|maw|mom|brother|sister|stepdad|stepmum|nan|boyfriend|house|room|arm|arms|legs?)\b/g, "my $2"],
  [/\b(hitt|beat|shout|scream|cutt|harm|kill|starv|drink|fight|hurt|smack|punch|kick|slapp|touch|yell|cry|cook|feed|leav|lock)in\b/g, "$1ing"],
];

/** Single words (after lower-casing); keys must be whole tokens. */
const WORDS: Record<string, string> = {
  u: "you", ur: "your", youre: "you're", yr: "your", r: "are", n: "and", "&": "and",
  im: "i'm", ive: "i've", iam: "i am",
  dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", cnt: "can't", wont: "won't",
  isnt: "isn't", wasnt: "wasn't", arent: "aren't", werent: "weren't", hasnt: "hasn't",
  havent: "haven't", hadnt: "hadn't", shouldnt: "shouldn't", wouldnt: "wouldn't",
  couldnt: "couldn't", aint: "ain't", dnt: "don't", dosnt: "doesn't", doesent: "doesn't",
  hes: "he's", shes: "she's", theyre: "they're", thats: "that's", whats: "what's",
  its: "it's", theres: "there's", thier: "their", ther: "there",
  coz: "because", cos: "because", cuz: "because", bc: "because", becuz: "because",
  becos: "because", becoz: "because", cus: "because",
  alot: "a lot", nite: "night", tonite: "tonight", "2nite": "tonight", "2day": "today",
  b4: "before", wanna: "want to", gonna: "going to", gotta: "got to", wana: "want to",
  rn: "right now", atm: "at the moment", ppl: "people", sum1: "someone", some1: "someone",
  any1: "anyone", every1: "everyone", evry: "every", evryday: "every day",
  everynight: "every night", everyday: "every day", evrynight: "every night",
  myslef: "myself", myslf: "myself", meself: "myself", mysef: "myself",
  mam: "mum", mom: "mum", mummy: "mum", mommy: "mum", mammy: "mum", mumma: "mum",
  mother: "mum", "mam's": "mum's", "mom's": "mum's", "mommy's": "mum's", "mummy's": "mum's",
  daddy: "dad", father: "dad", da: "dad", "daddy's": "dad's",
  mums: "mum's", dads: "dad's", mams: "mum's", moms: "mum's", mummys: "mum's",
  b: "be", lastnight: "last night", lastnite: "last night", "2moro": "tomorrow",
  bf: "boyfriend", gf: "girlfriend", bro: "brother", sis: "sister", lil: "little",
  abt: "about", wiv: "with", wid: "with", hav: "have", hme: "home", pls: "please",
  plz: "please", plez: "please", sumtimes: "sometimes", allways: "always", alwys: "always",
  alwayz: "always", dunno: "do not know", wen: "when", wat: "what", wot: "what",
  nuthin: "nothing", nothin: "nothing", nuffin: "nothing", nowt: "nothing",
  hitts: "hits", hiting: "hitting", hitt: "hit", punchs: "punches",
  kiks: "kicks", beatin: "beating", scard: "scared", skared: "scared", scaired: "scared",
  scaried: "scared", frightend: "frightened", afriad: "afraid", terified: "terrified",
  abuseing: "abusing", abusin: "abusing", abuzed: "abused", abuze: "abuse",
  neglegted: "neglected", negelcted: "neglected", neglectd: "neglected",
  hungery: "hungry", hungy: "hungry", starvin: "starving", fead: "feed", feds: "feeds",
  cuting: "cutting", cuttin: "cutting", kil: "kill", killin: "killing", dieing: "dying",
  wnt: "want", whant: "want", wnat: "want", waant: "want", wan: "want",
  anymor: "anymore", enymore: "anymore", anymre: "anymore",
  tird: "tired", alown: "alone", alon: "alone", olone: "alone",
  shoutin: "shouting", screamin: "screaming",
  fone: "phone", skool: "school", skl: "school",
  drinkin: "drinking", drugz: "drugs",
};

/** Words whose "'s" means "is"/"has" rather than a possessive. */
const IS_PRONOUNS = "he|she|it|that|there|what|who|where|everything|everyone|nobody|someone|here|this";
/** "mum's drunk" (is) but "mum's boyfriend" (possessive). */
const PARENT_IS =
  /\b(mum|dad|stepdad|stepmum)'s (?!(?:new |old |ex |best )?(?:boyfriend|girlfriend|partner|husband|wife|house|place|flat|friend|friends|car|side|family|mum|dad|ex|phone|room|fella|bloke|mate|mates|sister|brother|parents|bedroom|home|job|work|drinking|drug|drugs|temper|mood|moods|health|illness|depression|new|old|ex|birthday|money)\b)/g;

const WORD_RE = /[a-z0-9&']+/g;

export function normaliseText(input: string): string {
  let text = input.normalize("NFKC").toLowerCase();
  for (const [re, to] of PHRASES) text = text.replace(re, to);
  // Only the map's own words: "constructor" typed by someone is not Object's.
  text = text.replace(WORD_RE, (word) => (Object.hasOwn(WORDS, word) ? WORDS[word]! : word));
  // "it's happened before", "he's hit me": 's = has before a participle.
  text = text.replace(
    new RegExp(
      `\\b(${IS_PRONOUNS}|mum|dad|stepdad|stepmum)'s (been|got|gone|happened|started|done|had|made|taken|left|hit|hurt|tried|told|said|kicked|punched|locked|stopped|never|always|just)\\b`,
      "g",
    ),
    "$1 has $2",
  );
  text = text
    .replace(/\bcan't\b|\bcannot\b/g, "can not")
    .replace(/\bwon't\b/g, "will not")
    .replace(/\bain't\b/g, "is not")
    .replace(/\bshan't\b/g, "shall not")
    .replace(/\b([a-z]+)n't\b/g, "$1 not")
    .replace(/\bi'm\b/g, "i am")
    .replace(/\b([a-z]+)'re\b/g, "$1 are")
    .replace(/\b([a-z]+)'ve\b/g, "$1 have")
    .replace(/\b([a-z]+)'ll\b/g, "$1 will")
    .replace(/\b([a-z]+)'d (been|had|gone|got|done|seen|started|tried)\b/g, "$1 had $2")
    .replace(/\b([a-z]+)'d\b/g, "$1 would")
    .replace(new RegExp(`\\b(${IS_PRONOUNS})'s\\b`, "g"), "$1 is")
    .replace(PARENT_IS, "$1 is ")
    .replace(/\b(should|could|would|must)( not| never)? of\b/g, "$1$2 have")
    .replace(/[ \t]+/g, " ");
  return text;
}

/** Sentences: split on terminal punctuation and line breaks (many people write without full stops). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?:[.!?]+(?=\s|$|["')\]])|[!?]+|\n+|;|\.{2,}|\s-\s|\[|\])/)
    .map((s) => s.trim())
    .filter((s) => /[a-z]/.test(s));
}

/**
 * Clause boundaries in a sentence (start offsets, first is 0): before
 * conjunctions that open a new clause (the conjunction stays with its clause:
 * "when i was little"), and after commas and colons.
 */
const CLAUSE_BREAK =
  /[,:]\s*|\s(?=(?:but|because|so|then|when|whenever|while|whilst|although|though|until|till|unless|after|before|since|and (?:then |now |so )?(?:i|he|she|they|we|my|mum|dad|it|there|you|his|her|our|nobody))\s)/g;

export function clauseStarts(sentence: string): number[] {
  const starts = [0];
  for (const m of sentence.matchAll(CLAUSE_BREAK)) starts.push(m.index + m[0].length);
  return starts;
}
