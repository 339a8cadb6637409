import type { AnswerValue, DraftAgreement } from "#db/schema/index.ts";
import type english from "~/locales/en/common.json";
import type consultEnglish from "~/locales/en/consult.json";
import { FREE_TEXT_DEFAULT_MAX, type Question, type SurveyDefinition } from "~/modules/survey/definition";

export type Answers = Readonly<Record<string, AnswerValue>>;

export type Step = { kind: "question"; questionId: string } | { kind: "check" } | { kind: "start" };

function chosen(value: AnswerValue | undefined): string[] {
  if (!value) return [];
  if ("choice" in value) return [value.choice];
  if ("choices" in value) return value.choices;
  return [];
}

/** Is the question for people in this age band? Questions without bands are for everyone. */
export function isForAgeBand(question: Question, band: string | null): boolean {
  return !question.ageBands || (band !== null && question.ageBands.includes(band));
}

/**
 * The survey as a person in this age band meets it: the questions for
 * everyone and those for their band. Every step of the journey (visible
 * questions, next, back, required, sent) walks this definition.
 */
export function forAgeBand(definition: SurveyDefinition, band: string | null): SurveyDefinition {
  if (!definition.questions.some((q) => q.ageBands)) return definition;
  return { ...definition, questions: definition.questions.filter((q) => isForAgeBand(q, band)) };
}

/** The band a start page's answer names, if the survey has it. */
export function knownAgeBand(definition: SurveyDefinition, posted: string | null | undefined): string | null {
  return definition.ageBands?.find((b) => b.id === posted)?.id ?? null;
}

/**
 * The questions this person will be asked, in order, given what they have
 * answered so far. A question hidden by skip logic hides the questions that
 * depend on it too, because its answer no longer counts.
 */
export function visibleQuestions(definition: SurveyDefinition, answers: Answers): Question[] {
  const visible: Question[] = [];
  const visibleIds = new Set<string>();
  for (const q of definition.questions) {
    const rule = q.showIf;
    if (rule) {
      if (!visibleIds.has(rule.questionId)) continue;
      const picked = chosen(answers[rule.questionId]);
      if (!picked.some((id) => rule.anyOf.includes(id))) continue;
    }
    visible.push(q);
    visibleIds.add(q.id);
  }
  return visible;
}

export function firstStep(definition: SurveyDefinition, answers: Answers): Step {
  const first = visibleQuestions(definition, answers)[0];
  return first ? { kind: "question", questionId: first.id } : { kind: "check" };
}

/** Where to go after answering `questionId`. */
export function stepAfter(definition: SurveyDefinition, answers: Answers, questionId: string): Step {
  const visible = visibleQuestions(definition, answers);
  const index = visible.findIndex((q) => q.id === questionId);
  const next = index === -1 ? undefined : visible[index + 1];
  return next ? { kind: "question", questionId: next.id } : { kind: "check" };
}

/** Where the back link on `questionId` leads. */
export function stepBefore(definition: SurveyDefinition, answers: Answers, questionId: string): Step {
  const visible = visibleQuestions(definition, answers);
  const index = visible.findIndex((q) => q.id === questionId);
  const previous = index > 0 ? visible[index - 1] : undefined;
  return previous ? { kind: "question", questionId: previous.id } : { kind: "start" };
}

/** Required questions the person can see but has not answered. */
export function unansweredRequired(definition: SurveyDefinition, answers: Answers): Question[] {
  return visibleQuestions(definition, answers).filter(
    (q) => q.required && q.type !== "information" && answers[q.id] === undefined,
  );
}

/** Answers to questions skip logic now hides: they are not sent. */
export function hiddenAnswerIds(definition: SurveyDefinition, answers: Answers): string[] {
  const visibleIds = new Set(visibleQuestions(definition, answers).map((q) => q.id));
  return Object.keys(answers).filter((id) => !visibleIds.has(id));
}

export function maxLengthOf(question: Question): number {
  return question.maxLength ?? FREE_TEXT_DEFAULT_MAX;
}

/** Error messages are i18n keys with their values, translated where they are shown. */
export type ErrorKey = `errors.${keyof (typeof english)["errors"]}`;
/** An answer's errors may also come from the consultation's words (a draft-text section). */
export type AnswerErrorKey = ErrorKey | `consult:errors.${keyof (typeof consultEnglish)["errors"]}`;

export interface FieldError {
  key: ErrorKey;
  values?: Record<string, string | number>;
}

export interface AnswerError {
  key: AnswerErrorKey;
  values?: Record<string, string | number>;
}

export type ParsedAnswer =
  | { kind: "answer"; value: AnswerValue }
  | { kind: "skipped" }
  /** `field: "agreement"`: the error belongs to a draft-text section's agreement radios, not its text box. */
  | { kind: "invalid"; error: AnswerError; kept: string[]; field?: "agreement" };

/**
 * Normalises typed text: one kind of line break, no control characters but
 * tabs and line breaks, and no lone surrogate (JSON can carry one, as kiosk.js
 * sends; PostgreSQL refuses it in jsonb): each becomes U+FFFD, as UTF-8 would make it.
 */
export function cleanText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .trim();
}

/**
 * Reads one question's answer from the submitted form values. Anything the
 * page could not have sent (an unknown option, text past the limit) is an
 * error the person can fix; what they typed is kept for the page.
 */
