/**
 * Words of a free text for theme matching: wink-nlp's tokens and lemmas
 * (offline English model), put into one canonical spelling for the ways
 * children, young people and parents write (text-speak, "mam"/"mom", "dont",
 * "no-one"), each with a light stem, its sentence, whether a negation governs
 * it, and where it sits in the original text (so reasons quote the text
 * exactly). One parse serves both themes and sentiment (a small cache).
 */
import winkNLP, { type ItemSentence, type ItemToken } from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model);
const its = nlp.its;

export interface Unit {
  /** Canonical lower-case word (after the text-speak map). */
  word: string;
  lemma: string;
  stem: string;
  sentence: number;
  /** A negation word governs this word ("nobody *listens*", "not *fed*"). */
  negated: boolean;
  /** After a comma, colon or dash. */
  clauseStart?: boolean;
  /** Offsets of the source token in the original text. */
  start: number;
  end: number;
}

export interface ParsedText {
  text: string;
  units: Unit[];
  sentences: number;
  /** wink-nlp's document sentiment, -1..1. */
  winkSentiment: number;
}

/** One word to one or more canonical words. */
const WORDS: Record<string, string[]> = {
  im: ["i", "be"], "i'm": ["i", "be"], iam: ["i", "be"], ive: ["i", "have"], "i've": ["i", "have"],
  "i'd": ["i", "would"], "i'll": ["i", "will"],
  dont: ["do", "not"], doesnt: ["do", "not"], didnt: ["do", "not"], cant: ["can", "not"], cannot: ["can", "not"],
  wont: ["will", "not"], isnt: ["be", "not"], wasnt: ["be", "not"], arent: ["be", "not"], werent: ["be", "not"],
  havent: ["have", "not"], hasnt: ["have", "not"], hadnt: ["have", "not"], couldnt: ["could", "not"],
  shouldnt: ["should", "not"], wouldnt: ["would", "not"], aint: ["be", "not"], dnt: ["do", "not"],
  nt: ["not"], "n't": ["not"], "n’t": ["not"],
  u: ["you"], ur: ["your"], yr: ["your"], r: ["are"], n: ["and"], "&": ["and"], b: ["be"],
  cos: ["because"], coz: ["because"], cuz: ["because"], cus: ["because"], bc: ["because"], becuz: ["because"], becos: ["because"],
  alot: ["a", "lot"], wanna: ["want", "to"], gonna: ["going", "to"], gotta: ["got", "to"], dunno: ["do", "not", "know"],
  ppl: ["people"], sum1: ["someone"], some1: ["someone"], any1: ["anyone"], every1: ["everyone"],
  noone: ["nobody"], no1: ["nobody"], nobdy: ["nobody"], nuthin: ["nothing"], nothin: ["nothing"], nowt: ["nothing"], nuffin: ["nothing"],
  mam: ["mum"], mom: ["mum"], mummy: ["mum"], mommy: ["mum"], mammy: ["mum"], mother: ["mum"], ma: ["mum"], mumma: ["mum"],
  mums: ["mum"], moms: ["mum"], mams: ["mum"], mothers: ["mum"],
  daddy: ["dad"], father: ["dad"], da: ["dad"], dads: ["dad"], fathers: ["dad"],
  nana: ["nan"], nanny: ["nan"], gran: ["nan"], granny: ["nan"], grandma: ["nan"], grandmother: ["nan"], nanna: ["nan"],
  grandad: ["grandad"], grandpa: ["grandad"], granddad: ["grandad"], grandfather: ["grandad"],
  bro: ["brother"], sis: ["sister"], bf: ["boyfriend"], gf: ["girlfriend"], lil: ["little"],
  skool: ["school"], skl: ["school"], teachr: ["teacher"], techer: ["teacher"], fone: ["phone"],
  hungery: ["hungry"], hungy: ["hungry"], starvin: ["starving"], lonley: ["lonely"], lonly: ["lonely"],
  alown: ["alone"], alon: ["alone"], olone: ["alone"], scard: ["scared"], skared: ["scared"], worryed: ["worried"],
  bullyed: ["bullied"], bulied: ["bullied"], bulling: ["bullying"], frends: ["friends"], freinds: ["friends"], frend: ["friend"], freind: ["friend"],
  sociol: ["social"], socail: ["social"], sosial: ["social"], beleive: ["believe"], belive: ["believe"], beleived: ["believed"],
  listend: ["listened"], lissen: ["listen"], lisen: ["listen"], allways: ["always"], alwys: ["always"], evry: ["every"],
  sumtimes: ["sometimes"], wen: ["when"], wat: ["what"], wot: ["what"], abt: ["about"], wiv: ["with"], hme: ["home"],
  anymore: ["any", "more"], anymor: ["any", "more"], tird: ["tired"], drinkin: ["drinking"], drunken: ["drunk"],
  centre: ["centre"], center: ["centre"], centres: ["centre"], centers: ["centre"],
  favourite: ["favourite"], favorite: ["favourite"], neighbour: ["neighbour"], neighbor: ["neighbour"],
  behaviour: ["behaviour"], behavior: ["behaviour"], counsellor: ["counsellor"], counselor: ["counsellor"],
  colour: ["colour"], color: ["colour"], mould: ["mould"], mold: ["mould"],
};

/** Two words that are one ("no one", "some one"). */
const PAIRS: Record<string, string> = {
  "no one": "nobody", "no body": "nobody", "some one": "someone", "any one": "anyone", "every one": "everyone",
  "my self": "myself", "every day": "everyday", "any more": "anymore",
};

