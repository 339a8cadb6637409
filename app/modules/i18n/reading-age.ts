import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

// The reading-age check for children's text (tests only: flesch-kincaid and
// syllable are dev packages). Flesch-Kincaid gives a US school grade; a
// reading age is the grade + 5 (grade 4 ≈ age 9, as GOV.UK writes for).

/** Words a child knows by sight that the formula counts as long: names and the service's own words. */
const NAMES = new Set(["childline", "northshire", "nspcc", "heard"]);

export interface Reading {
  text: string;
  sentences: number;
  words: number;
  syllables: number;
  grade: number;
  readingAge: number;
}

/** The words of a text, without placeholders ({{count}}) or numbers (0800 1111). */
export function wordsOf(text: string): string[] {
  return text
    .replace(/\{\{\w+\}\}/g, " ")
    .split(/[\s/–—-]+/)
    .map((w) => w.replace(/[^\p{L}']/gu, ""))
    .filter((w) => /\p{L}/u.test(w));
}

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!:])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

/** Flesch-Kincaid for one block of text (one string: a sentence or a few). Names count as one syllable. */
export function readingOf(text: string): Reading {
  const words = wordsOf(text);
  const syllables = words.reduce((sum, w) => sum + (NAMES.has(w.toLowerCase()) ? 1 : syllable(w)), 0);
  const sentences = Math.max(1, sentencesOf(text).length);
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
  return { text, sentences, words: words.length, syllables, grade, readingAge: grade + 5 };
}
