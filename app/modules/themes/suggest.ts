/**
 * Theme suggestions and sentiment for free text (issue 6).
 * INTERFACE ONLY for now: the bodies are being written; keep the signatures.
 */
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

export type Sentiment = "positive" | "neutral" | "negative";

export function suggestCodes(_text: string, _codebook: readonly CodeDefinition[], _learned: readonly LearnedExample[] = []): CodeSuggestion[] {
  throw new Error("suggestCodes is not written yet");
}

export function sentimentOf(_text: string): Sentiment {
  throw new Error("sentimentOf is not written yet");
}
