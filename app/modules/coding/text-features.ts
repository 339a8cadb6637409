// Words of a redacted text, for clustering and for comparing quotes: lower
// case, placeholders such as [name] left out, common English words left
// out, and a light stem so "waiting", "waited" and "waits" count as one.

const STOP_WORDS = new Set(
  (
    "a about above after again against all am an and any are aren't as at be because been before being below between both but by " +
    "can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further get gets got had hadn't has " +
    "hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is " +
    "isn't it it's its itself just let's like me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves " +
    "out over own really same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them themselves " +
    "then there there's these they they'd they'll they're they've this those through to too under until up very was wasn't we we'd we'll " +
    "we're we've were weren't what what's when when's where where's which while who who's whom why why's will with won't would wouldn't you " +
    "you'd you'll you're you've your yours yourself yourselves also even still much many lot lots things thing always never sometimes " +
    "feel felt think know just want wanted going go goes went make made say said one two im dont cant its ive youre thats because"
  ).split(/\s+/),
);

/** A light English stem: enough to join plurals and -ing/-ed forms, deterministic and fast. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) w = w.slice(0, -1);
  // "waitt" (from "waitting") or "stopp": a doubled last letter after a cut.
  if (w.length > 3 && w !== word && w.at(-1) === w.at(-2) && !"lsz".includes(w.at(-1)!)) w = w.slice(0, -1);
  // A final e: "house" and "houses", "bus" and "buses", "make" and "making" meet.
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

export interface Token {
  stem: string;
  word: string;
}

/** The content words of a text, with their stems. */
export function contentWords(text: string): Token[] {
  const words = text
    .toLowerCase()
    .replace(/\[[a-z_]+\]/g, " ")
    .replace(/[’‘]/g, "'")
    .match(/[a-z][a-z']*[a-z]|[a-z]/g);
  if (!words) return [];
  const out: Token[] = [];
  for (const word of words) {
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    out.push({ stem: stem(word.replace(/'s$/, "")), word: word.replace(/'s$/, "") });
  }
  return out;
}

/** All the words of a text (lower case, placeholders left out), for near-duplicate checks. */
export function wordSet(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/\[[a-z_]+\]/g, " ")
      .match(/[a-z0-9']+/g) ?? [],
  );
}

/** Jaccard similarity of two word sets: shared words over all words. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
