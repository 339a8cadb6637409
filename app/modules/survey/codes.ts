import type { AnswerValue } from "#db/schema/index.ts";
import { questionCode, type Question, type SurveyDefinition } from "./definition";

/**
 * The questions that answer each shared code, in survey order: one per age
 * band's version (or just the one question, when it has no versions).
 */
export function questionsByCode(definition: SurveyDefinition): Map<string, Question[]> {
  const byCode = new Map<string, Question[]>();
  for (const q of definition.questions) {
    const code = questionCode(q);
    byCode.set(code, [...(byCode.get(code) ?? []), q]);
  }
  return byCode;
}

/**
 * One response's answers keyed by shared question code instead of question
 * id, so reports can put the age bands' versions of a question together.
 * Answers to questions the definition no longer has are left out.
 */
export function answersByCode(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, AnswerValue>>,
): Record<string, AnswerValue> {
  const byCode: Record<string, AnswerValue> = {};
  for (const q of definition.questions) {
    const value = answers[q.id];
    // Versions share a code only across bands (the definition checks it), so one person answers one of them.
    if (value !== undefined && byCode[questionCode(q)] === undefined) byCode[questionCode(q)] = value;
  }
  return byCode;
}
