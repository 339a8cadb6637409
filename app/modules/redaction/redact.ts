/**
 * Redaction of free text before any member of staff reads it (issue 6).
 *
 * Rules and word lists, no model: names (a bundled list of first names and
 * surnames, titles such as "Mrs", and cues such as "my friend ..." or
 * "called ..."), e-mail addresses, UK phone numbers, postcodes and street
 * addresses, schools (the partnership's list and patterns such as
 * "... Academy"), social media handles, links, exact ages, dates, and places
 * (the partnership's list and UK towns). Each is replaced by one placeholder
 * per kind ("[name]", "[phone]"...), never blanked, so the words around it
 * still make sense. Fast enough for thousands of texts a second on one core.
 */
import { AMBIGUOUS_NAMES, FIRST_NAMES, MONTH_NAMES, NAME_CUES, NAME_FOLLOWERS, NEVER_NAMES, SURNAMES, UK_PLACES } from "./lexicon";

export type PlaceholderKind = "name" | "email" | "phone" | "postcode" | "address" | "place" | "school" | "handle" | "link" | "age" | "date";

export interface RedactionOptions {
  /** The partnership's own school names (and settings), matched whole. */
  schoolNames?: readonly string[];
  /** The partnership's place names (areas, towns, estates). */
  placeNames?: readonly string[];
}

export interface Redaction {
  /** The text with each identifier replaced by its placeholder, e.g. "[name]", "[phone]". */
  text: string;
  /** What was replaced, as offsets into the original text (never the words themselves). */
  replaced: { kind: PlaceholderKind; start: number; end: number }[];
}

/** Every placeholder redaction writes: one per kind, always the same. */
export const PLACEHOLDERS: Readonly<Record<PlaceholderKind, string>> = {
  name: "[name]",
  email: "[email]",
  phone: "[phone]",
  postcode: "[postcode]",
  address: "[address]",
  place: "[place]",
  school: "[school]",
  handle: "[handle]",
  link: "[link]",
  age: "[age]",
  date: "[date]",
};

interface Span {
  kind: PlaceholderKind;
  start: number;
  end: number;
}

