import type { AnswerValue } from "#db/schema/index.ts";
import { mayDiscloseHarm } from "~/modules/safeguarding/disclosure";
import type { SurveyDefinition } from "~/modules/survey/definition";
import { agreementKey } from "~/modules/kiosk/paths";
import { parseAnswer, typedTextOf, visibleQuestions, type AnswerError } from "./journey";

// A whole response in one go (a kiosk's form, an imported CSV row), checked
// with the journey's own parser. Shared by the kiosk and answers imports.

/** What was given for each question: its option ids, or the typed text (a draft-text section's agreement under `agreementKey`). */
export type RawAnswers = Readonly<Record<string, readonly string[]>>;

/** Where a section's agreement sits among the raw answers (the kiosk's convention, which client code shares). */
export { agreementKey };

/**
 * Reads every answer with the journey's own parser, question by question in
 * order, so skip logic sees the answers before it: questions it hides are not
 * asked, their answers are dropped, and their "required" does not apply.
 */
export function parseCompleted(
  definition: SurveyDefinition,
  raw: RawAnswers,
): { ok: true; answers: Record<string, AnswerValue> } | { ok: false; errors: Record<string, AnswerError>; kept: Record<string, string[]> } {
  const parsed: Record<string, AnswerValue> = {};
  const errors: Record<string, AnswerError> = {};
  const kept: Record<string, string[]> = {};
  for (const question of definition.questions) {
    if (!visibleQuestions(definition, parsed).some((q) => q.id === question.id)) continue;
    const submitted = (raw[question.id] ?? []).map(String);
    const agreement = (raw[agreementKey(question.id)] ?? []).map(String);
    const result = parseAnswer(question, submitted, agreement);
    if (result.kind === "invalid") {
      errors[question.id] = result.error;
      kept[question.id] = result.kept;
      if (question.type === "draft_text") kept[agreementKey(question.id)] = agreement;
    } else if (result.kind === "answer") {
      parsed[question.id] = result.value;
      kept[question.id] = submitted;
      if (question.type === "draft_text") kept[agreementKey(question.id)] = agreement;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors, kept } : { ok: true, answers: parsed };
}

/** Free-text answers that may disclose harm (their question ids), for the triage queue. */
export function disclosingQuestions(answers: Readonly<Record<string, AnswerValue>>): string[] {
  return Object.entries(answers)
    .filter(([, value]) => {
      const typed = typedTextOf(value);
      return typed !== undefined && mayDiscloseHarm(typed);
    })
    .map(([id]) => id);
}