const NEGATORS = new Set(["not", "never", "no", "nobody", "nothing", "none", "nowhere", "without", "neither", "nor", "hardly", "barely"]);
/** Words that end a negation's reach. */
const NEGATION_STOP = new Set(["but", "and", "because", "so", "though", "although", "which", "who", "when", "while", "until", "since", "if"]);
const NEGATION_REACH = 3;

/** A light suffix stripper: "listening", "listened", "listens" -> "listen"; "caring", "cares" -> "car". */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, "");
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("ied") && w.length > 4) return w.slice(0, -3) + "y";
  let stripped = false;
  for (const suffix of ["ingly", "ing", "edly", "ed", "es", "s"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === "s" && /(?:ss|us|is)$/.test(w))) {
      w = w.slice(0, -suffix.length);
      stripped = true;
      break;
    }
  }
  if (stripped && /([bdgklmnprt])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

const SKIP_TYPES = new Set(["punctuation", "emoji", "emoticon", "symbol", "tabCRLF"]);
/**
 * The map's own entry for a word typed by someone: never one it inherits
 * ("constructor", "toString" and "__proto__" are words people can type).
 */
function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

const LEMMA_FIX: Record<string, string> = { mom: "mum", center: "centre", "'s": "'s", "’s": "'s" };

/** Straight quotes and no zero-width characters, keeping every offset. */
function clean(text: string): string {
  return text.replace(/[\u2018\u2019\u201b\u02bc`\u00b4]/g, "'").replace(/[\u201c\u201d\u201e]/g, '"').replace(/[\u200b-\u200d\ufeff]/g, " ");
}

let cacheKey: string | undefined;
let cacheValue: ParsedText | undefined;

export function parseText(text: string): ParsedText {
  if (text === cacheKey && cacheValue) return cacheValue;
  const cleaned = clean(text);
  const doc = nlp.readDoc(cleaned);
  const tokens = doc.tokens();
  const values = tokens.out(its.value);
  const spaces = tokens.out(its.precedingSpaces);
  // The model's lemma helper is typed as an add-on; it returns strings like the others.
  const lemmas = tokens.out(its.lemma as never) as unknown as string[];
  const types = tokens.out(its.type);
  // Sentence index of each token.
  const sentenceOf = new Array<number>(values.length).fill(0);
  let sentences = 0;
  doc.sentences().each((sentence: ItemSentence, index: number) => {
    sentences = index + 1;
    sentence.tokens().each((token: ItemToken) => {
      sentenceOf[token.index()] = index;
    });
  });

  const units: Unit[] = [];
  let breakNext = false;
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    offset += spaces[i]!.length;
    const start = offset;
    offset += value.length;
    const type = types[i]!;
    if (SKIP_TYPES.has(type)) {
      // A comma, colon or dash ends a negation's reach.
      if (/^[,;:\-–—]$/.test(value)) breakNext = true;
      continue;
    }
    const lower = value.toLowerCase();
    if (lower === "'s") continue;
    const words = own(WORDS, lower);
    const sentence = sentenceOf[i] ?? 0;
    const first = units.length;
    if (words) {
      for (const word of words) units.push({ word, lemma: word, stem: stem(word), sentence, negated: false, start, end: offset });
    } else {
      const rawLemma = (lemmas[i] ?? lower).toLowerCase();
      const lemma = own(LEMMA_FIX, rawLemma) ?? own(WORDS, rawLemma)?.join(" ") ?? rawLemma;
      units.push({ word: lower, lemma, stem: stem(lower), sentence, negated: false, start, end: offset });
    }
    if (breakNext && units[first]) units[first].clauseStart = true;
    breakNext = false;
  }

  // Merge pairs such as "no one" -> "nobody" (also "no-one", split by wink at the hyphen).
  const merged: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const a = units[i]!;
    const b = units[i + 1];
    const pair = b && b.sentence === a.sentence ? own(PAIRS, `${a.word} ${b.word}`) : undefined;
    if (pair && b) {
      merged.push({ ...a, word: pair, lemma: pair, stem: pair, end: b.end });
      i++;
    } else {
      merged.push(a);
    }
  }

  // Negation: a negator governs up to NEGATION_REACH following words in its sentence, until a stop word.
  let reach = 0;
  let sentence = -1;
  for (const unit of merged) {
    if (unit.sentence !== sentence) {
      sentence = unit.sentence;
      reach = 0;
    }
    if (NEGATORS.has(unit.word)) {
      unit.negated = true;
      reach = NEGATION_REACH;
      continue;
    }
    if (NEGATION_STOP.has(unit.word) || unit.clauseStart) reach = 0;
    unit.negated = reach > 0;
    if (reach > 0) reach--;
  }

  const parsed: ParsedText = { text, units: merged, sentences, winkSentiment: doc.out(its.sentiment) as unknown as number };
  cacheKey = text;
  cacheValue = parsed;
  return parsed;
}

/** The words of a phrase (from a lexicon or a codebook), parsed the same way as texts. */
export function phraseUnits(phrase: string): Unit[] {
  return parseText(phrase).units;
}

export const isNegator = (word: string) => NEGATORS.has(word);

/** Words too common to carry a theme (for the nearest-neighbour step and loose phrase matches). */
export const STOPWORDS = new Set(
  (
    "a an the and or but if then so because as of at by for with about against between into through during before after above below to from up down in out on off over under again further once here there when where why how all any both each few more most other some such only own same than too very s t can will just should now i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing would could might must shall may also really even still just like get got go went gone going thing things lot lots quite bit much many one ever every yeah oh ok okay well want wanted say said make made know knew think thought feel felt time times day days way always sometimes often thing 's"
  ).split(/\s+/),
);

/** Offsets in the original text for a span of units. */
export function quote(parsed: ParsedText, from: Unit, to: Unit): string {
  return parsed.text.slice(from.start, to.end);
}