/** When two findings overlap, the longer wins; on a tie, the surer kind. */
const PRIORITY: Record<PlaceholderKind, number> = {
  email: 10,
  link: 9,
  handle: 8,
  phone: 7,
  postcode: 7,
  address: 6,
  date: 6,
  school: 5,
  place: 4,
  age: 4,
  name: 3,
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function each(re: RegExp, text: string, found: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** The span of capture group `g` (needs the `d` flag). */
function groupSpan(m: RegExpExecArray, g: number): [number, number] | null {
  const idx = m.indices?.[g];
  return idx ? [idx[0], idx[1]] : null;
}

// ---- Contact details and links -------------------------------------------------------

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
const TLD = "co\\.uk|org\\.uk|gov\\.uk|ac\\.uk|sch\\.uk|nhs\\.uk|me\\.uk|ltd\\.uk|net\\.uk|uk|com|org|net|io|info|me|tv|app|gg|ly|co|biz|online|site|xyz|ie|eu";
const BARE_DOMAIN = new RegExp(`(?<![@\\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLD})\\b(?:\\/[^\\s<>"']*)?`, "gi");
/** Public help sites are not anyone's identifier: they stay. */
const PUBLIC_SITES = /^(?:https?:\/\/)?(?:www\.)?(?:childline\.org\.uk|nspcc\.org\.uk|gov\.uk|nhs\.uk|bbc\.co\.uk|youngminds\.org\.uk|samaritans\.org|kooth\.com|giveusashout\.org)(?:\/.*)?$/i;
const HANDLE = /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?/g;
const PLATFORM_HANDLE =
  /\b(?:snap(?:chat)?|insta(?:gram)?|tik ?tok|twitter|discord|xbox|psn|roblox|kik|telegram|twitch|gamertag)\b(?:\s+(?:name|username|user|handle|id|tag|account))?(?:\s+(?:is|was))?\s*[:=-]?\s*(@?[A-Za-z0-9_.]{3,30})/dgi;

const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"’]+$/;

function contactSpans(text: string, out: Span[]): void {
  each(EMAIL, text, (m) => out.push({ kind: "email", start: m.index, end: m.index + m[0].length }));
  const link = (m: RegExpExecArray) => {
    const value = m[0].replace(TRAILING_PUNCTUATION, "");
    if (!value.includes(".") || PUBLIC_SITES.test(value)) return;
    // Not the domain of an e-mail address (found above).
    if (text[m.index - 1] === "@") return;
    out.push({ kind: "link", start: m.index, end: m.index + value.length });
  };
  each(URL_LIKE, text, link);
  each(BARE_DOMAIN, text, (m) => {
    // "e.g." and "i.e." are not domains; a domain needs a label of two letters or more.
    if (/^(?:e\.g|i\.e|a\.m|p\.m)\b/i.test(m[0])) return;
    link(m);
  });
  each(HANDLE, text, (m) => out.push({ kind: "handle", start: m.index, end: m.index + m[0].length }));
  // "kai_vibes09": a username, wherever it is written.
  each(/(?<![\w@.])[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+\b/g, text, (m) => out.push({ kind: "handle", start: m.index, end: m.index + m[0].length }));
  each(PLATFORM_HANDLE, text, (m) => {
    const token = m[1]!;
    // "my snap is private" is not a handle; "jay_b2012" or "@jay" is.
    if (!/[\d_.@]/.test(token) || /^\d+$/.test(token)) return;
    const span = groupSpan(m, 1)!;
    const trimmed = token.replace(/[.]+$/, "");
    out.push({ kind: "handle", start: span[0], end: span[0] + trimmed.length });
  });
}

// UK numbers: 0 then 9 or 10 digits, or +44 / 0044 then 9 or 10; spaces, hyphens, brackets anywhere.
const PHONE = /(?<![\d+])(?:\+\s?44|0044|\(?0)[\d\s\-()]{8,18}\d(?!\d)/g;
/** National helplines are not anyone's number: they stay. */
const HELPLINES = new Set(["08001111", "08088005000", "116123", "111", "999", "08081689111", "08000853330"]);

function phoneSpans(text: string, out: Span[]): void {
  each(PHONE, text, (m) => {
    // Grow group by group (split at spaces) and keep the longest run of digits that makes a UK number.
    const raw = m[0];
    const parts = raw.split(/(\s+)/);
    let best = -1;
    let length = 0;
    for (let i = 0; i < parts.length; i++) {
      length += parts[i]!.length;
      if (i % 2 === 1) continue;
      const digits = raw.slice(0, length).replace(/\D/g, "");
      const national = digits.startsWith("44") ? digits.slice(2) : digits.startsWith("0044") ? digits.slice(4) : digits;
      const ok = digits.startsWith("0") && !digits.startsWith("0044") ? digits.length === 10 || digits.length === 11 : national.length === 9 || national.length === 10;
      if (ok) best = length;
    }
    if (best < 0) return;
    const value = raw.slice(0, best).replace(/[\s\-(]+$/, "");
    if (HELPLINES.has(value.replace(/\D/g, ""))) return;
    // "(07700 900461)": the brackets around a number are not part of it.
    const open = value.startsWith("(") && !value.includes(")") ? 1 : 0;
    out.push({ kind: "phone", start: m.index + open, end: m.index + value.length });
  });
}

// ---- Postcodes and addresses -----------------------------------------------------------

const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b/gi;

const STREET =
  "Road|Rd|Street|Avenue|Ave|Lane|Ln|Close|Drive|Way|Crescent|Cres|Court|Place|Grove|Gardens|Gdns|Terrace|Walk|Square|Mews|Rise|Parade|Row|Hill|View|Green|Boulevard";
/** Words that cannot be part of a street's name ("3 times down the road"). */
const NOT_STREET_WORDS = new Set(
  "the a an my our your his her their this that down up to of and or times at on in by from for with is was are into onto across along near round around past".split(" "),
);
const NUMBERED_ADDRESS = new RegExp(
  `\\b(?:(?:flat|apartment|apt|unit)\\s+\\d{1,4}[a-z]?,?\\s+)?\\d{1,4}[a-z]?,?\\s+((?:[A-Za-z][A-Za-z'’-]+\\s+){1,3})(?:${STREET}|St|Park)\\b\\.?`,
  "gi",
);
const NAMED_STREET = new RegExp(`\\b((?:[A-Z][a-z'’-]+\\s+){1,3})(?:${STREET.replace("|Hill|View|Green", "")})\\b`, "g");
const NAMED_STREET_ST = /\b((?:[A-Z][a-z'’-]+\s+){1,2})St\b\.?(?!\s+[A-Z])/g;
const LIVES_ON = new RegExp(
  `\\b(?:live|lives|living|lived|stay|stays|staying|moved|house is|flat is)\\s+(?:on|at|in|to)\\s+((?:[a-z][a-z'’-]+\\s+){1,2}(?:${STREET.toLowerCase()}))\\b`,
  "dgi",
);
const FLAT = /\b(?:flat|apartment)\s+\d{1,4}[a-z]?\b/gi;
const HOUSE_NUMBER = /\b(?:at|live at|lives at)\s+(number\s+\d{1,4}[a-z]?)\b/dgi;
const LEADING_STOP = new Set("The My Our Your His Her Their This That A An On In At Down Up Along Across Near Off Past Round Every Each Any Old Main".split(" "));

function addressSpans(text: string, out: Span[]): void {
  each(POSTCODE, text, (m) => {
    const written = m[0];
    // "Y7 2nd" is not a postcode; mixed case ("Me 2aB") is not either.
    if (/^\d(?:st|nd|rd|th)$/i.test(m[2]!)) return;
    if (written !== written.toUpperCase() && written !== written.toLowerCase()) return;
    out.push({ kind: "postcode", start: m.index, end: m.index + written.length });
  });
  each(NUMBERED_ADDRESS, text, (m) => {
    const streetWords = m[1]!.trim().split(/\s+/);
    if (streetWords.some((w) => NOT_STREET_WORDS.has(w.toLowerCase()))) return;
    const end = m.index + m[0].replace(/\.$/, "").length;
    out.push({ kind: "address", start: m.index, end });
  });
  const named = (m: RegExpExecArray) => {
    const streetWords = m[1]!.trim().split(/\s+/);
    let skip = 0;
    let offset = 0;
    while (skip < streetWords.length && LEADING_STOP.has(streetWords[skip]!)) {
      offset += m[0].slice(offset).indexOf(streetWords[skip]!) + streetWords[skip]!.length;
      skip++;
    }
    if (skip === streetWords.length) return;
    const start = m.index + m[0].indexOf(streetWords[skip]!, offset);
    out.push({ kind: "address", start, end: m.index + m[0].replace(/\.$/, "").length });
  };
  each(NAMED_STREET, text, named);
  each(NAMED_STREET_ST, text, named);
  each(LIVES_ON, text, (m) => {
    const streetWords = m[1]!.trim().split(/\s+/).slice(0, -1);
    if (streetWords.some((w) => NOT_STREET_WORDS.has(w.toLowerCase()))) return;
    const span = groupSpan(m, 1)!;
    out.push({ kind: "address", start: span[0], end: span[1] });
  });
  each(FLAT, text, (m) => out.push({ kind: "address", start: m.index, end: m.index + m[0].length }));
  each(HOUSE_NUMBER, text, (m) => {
    const span = groupSpan(m, 1)!;
    out.push({ kind: "address", start: span[0], end: span[1] });
  });
}

// ---- Schools ----------------------------------------------------------------------------

const SCHOOL_TAIL =
  "(?:(?:C\\.? ?of ?E\\.?|CofE|C\\.E\\.|CE|RC|R\\.C\\.|Catholic|Church of England|Methodist|Community|Church|Junior and Infant|Infant and Junior)\\s+)?" +
  "(?:Primary(?:\\s+(?:School|Academy))?|Infants?(?:\\s+School)?|Juniors?(?:\\s+School)?|Nursery(?:\\s+School)?|High(?:\\s+School)?|Secondary(?:\\s+School)?|" +
  "Grammar(?:\\s+School)?|Middle(?:\\s+School)?|First School|Free School|Sixth Form(?:\\s+College)?|Academy|School|College|UTC)";
const SCHOOL = new RegExp(
  `\\b((?:(?:St\\.?|Saint|Our)\\s+)?(?:[A-Z][A-Za-z'’-]+\\s+(?:(?:of|and|&|the|de|upon|on|in|le)\\s+)?){1,4})${SCHOOL_TAIL}\\b(?!\\s+(?:Street|St|Road|Rd|Lane)\\b)`,
  "g",
);
const SAINT_SCHOOL =
  /\b(?:st\.?|saint)\s+[a-z]+(?:'?s)?\s+(?:(?:c of e|cofe|ce|rc|catholic|church of england)\s+)?(?:primary|infants?|juniors?|school|academy|high|college)\b/gi;
const NOT_SCHOOL_NAMES = new Set(
  "My Our Your His Her Their The A An At In To This That Big New Local Special Secondary Primary High Every Each Any Which Sunday Forest Home Boarding Art Dance Football Driving Summer Holiday Night Bible Maths English".split(" "),
);

function schoolSpans(text: string, schoolNames: readonly string[], out: Span[]): void {
  each(SCHOOL, text, (m) => {
    const nameWords = m[1]!.trim().split(/\s+/);
    let index = 0;
    let offset = 0;
    // "My Primary School", "The Academy" are not names; "The Grange Academy" is (from "Grange").
    while (index < nameWords.length && NOT_SCHOOL_NAMES.has(nameWords[index]!) && !(nameWords[index] === "Our" && nameWords[index + 1] === "Lady")) {
      offset = m[0].indexOf(nameWords[index]!, offset) + nameWords[index]!.length;
      index++;
    }
    if (index === nameWords.length) return;
    // Keep "The" when a real name follows it: "The Grange Academy".
    const first = nameWords[index - 1] === "The" ? index - 1 : index;
    const start = m.index + m[0].indexOf(nameWords[first]!, first === index ? offset : m[0].lastIndexOf("The", offset));
    out.push({ kind: "school", start, end: m.index + m[0].length });
  });
  each(SAINT_SCHOOL, text, (m) => out.push({ kind: "school", start: m.index, end: m.index + m[0].length }));
  for (const re of listPatterns(schoolNames)) {
    each(re, text, (m) => out.push({ kind: "school", start: m.index, end: m.index + m[0].length }));
  }
}

// ---- Ages and dates ---------------------------------------------------------------------

const NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
const NUM = `(?:\\d{1,2}|${NUMBER_WORDS})`;
const NOT_AN_AGE_UNIT =
  "(?!\\s*(?:%|percent|per cent|pounds?|quid|p\\b|pence|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|times|o'?clock|am\\b|pm\\b|miles?|metres?|meters?|k\\b|kg|stone|st\\b|cm|foot|feet|inches|:|\\.\\d|/|x\\b|th\\b|st\\b|nd\\b|rd\\b|of\\b|out of|people|kids|children|of us|in the|things?|hours?))";
const PERSON = "(?:I|i|he|she|they|we|He|She|They|We|who|[Mm]y \\w+|son|daughter|boy|girl|brother|sister|child|kid|baby|eldest|youngest|oldest|twins)";
const AGE_PATTERNS: RegExp[] = [
  new RegExp(
    `\\b(?:I'm|I’m|Im|im|i'm|i’m|I am|i am|he's|she's|he’s|she’s|they're|they’re|${PERSON}\\s+(?:is|am|are|was|were|turned|turns|has just turned|will be|is now))\\s+(?:only|just|nearly|almost|about|now|turning|still)?\\s*(${NUM})\\b${NOT_AN_AGE_UNIT}`,
    "dgi",
  ),
  new RegExp(`\\b(${NUM})(?:\\s*|-)(?:years?|yrs?|yr)(?:\\s*|-)old\\b`, "dgi"),
  new RegExp(`\\b(\\d{1,2})\\s*(?:yo|y\\/o|yrs)\\b`, "dgi"),
  new RegExp(`\\b(?:aged|age|ages)\\s+(${NUM})\\b`, "dgi"),
  new RegExp(`\\b(?:aged|ages)\\s+${NUM}\\s*(?:and|&|,)\\s*(${NUM})\\b`, "dgi"),
  new RegExp(`\\b(?:turned|turning|since I was|when I was|since i was|when i was)\\s+(${NUM})\\b${NOT_AN_AGE_UNIT}`, "dgi"),
  /\b(\d{1,2}(?:st|nd|rd|th))\s+birthday\b/dgi,
  // "My kids are 4 and 7": the second age.
  new RegExp(`\\b${PERSON}\\s+(?:are|were)\\s+${NUM}\\s*(?:and|&|,)\\s*(${NUM})\\b${NOT_AN_AGE_UNIT}`, "dgi"),
  // "Amelia is 12", "Tyler is only 15": a capitalised name, then the age.
  new RegExp(`\\b[A-Z][a-z'’-]+\\s+(?:is|was|turned|turns|is now|has just turned)\\s+(?:only|just|nearly|almost|now|still)?\\s*(${NUM})\\b${NOT_AN_AGE_UNIT}`, "dg"),
  // A baby's age: "3 months old", "six weeks old".
  new RegExp(`\\b(${NUM})\\s*(?:months?|weeks?)(?:\\s*|-)old\\b`, "dgi"),
  // "(Zara, 15)", "Sophie (8)", "my son (aged 9)".
  /\([A-Z][A-Za-z'’-]+,\s*(?:aged?\s+)?(\d{1,2})\s*\)/dg,
  /(?<=\b(?:[A-Z][A-Za-z'’-]+|son|daughter|brother|sister|baby|boy|girl)\s*)\(\s*(?:aged?\s+)?(\d{1,2})\s*\)/dg,
  // "put in care at 12", "pregnant at 16".
  new RegExp(`\\b(?:in care|into care|adopted|fostered|excluded|left home|moved out|kicked out|pregnant|started caring|a carer|homeless)\\s+at\\s+(?:age\\s+)?(${NUM})\\b`, "dgi"),
];

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const DATE_PATTERNS: RegExp[] = [
  /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/g,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?:${MONTH})\\b\\.?(?:,?\\s+(?:19|20)\\d{2})?`, "gi"),
  new RegExp(`\\b(?:${MONTH})\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d{2})?\\b`, "gi"),
  new RegExp(`\\b(?:${MONTH})\\s+(?:19|20)\\d{2}\\b`, "gi"),
  /\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g,
];
const BORN_YEAR = /\b(?:born|birthday|dob|d\.o\.b\.?)\b[^.!?\n]{0,20}?\b((?:19|20)\d{2})\b/dgi;

function ageAndDateSpans(text: string, out: Span[]): void {
  for (const re of AGE_PATTERNS) {
    each(re, text, (m) => {
      const span = groupSpan(m, 1);
      if (span) out.push({ kind: "age", start: span[0], end: span[1] });
    });
  }
  for (const re of DATE_PATTERNS) {
    each(re, text, (m) => {
      // "I may 12..." is not a date: the month May needs its capital.
      if (/\bmay\b/.test(m[0]) && !/\bMay\b/.test(m[0])) return;
      // "the 3 of us march..." is not a date either.
      if (/\bmarch\b/.test(m[0]) || /\b(?:jan|sept?|dec|mar)\b/.test(m[0])) return;
      out.push({ kind: "date", start: m.index, end: m.index + m[0].replace(/\.$/, "").length });
    });
  }
  each(BORN_YEAR, text, (m) => {
    const span = groupSpan(m, 1)!;
    out.push({ kind: "date", start: span[0], end: span[1] });
  });
}

// ---- Places -----------------------------------------------------------------------------

const patternCache = new Map<string, RegExp[]>();

/** Whole-word, case-insensitive patterns for a list of names (the partnership's schools or places). */
function listPatterns(names: readonly string[]): RegExp[] {
  if (names.length === 0) return [];
  const key = names.join("\u0000");
  const cached = patternCache.get(key);
  if (cached) return cached;
  const cleaned = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 3))].sort((a, b) => b.length - a.length);
  const patterns =
    cleaned.length === 0 ? [] : [new RegExp(`(?<![\\w])(?:${cleaned.map((n) => escapeRegExp(n).replace(/\s+/g, "\\s+")).join("|")})(?![\\w])`, "gi")];
  if (patternCache.size > 200) patternCache.clear();
  patternCache.set(key, patterns);
  return patterns;
}

const UK_PLACE_PATTERN = new RegExp(`\\b(?:${UK_PLACES.map(escapeRegExp).join("|")})\\b`, "g");
const ESTATE = /\b(?:the\s+)?((?:[A-Z][a-z'’-]+\s+){1,2})(?:Estate|estate)\b/dg;

function placeSpans(text: string, placeNames: readonly string[], out: Span[]): void {
  for (const re of listPatterns(placeNames)) {
    each(re, text, (m) => out.push({ kind: "place", start: m.index, end: m.index + m[0].length }));
  }
  each(UK_PLACE_PATTERN, text, (m) => out.push({ kind: "place", start: m.index, end: m.index + m[0].length }));
  each(ESTATE, text, (m) => {
    const span = groupSpan(m, 1)!;
    const words = text.slice(span[0], span[1]).trim().split(/\s+/);
    if (words.every((w) => LEADING_STOP.has(w) || NEVER_NAMES.has(w.toLowerCase()))) return;
    out.push({ kind: "place", start: span[0], end: m.index + m[0].length });
  });
}

// ---- Names ------------------------------------------------------------------------------

interface Word {
  text: string;
  /** Lower case, without a possessive 's. */
  key: string;
  start: number;
  /** End of the name itself (before a possessive 's). */
  end: number;
  capital: boolean;
  sentenceStart: boolean;
}

const WORD = /[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*/g;
const SPEECH = new Set(["said", "says", "told", "tells", "asked", "asks", "shouted", "shouts", "screamed", "texted", "messaged"]);
const TITLES = new Set(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "mister", "missus"]);

function wordsOf(text: string): Word[] {
  const list: Word[] = [];
  each(WORD, text, (m) => {
    let value = m[0].replace(/['’-]+$/, "");
    const possessive = /['’]s$/i.test(value) ? 2 : 0;
    const bare = possessive ? value.slice(0, -2) : value;
    if (bare.length === 0) return;
    value = m[0];
    const before = text.slice(0, m.index).replace(/[\s"“‘(]+$/, "");
    const sentenceStart = before.length === 0 || /[.!?\n:;]$/.test(before) || /\n\s*$/.test(text.slice(0, m.index));
    list.push({
      text: bare,
      key: bare.toLowerCase(),
      start: m.index,
      end: m.index + bare.length,
      capital: /^[A-ZÀ-ÖØ-Þ]/.test(bare),
      sentenceStart,
    });
  });
  return list;
}

/** A capitalised word that could be a surname or an unlisted name (not a family word, a day, a helpline...). */
function nameLike(word: Word | undefined): boolean {
  if (!word || !word.capital || word.text.length < 2) return false;
  if (NEVER_NAMES.has(word.key) || MONTH_NAMES.has(word.key)) return false;
  // ALL CAPS words are shouting or initialisms, not names ("HELP", "SEN").
  if (word.text.length > 1 && word.text === word.text.toUpperCase()) return false;
  return true;
}

const MONTH_CONTEXT = new Set("in on of since until till last next this by before after every early late mid end start beginning during from".split(" "));

function nameSpans(text: string, out: Span[]): void {
  const list = wordsOf(text);
  const isName: boolean[] = new Array(list.length).fill(false);
  const gap = (a: Word, b: Word) => text.slice(a.end, b.start);
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    const prev = list[i - 1];
    const next = list[i + 1];
    const joinedToPrev = prev !== undefined && /^['’]?s?\s+$|^\s+$/.test(gap(prev, w));
    const joinedToNext = next !== undefined && /^(?:['’]s)?\s+$/.test(gap(w, next));
    const prevKey = joinedToPrev ? prev!.key : "";
    const cue = NAME_CUES.has(prevKey) || (prevKey === "is" && list[i - 2]?.key === "name") || (prevKey === "as" && list[i - 2]?.key === "known");
    const title = TITLES.has(prevKey) && joinedToPrev;

    if (NEVER_NAMES.has(w.key)) continue;
    if (title && nameLike(w)) {
      isName[i] = true;
      continue;
    }
    if (FIRST_NAMES.has(w.key) && w.key.length >= 2) {
      // A listed name in any case; one letter names and initials are not enough.
      isName[i] = w.capital || w.key.length >= 3;
      continue;
    }
    if (AMBIGUOUS_NAMES.has(w.key)) {
      if (!w.capital) continue;
      if (MONTH_NAMES.has(w.key)) {
        // "in May", "May 12": the month. "my friend May", "May said": a person.
        const nextNumber = joinedToNext && /^\d/.test(text.slice(w.end).trim());
        const asPerson = cue || (joinedToNext && NAME_FOLLOWERS.has(next!.key)) || (prevKey === "and" && isName[i - 2] === true);
        isName[i] = asPerson && !nextNumber && !MONTH_CONTEXT.has(prevKey);
        continue;
      }
      if (!w.sentenceStart) {
        // "Will" in the middle of a sentence with a capital is someone's name.
        isName[i] = !(prev && (prev.key === "god's" || prev.key === "free"));
        continue;
      }
      const followed = next && joinedToNext && (NAME_FOLLOWERS.has(next.key) || (nameLike(next) && SURNAMES.has(next.key)));
      const comma = text[w.end] === "," || text.slice(w.end, w.end + 2) === "'s" || text.slice(w.end, w.end + 2) === "’s";
      isName[i] = Boolean(followed) || comma || cue;
      continue;
    }
    if (cue && nameLike(w) && !w.sentenceStart) {
      isName[i] = true;
      continue;
    }
    // "Kacey said...", "...and Brandy told me": an unlisted name before a verb of speech.
    if (nameLike(w) && next && joinedToNext && SPEECH.has(next.key) && !/['’]s$/.test(text.slice(w.start, next.start).trim())) {
      isName[i] = true;
    }
  }
  // Surnames and second names: a capitalised word (or a listed surname) right after a name.
  for (let i = 0; i < list.length; i++) {
    if (!isName[i]) continue;
    const next = list[i + 1];
    if (!next || isName[i + 1]) continue;
    if (!/^\s+$/.test(text.slice(list[i]!.end, next.start))) continue;
    if ((nameLike(next) && !next.sentenceStart) || SURNAMES.has(next.key) || /^(?:mc|mac|o')/i.test(next.key)) {
      if (!NEVER_NAMES.has(next.key) && !NAME_FOLLOWERS.has(next.key)) isName[i + 1] = true;
    }
  }
  // "Tyler's mum", "at Kacey's house": a capitalised word mid-sentence with a family word after its 's.
  each(/\b([A-Z][a-z]+)['’]s\s+(?:mum|dad|house|flat|place|nan|mam|brother|sister|party|bedroom|stepdad|stepmum|boyfriend|girlfriend)\b/g, text, (m) => {
    const index = list.findIndex((w) => w.start === m.index);
    if (index < 0 || isName[index]) return;
    const w = list[index]!;
    if (nameLike(w) && !w.sentenceStart) isName[index] = true;
  });
  for (let i = 0; i < list.length; i++) {
    if (isName[i]) out.push({ kind: "name", start: list[i]!.start, end: list[i]!.end });
  }
}

// ---- Putting it together ------------------------------------------------------------------

/** Placeholders already in the text (a second redaction) stay as they are. */
const PLACEHOLDER = /\[(?:name|email|phone|postcode|address|place|school|handle|link|age|date)\]/g;

function resolve(spans: Span[], text: string): Span[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || PRIORITY[b.kind] - PRIORITY[a.kind]);
  const kept: Span[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) {
      kept.push({ ...span });
      continue;
    }
    // Overlap: one placeholder over both, of the longer finding's kind (the surer on a tie).
    const lastLength = last.end - last.start;
    const length = span.end - span.start;
    if (length > lastLength || (length === lastLength && PRIORITY[span.kind] > PRIORITY[last.kind])) last.kind = span.kind;
    last.end = Math.max(last.end, span.end);
  }
  // "Sarah Jones" found word by word is one name: one placeholder.
  const merged: Span[] = [];
  for (const span of kept) {
    const last = merged[merged.length - 1];
    if (last && last.kind === span.kind && (span.kind === "name" || span.kind === "place") && /^[\s-]+$/.test(text.slice(last.end, span.start))) {
      last.end = span.end;
    } else {
      merged.push(span);
    }
  }
  return merged;
}

/**
 * Replaces the identifiers in `text` by placeholders. The same text and
 * options always give the same result; running it again on its own output
 * changes nothing.
 */
export function redact(text: string, options: RedactionOptions = {}): Redaction {
  if (text.length === 0) return { text, replaced: [] };
  // Mask placeholders from a previous pass (same length, so offsets hold).
  const masked = text.replace(PLACEHOLDER, (p) => "\u0000".repeat(p.length));
  const spans: Span[] = [];
  contactSpans(masked, spans);
  phoneSpans(masked, spans);
  addressSpans(masked, spans);
  schoolSpans(masked, options.schoolNames ?? [], spans);
  ageAndDateSpans(masked, spans);
  placeSpans(masked, options.placeNames ?? [], spans);
  nameSpans(masked, spans);
  const replaced = resolve(spans, masked).filter((s) => !masked.slice(s.start, s.end).includes("\u0000"));
  let out = "";
  let at = 0;
  for (const span of replaced) {
    out += text.slice(at, span.start) + PLACEHOLDERS[span.kind];
    at = span.end;
  }
  out += text.slice(at);
  return { text: out, replaced };
}
