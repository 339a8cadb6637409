/**
 * Theme suggestions and sentiment for free text (issue 6).
 *
 * Offline and transparent, so an analyst can see why a code is suggested:
 * 1. the text is parsed once with wink-nlp (tokens, lemmas, sentences) and put
 *    into one spelling for text-speak and regional words (text.ts);
 * 2. cue phrases of each code are found in it: the built-in codes' weighted
 *    cues (lexicon.ts) in order with small gaps, and every code's example
 *    phrases (so a partnership's own codes work too) as the same content words
 *    in one sentence; a negation reverses only cues marked for it ("not lonely");
 * 3. texts the partnership has already coded (`learned`) vote for their codes
 *    by how similar they are (TF-IDF cosine over word stems), so suggestions
 *    improve from accepted codes;
 * 4. the evidence combines as independent signs (1 - product of (1 - w)); the
 *    codes above a threshold are suggested, best first, at most MAX_CODES.
 */
import { THEME_CUES, TIER_WEIGHT } from "./lexicon";
import { type ParsedText, parseText, phraseUnits, stem, STOPWORDS, type Unit } from "./text";

export interface CodeDefinition {
  /** e.g. "basic_needs" */
  code: string;
  label: string;
  staffDescription: string;
  childDescription: string;
  examplePhrases: readonly string[];
}

/** A text a partnership's analysts have coded: suggestions learn from these. */
export interface LearnedExample {
  id: string;
  text: string;
  codes: readonly string[];
}

export interface CodeSuggestion {
  code: string;
  /** 0..1, higher is surer. */
  score: number;
  /** Why: phrases found in the text, and ids of similar coded texts. */
  reason: { phrases: string[]; similar: string[] };
}

export { SENTIMENTS, type Sentiment } from "./sentiments";
import type { Sentiment } from "./sentiments";

/** Tuning (see suggest.test.ts and the dev-set check in the report). */
export const SUGGEST_TUNING = {
  /** A code is suggested from this score... */
  threshold: 0.5,
  /** ...and when it is at least this share of the best code's score. */
  relative: 0.55,
  /** The best code is still suggested down to this score. */
  floor: 0.3,
  maxCodes: 3,
  /** A third (or later) code needs this score: most texts are about one or two things. */
  extraCodeMin: 0.8,
  /** Most the weak cues of one code add up to. */
  weakCap: 0.25,
  /** Words allowed between the words of a cue. */
  maxGap: 2,
  /** A negated cue marked "!" counts this much. */
  negatedFactor: 0.3,
  /** Nearest neighbours among learned texts. */
  neighbours: 5,
  minSimilarity: 0.2,
  similarityGain: 1.3,
};

// ---- compiled codebook -------------------------------------------------------

interface Token {
  word: string;
  lemma: string;
  stem: string;
  prefix?: string;
}

interface Cue {
  code: string;
  text: string;
  weight: number;
  weak: boolean;
  tokens: Token[];
  negatable: boolean;
  hasNegator: boolean;
}

interface LooseCue {
  code: string;
  text: string;
  weight: number;
  /** Content stems that must all be in one sentence. */
  stems: string[];
}

interface CompiledCodebook {
  codes: string[];
  /** Cues by the lemma or stem of their first word. */
  byKey: Map<string, Cue[]>;
  /** Cues whose first word is a prefix ("bull*"), by its first three letters. */
  byPrefix: Map<string, Cue[]>;
  loose: Map<string, LooseCue[]>;
}

const NEGATOR_WORDS = new Set(["not", "never", "no", "nobody", "nothing", "none", "nowhere", "without"]);
/** Function words left out of loose example matches (content words must all be present). */
const LOOSE_STOP = new Set(
  (
    "a an the and or but if then so because as of at by for with about to from in on off up out into over i me my mine myself we us our you your he him his she her it its they them their this that these those am is are was were be been being have has had do does did would could should will can may might just really very always all some any one lot much many get got go going went make made say said when where what who how there here even still too also only like"
  ).split(/\s+/),
);

