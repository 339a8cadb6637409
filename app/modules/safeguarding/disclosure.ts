/**
 * Does this free text perhaps disclose current harm (abuse, neglect, domestic
 * abuse, self-harm or suicidal thoughts happening now) to the writer or to a
 * specific child? Recall first: a missed disclosure is worse than an extra help
 * panel. Past experience told in retrospect, resolved cases, negated phrases
 * and general opinions do not count.
 *
 * A transparent rules approach, synchronous and offline:
 * 1. normalise the text (text-speak, misspellings, contractions: disclosure-normalise.ts);
 * 2. find harm phrases sentence by sentence (who-to-whom patterns: disclosure-lexicon.ts);
 * 3. drop each phrase that is negated ("he never hits me"), generic ("some kids are
 *    neglected") or told in the past ("when i was little", "used to", "it got better");
 * 4. decide: one strong current phrase, or two different weak signs (or one weak
 *    sign with a plea for help).
 */
import { HELP_PLEA, RULES, type Rule } from "./disclosure-lexicon";
import { clauseStarts, normaliseText, splitSentences } from "./disclosure-normalise";

export interface DisclosureAssessment {
  disclosure: boolean;
  /** Short labels of what was found (for tests and the analyser), never shown to the person. */
  signals: string[];
}

/** Recent or ongoing: beats any past framing in the same clause. */
const RECENT =
  /\b(?:last (?:night|week|weekend|time)|yesterday|today|tonight|this (?:morning|afternoon|evening|week|weekend)|the other (?:day|night)|still|again|at the moment|right now|these days|lately|recently|currently|ongoing|(?:is|are|keeps?) happening|has (?:been )?happen(?:ed|ing)|have been happening|happened (?:before|again)|happens|since (?:the )?(?:lockdown|covid|christmas|summer|(?:he|she|they|my \w+|mum|dad) (?:came|moved|got|lost|started|left|died))|(?:a few|two|three|\d+|a couple of) (?:days|weeks) ago|anymore|(?:is|are|it is|keeps?) getting worse|has got worse)\b/;

/** Told in retrospect. */
const RETRO =
  /\b(?:used to|use to|when (?:i|we) (?:was|were) (?:\w+ )?(?:little|younger|small|a (?:kid|child|baby|toddler|teenager)|kids|children|\d+|in (?:year|primary|nursery)|at (?:primary|nursery))|as (?:a|an) (?:kid|child|little (?:girl|boy)|teenager|toddler|young (?:child|person|girl|boy))|as children|(?:\d+|many|a few|some|two|three|four|five|ten|several) years (?:ago|later)|years ago|back then|back in|growing up|in the past|at the time|at that time|in those days|looking back|history of|when (?:i|we) lived|before (?:i|we) (?:was|were) (?:taken|put|placed|moved)|until (?:i|we) (?:was|were|went|moved|left|got)|by the time (?:i|we) (?:was|were)|(?:would) (?:always|often|sometimes|usually|regularly)|had been|my childhood|in my childhood|when i was|there was a time|at one (?:point|stage|time)|at my lowest|a while ago|a long time ago)\b/;

/** The harm has ended, or the story is told from a safe place now. */
const RESOLVED =
  /\b(?:(?:it|things|life|everything) (?:got|gets|has got|have got|is|are|has been|feels?|became|is getting|are getting) (?:\w+ )?better|(?:it|that|this|the abuse|the hitting|the violence|all that|he|she) (?:has |finally )?(?:stopped|ended)|(?:i am|we are|i feel|i have been|we have been) (?:now |finally |much )?(?:safe|safer|happy|happier|doing well|much better|in a better place|settled|in recovery)|(?:safe|happy|okay|fine|better) now|no longer|(?:we|i|mum) (?:left|got away|moved out|escaped|moved away)|(?:he|she|dad|mum|stepdad) (?:left|moved out|went to (?:prison|jail)|got arrested|was arrested)|(?:helped|saved) (?:me|us|my)|got (?:me|us) through|thanks to|thank you|grateful|recovered|got through|moved on|now i am|i am now|glad i (?:reached out|told|spoke|asked|got help|rang|called))\b/;

