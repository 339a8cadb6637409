import { z } from "zod";
import { NEEDS } from "~/modules/help/needs";
import {
  hasOptions,
  questionTypes,
  showIfRule,
  surveyDefinition,
  type QuestionType,
  type SurveyDefinition,
} from "~/modules/survey/definition";

/**
 * A survey being built. It is stored in an unpublished survey version and may
 * be unfinished (no questions yet, a choice with one option, text missing):
 * only publishing holds it to `surveyDefinition`.
 */
const draftText = z.record(z.string(), z.string());
export type DraftText = z.infer<typeof draftText>;

const slugId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

// The draft's objects are loose: fields the builder does not edit yet (Easy
// Read words, pictures, age bands, shared codes) pass through edits untouched,
// and publishing checks them against the survey definition.
export const draftOption = z.object({
  id: slugId,
  label: draftText,
  hint: draftText.optional(),
  face: z.number().int().min(1).max(5).optional(),
  exclusive: z.boolean().optional(),
  signposts: z.array(z.enum(NEEDS)).optional(),
}).loose();
export type DraftOption = z.infer<typeof draftOption>;

export const draftQuestion = z.object({
  id: slugId,
  type: z.enum(questionTypes),
  title: draftText,
  hint: draftText.optional(),
  body: draftText.optional(),
  required: z.boolean().default(false),
  options: z.array(draftOption).default([]),
  maxLength: z.number().int().min(1).max(20000).optional(),
  showIf: showIfRule.optional(),
  sensitive: z.boolean().optional(),
}).loose();
export type DraftQuestion = z.infer<typeof draftQuestion>;

export const draftDefinition = z.object({
  title: draftText,
  summary: draftText,
  minutes: z.number().int().min(1).max(120),
  ageBand: z.string().optional(),
  questions: z.array(draftQuestion),
}).loose();
export type DraftDefinition = z.infer<typeof draftDefinition>;