const compiledCodebooks = new WeakMap<readonly CodeDefinition[], CompiledCodebook>();

function tokensOf(phrase: string): Token[] {
  const tokens: Token[] = [];
  for (const raw of phrase.trim().toLowerCase().split(/\s+/)) {
    if (raw.endsWith("*") && raw.length > 1) {
      const prefix = raw.slice(0, -1).replace(/[’]/g, "'");
      tokens.push({ word: prefix, lemma: prefix, stem: prefix, prefix });
      continue;
    }
    for (const unit of phraseUnits(raw)) tokens.push({ word: unit.word, lemma: unit.lemma, stem: unit.stem });
  }
  return tokens;
}

function addCue(compiled: CompiledCodebook, cue: Cue) {
  const first = cue.tokens[0];
  if (!first) return;
  if (first.prefix) {
    const key = first.prefix.slice(0, 3);
    compiled.byPrefix.set(key, [...(compiled.byPrefix.get(key) ?? []), cue]);
    return;
  }
  for (const key of new Set([first.lemma, first.stem, first.word])) {
    compiled.byKey.set(key, [...(compiled.byKey.get(key) ?? []), cue]);
  }
}

function compile(codebook: readonly CodeDefinition[]): CompiledCodebook {
  const cached = compiledCodebooks.get(codebook);
  if (cached) return cached;
  const compiled: CompiledCodebook = { codes: codebook.map((c) => c.code), byKey: new Map(), byPrefix: new Map(), loose: new Map() };
  for (const definition of codebook) {
    const tiers = THEME_CUES[definition.code];
    if (tiers) {
      for (const tier of ["strong", "medium", "weak"] as const) {
        for (const raw of tiers[tier] ?? []) {
          const negatable = raw.startsWith("!");
          const text = negatable ? raw.slice(1) : raw;
          const tokens = tokensOf(text);
          // A longer cue is more specific: "look after my mum" says more than "mum".
          const words = text.split(/\s+/).filter((w) => !LOOSE_STOP.has(w)).length;
          addCue(compiled, {
            code: definition.code,
            text,
            weight: TIER_WEIGHT[tier] + (tier === "weak" ? 0 : Math.min(0.15, 0.075 * Math.max(0, words - 1))),
            weak: tier === "weak",
            tokens,
            negatable,
            hasNegator: tokens.some((t) => NEGATOR_WORDS.has(t.word)),
          });
        }
      }
    }
    for (const phrase of definition.examplePhrases) {
      const stems = [...new Set(phraseUnits(phrase).filter((u) => !LOOSE_STOP.has(u.word)).map((u) => u.stem))];
      if (stems.length === 0) continue;
      const weight = stems.length === 1 ? 0.35 : stems.length === 2 ? 0.45 : 0.6;
      const cue: LooseCue = { code: definition.code, text: phrase, weight, stems };
      // Indexed by each of its stems; checked against the sentence's whole set.
      for (const s of stems) compiled.loose.set(s, [...(compiled.loose.get(s) ?? []), cue]);
    }
  }
  compiledCodebooks.set(codebook, compiled);
  return compiled;
}

function matches(token: Token, unit: Unit): boolean {
  if (token.prefix) return unit.word.startsWith(token.prefix) || unit.lemma.startsWith(token.prefix);
  return token.lemma === unit.lemma || token.stem === unit.stem || token.word === unit.word;
}

/** The units a cue covers when it starts at units[i], or undefined. */
function matchAt(cue: Cue, units: readonly Unit[], i: number, maxGap: number): [number, number] | undefined {
  const first = units[i]!;
  if (!matches(cue.tokens[0]!, first)) return undefined;
  let at = i;
  for (let t = 1; t < cue.tokens.length; t++) {
    const token = cue.tokens[t]!;
    let found = -1;
    for (let j = at + 1; j <= at + 1 + maxGap && j < units.length; j++) {
      if (units[j]!.sentence !== first.sentence) break;
      if (matches(token, units[j]!)) {
        found = j;
        break;
      }
    }
    if (found < 0) return undefined;
    at = found;
  }
  return [i, at];
}