const FIRST_PERSON = /\b(?:i|me|my|mine|myself|we|us|our|ours|ourselves)\b/;
const SPECIFIC =
  /\b(?:i|me|my|mine|myself|we|us|our|ours|ourselves|she|he|her|him|his)\b|\b(?:the|this|that|their) (?:child|kid|girl|boy|baby|toddler|children|kids|family|little one|son|daughter|teenager)\b/;
const GENERIC =
  /\b(?:some|many|most|lots of|loads of|a lot of|other|all|these|those|any|no) (?:kids|children|young people|people|teenagers|families|parents|girls|boys|adults|carers)\b|(?<!\b(?:the|my|our|his|her|their|your|these|those) )\b(?:kids|children|young people|people|someone|anyone|a child|a kid|a young person|parents|families|adults|teenagers|carers) (?:who|that|might|may|can|could|should|need|often|sometimes|will|would|do not|are|get)\b|\b(?:parents|people|families|those|anyone|children|kids|carers|someone) whose\b|\bif (?:you|a child|a kid|someone|anyone|your|they|children|kids|parents|a parent|somebody)\b|\byou (?:need|should|might|can|could|have to|may|never know)\b|\b(?:every|no) child\b/;

const NEGATORS = new Set(["not", "never", "no", "nobody", "none", "nothing", "neither", "nor", "stopped"]);
/** Words that may stand between a negator and the phrase it cancels. */
const FILLERS = new Set([
  "do", "does", "did", "would", "will", "could", "can", "should", "ever", "even", "really", "actually",
  "going", "to", "want", "wants", "is", "am", "are", "was", "were", "has", "have", "had", "been", "be",
  "try", "trying", "he", "she", "they", "it", "i", "we", "you", "just", "dare", "usually", "always",
  "so", "ok", "okay", "once", "properly", "physically", "really",
]);
const PRESENT_AUX = new Set(["am", "is", "are", "do", "does", "has", "have", "get", "gets", "getting", "keep", "keeps", "being"]);
const PAST_AUX = new Set(["was", "were", "had", "did"]);

type Tense = "current" | "past";

interface Sentence {
  text: string;
  clauses: number[];
}

interface Hit {
  rule: Rule;
  strong: boolean;
}

const words = (s: string) => s.match(/[a-z0-9']+/g) ?? [];

function isNegated(before: string, matched: string, inside: boolean): boolean {
  let count = 0;
  if (inside) for (const w of words(matched)) if (NEGATORS.has(w)) count++;
  const prior = words(before);
  for (let i = prior.length - 1, seen = 0; i >= 0 && seen < 5; i--, seen++) {
    const w = prior[i]!;
    if (NEGATORS.has(w)) count++;
    else if (!FILLERS.has(w)) break;
  }
  return count % 2 === 1;
}

function lastAux(text: string): Tense | undefined {
  const ws = words(text);
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]!;
    // "have not had", "has had": present perfect.
    if (w === "had" && (ws[i - 1] === "have" || ws[i - 1] === "has" || ws[i - 2] === "have" || ws[i - 2] === "has")) {
      return "current";
    }
    if (PRESENT_AUX.has(w)) return "current";
    if (PAST_AUX.has(w)) return "past";
  }
  return undefined;
}

/** The phrase's own auxiliary sits near its start ("i was hit", "the child is filthy"), not in a relative clause later on. */
function head(phrase: string): string {
  return phrase.split(" ").slice(0, 4).join(" ");
}

function tenseOf(
  rule: Rule,
  sentences: Sentence[],
  index: number,
  start: number,
  end: number,
  frame: Tense,
): Tense {
  const { text, clauses } = sentences[index]!;
  let k = 0;
  while (k + 1 < clauses.length && clauses[k + 1]! <= start) k++;
  const clauseStart = clauses[k]!;
  const clauseEnd = clauses[k + 1] ?? text.length;
  const clause = text.slice(clauseStart, Math.max(clauseEnd, end));

  // 1. The clause itself says when.
  if (RECENT.test(clause)) return "current";
  if (RETRO.test(clause)) return "past";
  // 2. A present-tense phrase ("hits me", "i want to die") is current unless the sentence is framed as past.
  if (rule.present) return RETRO.test(text) && !RECENT.test(text) ? "past" : "current";
  // 3. The sentence says when.
  if (RECENT.test(text)) return "current";
  if (RETRO.test(text)) return "past";
  // 4. The clause's own auxiliary ("there was", "i have cut", "the child is").
  const own = lastAux(text.slice(clauseStart, start) + head(text.slice(start, end)));
  if (own) return own;
  // 5. The sentences either side ("Dad was drinking last night. ... It has happened before.").
  for (const j of [index - 1, index + 1]) {
    const near = sentences[j]?.text;
    if (near && RECENT.test(near)) return "current";
    if (near && RETRO.test(near)) return "past";
  }
  // 6. The clauses before it in the sentence, then the frame of the whole text.
  const inherited = lastAux(text.slice(0, clauseStart));
  if (inherited) return inherited;
  return frame;
}

