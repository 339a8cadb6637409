/**
 * The analyser as a small pipeline: each step reads the input record and adds
 * its findings to the result, in this order: disclosure (safeguarding),
 * themes (codes of the default codebook), sentiment, and the redacted text.
 * Themes and sentiment read the original text (nothing of it is written out);
 * only the redacted copy leaves the analyser.
 */
import { redact as realRedact } from "~/modules/redaction/redact";
import { mayDiscloseHarm } from "~/modules/safeguarding/disclosure";
import { DEFAULT_CODEBOOK } from "~/modules/themes/codebook";
import { type CodeDefinition, type Sentiment, sentimentOf, suggestCodes } from "~/modules/themes/suggest";
import type { InputRecord } from "./records";

export interface AnalysisResult {
  id: string | number;
  /** The text may describe current harm (see app/modules/safeguarding/disclosure.ts). */
  disclosure: boolean;
  /** Suggested codes, best first (app/modules/themes/suggest.ts). */
  themes?: string[];
  sentiment?: Sentiment;
  /** The text with identifiers replaced by placeholders (app/modules/redaction/redact.ts). */
  redacted?: string;
}

export type AnalysisStep = ((record: InputRecord, result: AnalysisResult) => void) & { redaction?: true };

export const detectDisclosure: AnalysisStep = (record, result) => {
  result.disclosure = mayDiscloseHarm(record.text);
};

export function themesStep(codebook: readonly CodeDefinition[] = DEFAULT_CODEBOOK): AnalysisStep {
  return (record, result) => {
    result.themes = suggestCodes(record.text, codebook).map((s) => s.code);
  };
}

export const suggestThemes = themesStep();

export const detectSentiment: AnalysisStep = (record, result) => {
  result.sentiment = sentimentOf(record.text);
};

/** The redaction step; tests pass their own function in place of the real one. */
export function redactionStep(redact: (text: string) => { text: string } = (text) => realRedact(text)): AnalysisStep {
  const step: AnalysisStep = (record, result) => {
    result.redacted = redact(record.text).text;
  };
  step.redaction = true;
  return step;
}

export const redactText = redactionStep();

export const DEFAULT_STEPS: readonly AnalysisStep[] = [detectDisclosure, suggestThemes, detectSentiment, redactText];

export function analyseRecord(record: InputRecord, steps: readonly AnalysisStep[] = DEFAULT_STEPS): AnalysisResult {
  const result: AnalysisResult = { id: record.id, disclosure: false };
  for (const step of steps) step(record, result);
  return result;
}