// ---- learned examples (nearest neighbours) -----------------------------------

interface LearnedIndex {
  idf: Map<string, number>;
  defaultIdf: number;
  docs: { id: string; codes: readonly string[]; vector: Map<string, number>; norm: number }[];
  /** Stem -> documents holding it. */
  postings: Map<string, number[]>;
}

const learnedIndexes = new WeakMap<readonly LearnedExample[], LearnedIndex>();

function termsOf(parsed: ParsedText): Map<string, number> {
  const counts = new Map<string, number>();
  for (const unit of parsed.units) {
    if (STOPWORDS.has(unit.word) || STOPWORDS.has(unit.lemma) || unit.word.length < 2 || /^\d+$/.test(unit.word)) continue;
    const key = NEGATOR_WORDS.has(unit.word) ? "not" : unit.stem;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function weigh(counts: Map<string, number>, idf: Map<string, number>, defaultIdf: number): { vector: Map<string, number>; norm: number } {
  const vector = new Map<string, number>();
  let sum = 0;
  for (const [term, count] of counts) {
    const w = (1 + Math.log(count)) * (idf.get(term) ?? defaultIdf);
    vector.set(term, w);
    sum += w * w;
  }
  return { vector, norm: Math.sqrt(sum) };
}

function indexLearned(learned: readonly LearnedExample[]): LearnedIndex {
  const cached = learnedIndexes.get(learned);
  if (cached) return cached;
  const termCounts = learned.map((example) => termsOf(parseText(example.text)));
  const df = new Map<string, number>();
  for (const counts of termCounts) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = learned.length;
  const idf = new Map<string, number>();
  for (const [term, count] of df) idf.set(term, Math.log((n + 1) / (count + 1)) + 1);
  const defaultIdf = Math.log(n + 1) + 1;
  const postings = new Map<string, number[]>();
  const docs = learned.map((example, index) => {
    const counts = termCounts[index]!;
    for (const term of counts.keys()) postings.set(term, [...(postings.get(term) ?? []), index]);
    return { id: example.id, codes: example.codes, ...weigh(counts, idf, defaultIdf) };
  });
  const index = { idf, defaultIdf, docs, postings };
  learnedIndexes.set(learned, index);
  return index;
}

function neighboursOf(parsed: ParsedText, learned: readonly LearnedExample[]) {
  if (learned.length === 0) return [];
  const index = indexLearned(learned);
  const { vector, norm } = weigh(termsOf(parsed), index.idf, index.defaultIdf);
  if (norm === 0) return [];
  const dots = new Map<number, number>();
  for (const [term, w] of vector) {
    for (const doc of index.postings.get(term) ?? []) dots.set(doc, (dots.get(doc) ?? 0) + w * index.docs[doc]!.vector.get(term)!);
  }
  return [...dots]
    .map(([doc, dot]) => ({ doc: index.docs[doc]!, similarity: dot / (norm * index.docs[doc]!.norm) }))
    .filter((n) => n.similarity >= SUGGEST_TUNING.minSimilarity)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, SUGGEST_TUNING.neighbours);
}

// ---- suggestions --------------------------------------------------------------

interface Evidence {
  weight: number;
  weak: boolean;
  from: number;
  to: number;
  cue: string;
}

/** Every code's raw evidence in a text: cue matches and loose example matches. */
function evidenceOf(parsed: ParsedText, compiled: CompiledCodebook): Map<string, Evidence[]> {
  const { units } = parsed;
  const found = new Map<string, Evidence[]>();
  const add = (code: string, evidence: Evidence) => {
    const list = found.get(code);
    if (list) list.push(evidence);
    else found.set(code, [evidence]);
  };
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const candidates = new Set<Cue>();
    for (const key of [unit.lemma, unit.stem, unit.word]) for (const cue of compiled.byKey.get(key) ?? []) candidates.add(cue);
    for (const key of new Set([unit.word.slice(0, 3), unit.lemma.slice(0, 3)])) {
      for (const cue of compiled.byPrefix.get(key) ?? []) candidates.add(cue);
    }
    for (const cue of candidates) {
      const span = matchAt(cue, units, i, SUGGEST_TUNING.maxGap);
      if (!span) continue;
      const negated = cue.negatable && !cue.hasNegator && units[span[0]]!.negated;
      add(cue.code, {
        weight: negated ? cue.weight * SUGGEST_TUNING.negatedFactor : cue.weight,
        weak: cue.weak,
        from: span[0],
        to: span[1],
        cue: cue.text,
      });
    }
  }

  // Loose matches of example phrases: their content words in one sentence.
  if (compiled.loose.size > 0) {
    const bySentence = new Map<number, Map<string, number>>();
    for (let i = 0; i < units.length; i++) {
      const unit = units[i]!;
      let stems = bySentence.get(unit.sentence);
      if (!stems) bySentence.set(unit.sentence, (stems = new Map()));
      if (!stems.has(unit.stem)) stems.set(unit.stem, i);
    }
    for (const stems of bySentence.values()) {
      const seen = new Set<LooseCue>();
      for (const first of stems.keys()) {
        for (const cue of compiled.loose.get(first) ?? []) {
          if (seen.has(cue)) continue;
          seen.add(cue);
          const at = cue.stems.map((s) => stems.get(s)).filter((a): a is number => a !== undefined);
          // All of a short example's content words, or most (3 in 4) of a longer one's.
          const share = at.length / cue.stems.length;
          if (share < 1 && (cue.stems.length < 3 || share < 0.75)) continue;
          add(cue.code, {
            weight: cue.weight * share,
            weak: false,
            from: Math.min(...at),
            to: Math.max(...at),
            cue: cue.text,
          });
        }
      }
    }
  }
  return found;
}

