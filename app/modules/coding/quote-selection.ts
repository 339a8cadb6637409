import { jaccard, wordSet } from "./text-features";

/**
 * Proposes short, clear, varied quotes from redacted texts: each is the
 * text's first sentence or sentences up to `maxLength` characters (cut only
 * where a sentence ends), of readable length, not mostly placeholders, and
 * not a near-duplicate of a quote already chosen (Jaccard on words).
 */
export const QUOTE_MAX_LENGTH = 200;
export const QUOTES_PER_CODE = 5;
const MIN_WORDS = 5;
const NEAR_DUPLICATE = 0.5;

export interface QuoteSource {
  id: string;
  /** The REDACTED text: never the raw words. */
  redacted: string;
}

export interface ProposedQuote {
  id: string;
  excerpt: string;
}

/** The sentences of a text, each with its closing punctuation. */
export function sentences(text: string): string[] {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return [];
  return clean.match(/[^.!?]+(?:[.!?]+["'”’)]*|$)/g)!.map((s) => s.trim()).filter(Boolean);
}

/** The longest run of whole sentences from the start that fits, or null if even the first is too long. */
export function excerptOf(text: string, maxLength = QUOTE_MAX_LENGTH): string | null {
  let out = "";
  for (const sentence of sentences(text)) {
    const next = out ? `${out} ${sentence}` : sentence;
    if (next.length > maxLength) break;
    out = next;
  }
  return out || null;
}

function clarity(excerpt: string): number | null {
  const words = excerpt.split(/\s+/).filter(Boolean);
  if (words.length < MIN_WORDS) return null;
  const placeholders = (excerpt.match(/\[[a-z_]+\]/g) ?? []).length;
  if (placeholders / words.length > 0.2) return null;
  // Best between about 60 and 160 characters; a little less for each placeholder.
  const length = excerpt.length;
  const lengthScore = length < 60 ? length / 60 : length > 160 ? 1 - (length - 160) / 200 : 1;
  return lengthScore - 0.1 * placeholders;
}

export function chooseQuotes(
  texts: readonly QuoteSource[],
  { count = QUOTES_PER_CODE, maxLength = QUOTE_MAX_LENGTH, avoid = [] as readonly string[] } = {},
): ProposedQuote[] {
  const candidates: (ProposedQuote & { score: number; words: Set<string> })[] = [];
  for (const text of texts) {
    const excerpt = excerptOf(text.redacted, maxLength);
    if (!excerpt) continue;
    const score = clarity(excerpt);
    if (score === null) continue;
    candidates.push({ id: text.id, excerpt, score, words: wordSet(excerpt) });
  }
  candidates.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const chosen: typeof candidates = [];
  const taken = avoid.map(wordSet);
  for (const candidate of candidates) {
    if (chosen.length >= count) break;
    if (taken.some((words) => jaccard(words, candidate.words) >= NEAR_DUPLICATE)) continue;
    chosen.push(candidate);
    taken.push(candidate.words);
  }
  return chosen.map(({ id, excerpt }) => ({ id, excerpt }));
}