/** Who a survey is for (the surveys table's audience). */
export const AUDIENCES = ["children", "young_people", "parents", "professionals"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Language codes as definitions use them (en, pl, pt-BR). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/;

/** Languages offered for translation beside any a survey already has: those most spoken in English local areas. */
export const COMMON_LANGUAGES = ["pl", "ro", "ur", "pa", "bn", "ar", "so", "pt", "lt", "uk", "cy", "gu", "ta", "tr", "es"] as const;

/** Drops blank translations, so "missing" means missing. */
export function cleanText(text: DraftText | undefined): DraftText | undefined {
  if (!text) return undefined;
  const kept = Object.fromEntries(
    Object.entries(text)
      .map(([language, value]) => [language, value.replace(/\r\n?/g, "\n").trim()] as const)
      .filter(([language, value]) => value !== "" && LANGUAGE_CODE.test(language)),
  );
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** Sets one language of a text, keeping the others. */
export function withLanguage(text: DraftText | undefined, language: string, value: string): DraftText | undefined {
  return cleanText({ ...(text ?? {}), [language]: value });
}

// ---- New questions ------------------------------------------------------------

const FACE_LABELS = ["Very sad", "Sad", "OK", "Happy", "Very happy"] as const;

/** A question as first added: choices it always has (yes/no, faces) come ready, in English. */
export function newQuestion(id: string, type: QuestionType, title: string): DraftQuestion {
  const base: DraftQuestion = { id, type, title: { en: title }, required: false, options: [] };
  if (type === "yes_no") {
    base.options = [
      { id: "yes", label: { en: "Yes" } },
      { id: "no", label: { en: "No" } },
      { id: "prefer-not-to-say", label: { en: "I'd rather not say" }, exclusive: true },
    ];
  } else if (type === "face_scale") {
    base.options = FACE_LABELS.map((label, index) => ({
      id: label.toLowerCase().replace(/\s+/g, "-"),
      label: { en: label },
      face: index + 1,
    }));
  }
  return base;
}

/** The next free id of the form `<prefix><n>` (q1, q2 ... or o1, o2 ...): public addresses carry no words. */
export function nextId(prefix: string, taken: readonly string[]): string {
  const used = new Set(taken);
  for (let n = taken.length + 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

// ---- Checks -----------------------------------------------------------------

/** Every skip rule looks back at an earlier question, at options it has. */
export function skipLogicProblem(questions: readonly DraftQuestion[]): string | null {
  const seen = new Map<string, DraftQuestion>();
  for (const q of questions) {
    if (q.showIf) {
      const earlier = seen.get(q.showIf.questionId);
      if (!earlier) return q.id;
      if (q.showIf.anyOf.some((id) => !earlier.options.some((o) => o.id === id))) return q.id;
    }
    seen.set(q.id, q);
  }
  return null;
}

/** One field's text: what the missing-translation report lists. */
export interface TextField {
  /** Where it is, for a link: the question id, or null for the survey's details. */
  questionId: string | null;
  /** e.g. "title", "summary", "hint", "body", "option.o2.label", "option.o2.hint". */
  field: string;
  english: string;
}

/** Every piece of text in a draft that a person reads, in order. */
export function textFields(definition: DraftDefinition): (TextField & { text: DraftText })[] {
  const fields: (TextField & { text: DraftText })[] = [];
  const add = (questionId: string | null, field: string, text: DraftText | undefined) => {
    if (text && Object.keys(text).length > 0) fields.push({ questionId, field, english: text.en ?? "", text });
  };
  add(null, "title", definition.title);
  add(null, "summary", definition.summary);
  for (const q of definition.questions) {
    add(q.id, "title", q.title);
    add(q.id, "hint", q.hint);
    add(q.id, "body", q.body);
    for (const o of q.options) {
      add(q.id, `option.${o.id}.label`, o.label);
      add(q.id, `option.${o.id}.hint`, o.hint);
    }
  }
  return fields;
}

/** The languages a draft has any text in besides English. */
export function languagesOf(definition: DraftDefinition): string[] {
  const languages = new Set<string>();
  for (const { text } of textFields(definition)) for (const language of Object.keys(text)) languages.add(language);
  languages.delete("en");
  return [...languages].sort();
}

/** Fields with English text but none in `language`: people reading that language would see English there. */
export function missingTranslations(definition: DraftDefinition, language: string): TextField[] {
  return textFields(definition)
    .filter(({ text }) => (text.en ?? "") !== "" && !(text[language] ?? "").trim())
    .map(({ questionId, field, english }) => ({ questionId, field, english }));
}

/** Every language's missing fields, for the survey page. */
export function translationReport(definition: DraftDefinition): { language: string; missing: TextField[] }[] {
  return languagesOf(definition).map((language) => ({ language, missing: missingTranslations(definition, language) }));
}

export interface DefinitionProblem {
  /** Where, e.g. "questions.2.options" or "title". */
  path: string;
  message: string;
}

function problemsOf(error: z.ZodError): DefinitionProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

/** Whether the draft can be published: the full rules, or what is wrong with it. */
export function checkForPublishing(
  definition: DraftDefinition,
): { ok: true; definition: SurveyDefinition } | { ok: false; problems: DefinitionProblem[] } {
  const parsed = surveyDefinition.safeParse(definition);
  return parsed.success ? { ok: true, definition: parsed.data } : { ok: false, problems: problemsOf(parsed.error) };
}

/** Reads an uploaded definition: JSON first, then the full rules. */
export function parseImport(json: string): { ok: true; definition: SurveyDefinition } | { ok: false; problems: DefinitionProblem[] } {
  if (json.trim() === "") return { ok: false, problems: [{ path: "", message: "The file or text is empty." }] };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `This is not JSON: ${(error as Error).message}` }] };
  }
  const parsed = surveyDefinition.safeParse(raw);
  return parsed.success ? { ok: true, definition: parsed.data } : { ok: false, problems: problemsOf(parsed.error) };
}

/** A draft as the journey and the preview treat it: defaults filled in, whatever is unfinished left as it is. */
export function asDraft(raw: unknown): DraftDefinition {
  return draftDefinition.parse(raw);
}

export function isChoiceType(type: QuestionType): boolean {
  return hasOptions(type);
}