/** Combine one code's evidence: the strongest sign per stretch of text, independent signs, weak ones capped. */
function combine(evidence: Evidence[]): { score: number; kept: Evidence[] } {
  const sorted = [...evidence].sort((a, b) => b.weight - a.weight || b.to - b.from - (a.to - a.from));
  const kept: Evidence[] = [];
  const cues = new Set<string>();
  for (const e of sorted) {
    if (cues.has(e.cue)) continue;
    if (kept.some((k) => e.from <= k.to && k.from <= e.to)) continue;
    kept.push(e);
    cues.add(e.cue);
  }
  let miss = 1;
  let weakMiss = 1;
  for (const e of kept) {
    if (e.weak) weakMiss *= 1 - e.weight;
    else miss *= 1 - e.weight;
  }
  const weak = Math.min(SUGGEST_TUNING.weakCap, 1 - weakMiss);
  return { score: 1 - miss * (1 - weak), kept };
}

/** The phrases of the text behind a code's evidence, strongest first. */
function phrasesOf(parsed: ParsedText, kept: Evidence[]): string[] {
  const phrases: string[] = [];
  for (const e of kept) {
    const from = parsed.units[e.from]!;
    const to = parsed.units[e.to]!;
    const words =
      e.to - e.from > 6 ? [parsed.text.slice(from.start, from.end), parsed.text.slice(to.start, to.end)] : [parsed.text.slice(from.start, to.end)];
    for (const w of words) if (!phrases.includes(w)) phrases.push(w);
    if (phrases.length >= 5) break;
  }
  return phrases;
}