export function parseAnswer(question: Question, submitted: readonly string[], agreement: readonly string[] = []): ParsedAnswer {
  const values = submitted.filter((v) => v !== "");
  // An information page has nothing to answer, whatever the form sent.
  if (question.type === "information") return { kind: "skipped" };
  if (question.type === "draft_text") return parseDraftText(question, values, agreement);
  if (question.type === "free_text") {
    const text = cleanText(values.join("\n"));
    if (text === "") {
      return question.required
        ? { kind: "invalid", error: { key: "errors.writeAnswer" }, kept: [] }
        : { kind: "skipped" };
    }
    const max = maxLengthOf(question);
    if (text.length > max) {
      return {
        kind: "invalid",
        error: { key: "errors.tooLong", values: { max, count: text.length } },
        kept: [values.join("\n")],
      };
    }
    return { kind: "answer", value: { text } };
  }

  const known = new Set(question.options.map((o) => o.id));
  if (values.some((v) => !known.has(v))) {
    return { kind: "invalid", error: { key: "errors.unknownOption" }, kept: values.filter((v) => known.has(v)) };
  }
  const unique = [...new Set(values)];

  if (question.type === "multiple_choice") {
    if (unique.length === 0) {
      return question.required
        ? { kind: "invalid", error: { key: "errors.chooseAtLeastOne" }, kept: [] }
        : { kind: "skipped" };
    }
    const exclusive = question.options.find((o) => o.exclusive && unique.includes(o.id));
    if (exclusive && unique.length > 1) {
      return { kind: "invalid", error: { key: "errors.exclusiveOption", values: { option: exclusive.id } }, kept: unique };
    }
    // Keep the order the options are shown in, whatever order the browser sent them.
    return { kind: "answer", value: { choices: question.options.map((o) => o.id).filter((id) => unique.includes(id)) } };
  }

  if (unique.length === 0) {
    return question.required ? { kind: "invalid", error: { key: "errors.chooseOne" }, kept: [] } : { kind: "skipped" };
  }
  if (unique.length > 1) {
    return { kind: "invalid", error: { key: "errors.chooseOne" }, kept: [] };
  }
  return { kind: "answer", value: { choice: unique[0]! } };
}

/** The values a question page shows as already chosen or typed. */
export function formValuesOf(value: AnswerValue | undefined): string[] {
  if (!value) return [];
  if ("agreement" in value) return [value.text ?? "", value.agreement];
  if ("text" in value) return [value.text];
  return chosen(value);
}

// ---- Draft-text sections (consultation on a draft) ---------------------------------
// A section's page asks "Do you agree with this section?" (radios named
// `agreement`) and "What would you change?" (the text box, named `answer`).
// Its page values are [what was typed, the agreement chosen (if any)].

export const AGREEMENT_FIELD = "agreement";
export const AGREEMENTS = ["agree", "partly_agree", "disagree", "not_sure"] as const satisfies readonly DraftAgreement[];

export function isAgreement(value: string): value is DraftAgreement {
  return (AGREEMENTS as readonly string[]).includes(value);
}

/**
 * Both parts are optional unless the section is required; then the agreement
 * must be chosen (what to change stays optional: there may be nothing).
 */
function parseDraftText(question: Question, typed: readonly string[], agreement: readonly string[]): ParsedAnswer {
  const raw = typed.join("\n");
  const text = cleanText(raw);
  const picked = [...new Set(agreement.filter((v) => v !== ""))];
  const chosen = picked.length === 1 && isAgreement(picked[0]!) ? picked[0] : undefined;
  const kept = chosen ? [raw, chosen] : [raw];
  if (picked.length > 0 && !chosen) {
    return { kind: "invalid", error: { key: "errors.unknownOption" }, kept, field: "agreement" };
  }
  if (!chosen && question.required) {
    return { kind: "invalid", error: { key: "consult:errors.chooseAgreement" }, kept, field: "agreement" };
  }
  const max = maxLengthOf(question);
  if (text.length > max) {
    return { kind: "invalid", error: { key: "errors.tooLong", values: { max, count: text.length } }, kept };
  }
  if (!chosen) return text === "" ? { kind: "skipped" } : { kind: "answer", value: { text } };
  return { kind: "answer", value: text === "" ? { agreement: chosen } : { agreement: chosen, text } };
}

/** What the person typed in an answer, if anything: free text, or a draft-text section's "What would you change?". */
export function typedTextOf(value: AnswerValue | null | undefined): string | undefined {
  if (!value || !("text" in value)) return undefined;
  return typeof value.text === "string" && value.text !== "" ? value.text : undefined;
}

/**
 * The values to show again on a page whose answer could not be saved: a
 * draft-text page (it sent an agreement) gets [its text, its agreement].
 */
export function postedPageValues(answer: readonly string[], agreement: readonly string[]): string[] {
  const chosen = agreement.find((v) => v !== "");
  return chosen === undefined ? [...answer] : [answer.join("\n"), chosen];
}

/** "Section 2 of 5": where a draft-text section comes among the sections this person is shown. */
export function sectionPosition(definition: SurveyDefinition, answers: Answers, questionId: string): { number: number; of: number } | null {
  const sections = visibleQuestions(definition, answers).filter((q) => q.type === "draft_text");
  const index = sections.findIndex((q) => q.id === questionId);
  return index === -1 ? null : { number: index + 1, of: sections.length };
}