function textFrame(text: string): Tense {
  if (RECENT.test(text)) return "current";
  if (RETRO.test(text) || RESOLVED.test(text)) return "past";
  let past = 0;
  let present = 0;
  for (const w of words(text)) {
    if (PAST_AUX.has(w)) past++;
    else if (w === "am" || w === "is" || w === "are" || w === "does" || w === "has" || w === "have") present++;
  }
  return past >= 3 && present === 0 ? "past" : "current";
}

export function assessDisclosure(text: string): DisclosureAssessment {
  if (!text || !/[a-z]/i.test(text)) return { disclosure: false, signals: [] };
  const normal = normaliseText(text);
  const sentences: Sentence[] = splitSentences(normal).map((s) => ({ text: s, clauses: clauseStarts(s) }));
  const frame = textFrame(normal);
  const hits: Hit[] = [];

  sentences.forEach((sentence, index) => {
    const s = sentence.text;
    const sentenceGeneric = GENERIC.test(s) && !FIRST_PERSON.test(s);
    if (sentenceGeneric) return;
    // Topic words ("abuse", "the house is filthy") need a specific person here or in the sentences either side.
    const specific =
      SPECIFIC.test(s) ||
      SPECIFIC.test(sentences[index - 1]?.text ?? "") ||
      SPECIFIC.test(sentences[index + 1]?.text ?? "");
    for (const rule of RULES) {
      if (rule.anchor === true && !specific) continue;
      if (rule.anchor instanceof RegExp && !rule.anchor.test(s)) continue;
      if (rule.requires && !rule.requires.test(s)) continue;
      rule.re.lastIndex = 0;
      if (!rule.re.test(s)) continue; // cheaper than an iterator for the many rules that do not match
      rule.re.lastIndex = 0;
      for (const m of s.matchAll(rule.re)) {
        const start = m.index;
        const end = start + m[0].length;
        const before = s.slice(0, start);
        const after = s.slice(end);
        if (rule.notBefore?.test(before)) continue;
        if (rule.notAfter?.test(after)) continue;
        if (rule.needBefore && !rule.needBefore.test(before)) continue;
        if (rule.negatable && isNegated(before, m[0], rule.negInside === true)) continue;
        // A generic clause ("children who are neglected") unless the phrase itself names the writer.
        let k = 0;
        const clauses = sentence.clauses;
        while (k + 1 < clauses.length && clauses[k + 1]! <= start) k++;
        const clause = s.slice(clauses[k]!, clauses[k + 1] ?? s.length);
        if (GENERIC.test(clause) && !FIRST_PERSON.test(m[0])) continue;
        if (tenseOf(rule, sentences, index, start, end, frame) === "past") continue;
        let strong = rule.strong;
        if (rule.strongIf) {
          const next = sentences[index + 1]?.text ?? "";
          strong = rule.strongIf.test(s) || rule.strongIf.test(next);
        }
        hits.push({ rule, strong });
        break;
      }
    }
  });

  const strongKinds = unique(hits.filter((h) => h.strong).map((h) => h.rule.kind));
  if (strongKinds.length > 0) return { disclosure: true, signals: strongKinds };
  const weakKinds = unique(hits.map((h) => h.rule.kind));
  if (weakKinds.length >= 2) return { disclosure: true, signals: weakKinds };
  if (weakKinds.length === 1 && HELP_PLEA.test(normal)) {
    return { disclosure: true, signals: [...weakKinds, "help_plea"] };
  }
  return { disclosure: false, signals: [] };
}

export function mayDiscloseHarm(text: string): boolean {
  return assessDisclosure(text).disclosure;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