export function suggestCodes(text: string, codebook: readonly CodeDefinition[], learned: readonly LearnedExample[] = []): CodeSuggestion[] {
  if (!text.trim() || codebook.length === 0) return [];
  const compiled = compile(codebook);
  const parsed = parseText(text);
  const known = new Set(compiled.codes);
  const scores = new Map<string, { score: number; phrases: string[]; similar: string[] }>();

  for (const [code, evidence] of evidenceOf(parsed, compiled)) {
    const { score, kept } = combine(evidence);
    scores.set(code, { score, phrases: phrasesOf(parsed, kept), similar: [] });
  }

  for (const { doc, similarity } of neighboursOf(parsed, learned)) {
    const vote = Math.min(0.9, similarity * SUGGEST_TUNING.similarityGain);
    for (const code of doc.codes) {
      if (!known.has(code)) continue;
      const entry = scores.get(code) ?? { score: 0, phrases: [], similar: [] };
      entry.score = 1 - (1 - entry.score) * (1 - vote);
      entry.similar.push(doc.id);
      scores.set(code, entry);
    }
  }

  const ranked = [...scores]
    .map(([code, s]) => ({ code, score: Math.round(s.score * 1000) / 1000, reason: { phrases: s.phrases, similar: s.similar } }))
    .sort((a, b) => b.score - a.score || compiled.codes.indexOf(a.code) - compiled.codes.indexOf(b.code));
  const best = ranked[0];
  if (!best || best.score < SUGGEST_TUNING.floor) return [];
  const chosen = ranked.filter(
    (s, i) =>
      i === 0 ||
      (s.score >= SUGGEST_TUNING.threshold &&
        s.score >= best.score * SUGGEST_TUNING.relative &&
        (i < 2 || s.score >= SUGGEST_TUNING.extraCodeMin)),
  );
  return chosen.slice(0, SUGGEST_TUNING.maxCodes);
}

// ---- sentiment ----------------------------------------------------------------

/** Words of this domain that wink-nlp's general lexicon misses or weighs lightly. */
const DOMAIN_NEGATIVE = new Set(
  (
    "hungry starving starve filthy dirty smelly cold freezing alone lonely isolated isolating scared frightened terrified afraid worried anxious anxiety depressed depression bullied bully neglect neglected abuse abused abusing hit hits hitting beat punch kick kicked slap strangle bruise bruises drunk drinking drugs argue arguing fight fighting shout shouting shouts scream screaming ignored ignore unloved worthless hopeless tired exhausted struggle struggling struggled afford debt evicted homeless overcrowded cry crying tears sad unhappy miserable upset hurt hurts pain self-harm cutting suicide suicidal die dying kill unsafe dangerous locked embarrassing embarrassed ashamed shame fault blame judged patronising rude chaotic horrible awful terrible worse worst hate hated lost lose nobody never difficult hard tough draining disadvantage"
  ).split(/\s+/),
);
const DOMAIN_POSITIVE = new Set(
  (
    "love loved lovely kind caring cared helped helpful help supportive support listened listens listen believed safe happy happier brilliant amazing wonderful great good best better nice friendly grateful thankful thanks thank enjoy enjoyed fun proud respect respected understood trust trusted welcoming angel rewarding fantastic excellent lifeline"
  ).split(/\s+/),
);

export function sentimentOf(text: string): Sentiment {
  if (!text.trim()) return "neutral";
  const parsed = parseText(text);
  let domain = 0;
  let words = 0;
  for (const unit of parsed.units) {
    words++;
    // "no food", "nobody cares", "nothing to eat": a lack is a mild negative in itself.
    if (unit.word === "no" || unit.word === "nobody" || unit.word === "nothing") domain -= 0.5;
    const flip = unit.negated && !NEGATOR_WORDS.has(unit.word) ? -1 : 1;
    if (DOMAIN_NEGATIVE.has(unit.word) || DOMAIN_NEGATIVE.has(unit.lemma)) domain -= flip;
    else if (DOMAIN_POSITIVE.has(unit.word) || DOMAIN_POSITIVE.has(unit.lemma)) domain += flip;
  }
  // wink-nlp's score (an average in -1..1) leans on single general words ("go" counts as positive),
  // so the domain words weigh more; both are scaled to about -1..1.
  const score = 0.2 * parsed.winkSentiment + (words > 0 ? (0.6 * domain) / Math.sqrt(words) : 0);
  if (score >= 0.15) return "positive";
  if (score <= -0.15) return "negative";
  return "neutral";
}

/** For tests and tools: the stem used to compare words. */
export { stem };
