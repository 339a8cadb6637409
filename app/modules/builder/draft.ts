import { z } from "zod";
import { NEEDS } from "~/modules/help/needs";
import { OPTION_ICONS } from "~/modules/survey/icons";
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

// The draft's objects are loose: fields the builder does not edit pass
// through edits untouched, and publishing checks everything against the
// survey definition. Easy Read words, pictures, age bands and codes are read
// leniently here (any string) so an unfinished draft still opens.
const easyReadText = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, draftText.optional()])) as Record<K, z.ZodOptional<typeof draftText>>).loose();

export const draftOption = z.object({
  id: slugId,
  label: draftText,
  hint: draftText.optional(),
  face: z.number().int().min(1).max(5).optional(),
  exclusive: z.boolean().optional(),
  signposts: z.array(z.enum(NEEDS)).optional(),
  easyRead: easyReadText(["label", "hint"]).optional(),
  // An unknown picture (none can be saved or imported) is dropped rather than stopping the draft opening.
  icon: z.enum(OPTION_ICONS).optional().catch(undefined),
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
  ageBands: z.array(z.string()).optional(),
  code: z.string().optional(),
  easyRead: easyReadText(["title", "hint", "body"]).optional(),
}).loose();
export type DraftQuestion = z.infer<typeof draftQuestion>;

export const draftDefinition = z.object({
  title: draftText,
  summary: draftText,
  minutes: z.number().int().min(1).max(120),
  ageBand: z.string().optional(),
  ageBands: z.array(z.object({ id: z.string(), label: draftText }).loose()).optional(),
  easyRead: easyReadText(["title", "summary"]).optional(),
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
  /** e.g. "title", "summary", "hint", "body", "option.o2.label", "option.o2.hint", "easyRead.title", "option.o2.easyRead.label", "ageBand.8-10.label". */
  field: string;
  english: string;
}

type TextFieldWith = TextField & {
  text: DraftText;
  /** For Easy Read words: the standard text they stand for. They are missing only in languages that have it. */
  standard?: DraftText;
};

/** Every piece of text in a draft that a person reads, in order. */
export function textFields(definition: DraftDefinition): TextFieldWith[] {
  const fields: TextFieldWith[] = [];
  const add = (questionId: string | null, field: string, text: DraftText | undefined, standard?: DraftText) => {
    if (text && Object.keys(text).length > 0) fields.push({ questionId, field, english: text.en ?? "", text, ...(standard ? { standard } : {}) });
  };
  add(null, "title", definition.title);
  add(null, "summary", definition.summary);
  add(null, "easyRead.title", definition.easyRead?.title, definition.title);
  add(null, "easyRead.summary", definition.easyRead?.summary, definition.summary);
  for (const band of definition.ageBands ?? []) add(null, `ageBand.${band.id}.label`, band.label);
  for (const q of definition.questions) {
    add(q.id, "title", q.title);
    add(q.id, "hint", q.hint);
    add(q.id, "body", q.body);
    add(q.id, "easyRead.title", q.easyRead?.title, q.title);
    add(q.id, "easyRead.hint", q.easyRead?.hint, q.hint ?? {});
    add(q.id, "easyRead.body", q.easyRead?.body, q.body ?? {});
    for (const o of q.options) {
      add(q.id, `option.${o.id}.label`, o.label);
      add(q.id, `option.${o.id}.hint`, o.hint);
      add(q.id, `option.${o.id}.easyRead.label`, o.easyRead?.label, o.label);
      add(q.id, `option.${o.id}.easyRead.hint`, o.easyRead?.hint, o.hint ?? {});
    }
  }
  return fields;
}

/** The languages a draft has any text in besides English. */
export function languagesOf(definition: DraftDefinition): string[] {
  const languages = new Set<string>();
  for (const { text, standard } of textFields(definition)) {
    // Easy Read words alone do not add a language: its standard text does.
    if (!standard) for (const language of Object.keys(text)) languages.add(language);
  }
  languages.delete("en");
  return [...languages].sort();
}

/**
 * Fields with English text but none in `language`: people reading that
 * language would see English there. Easy Read words count as missing only
 * where the language has the standard text (without it, the standard text
 * is what is missing, and Easy Read shows that language's standard words).
 */
export function missingTranslations(definition: DraftDefinition, language: string): TextField[] {
  const has = (text: DraftText | undefined) => !!(text?.[language] ?? "").trim();
  return textFields(definition)
    .filter(({ text, standard }) => (text.en ?? "") !== "" && !has(text) && (!standard || has(standard)))
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
