import { isNeed, type Need } from "~/modules/help/needs";
import { questionTypes, type QuestionType } from "~/modules/survey/definition";
import { OPTION_ICONS, type OptionIcon } from "~/modules/survey/icons";
import {
  cleanText,
  isChoiceType,
  LANGUAGE_CODE,
  newQuestion,
  nextId,
  withLanguage,
  type DraftOption,
  type DraftQuestion,
  type DraftText,
} from "./draft";

/** Error codes are keys under `builder:errors`. */
export type QuestionFormError =
  | "titleRequired"
  | "typeUnknown"
  | "maxLength"
  | "showIfOneQuestion"
  | "showIfEarlier"
  | "faceMissing"
  | "ageBandUnknown"
  | "codeFormat"
  | "iconUnknown";

/** Errors by field: the fields below, or `option.<option id>.icon` for an option's picture. */
export type QuestionFormErrors = Partial<Record<"type" | "title" | "maxLength" | "showIf" | "options" | "ageBands" | "code", QuestionFormError>> &
  Partial<Record<`option.${string}.icon`, QuestionFormError>>;

/** Shared question codes: like ids, lower-case words joined by hyphens. */
export const CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** How many blank option rows the form offers for new options. */
export const NEW_OPTION_ROWS = 3;

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** A text from the form's English field and, when a second language is shown, that one too; other languages stay. */
function readText(form: FormData, name: string, current: DraftText | undefined, language: string | null): DraftText | undefined {
  let text = withLanguage(current, "en", field(form, `${name}.en`));
  if (language) text = withLanguage(text, language, field(form, `${name}.${language}`));
  return text;
}

export function isQuestionType(value: string): value is QuestionType {
  return (questionTypes as readonly string[]).includes(value);
}

/** Easy Read words with the empty ones left out; nothing at all when none are left. */
function easyReadWords<T extends Record<string, DraftText | undefined>>(words: T): T | undefined {
  const kept = Object.fromEntries(Object.entries(words).filter(([, text]) => text && Object.keys(text).length > 0));
  return Object.keys(kept).length > 0 ? (kept as T) : undefined;
}

/**
 * Reads the question editor's form. Returns the question as typed (shown
 * again on error) and what is wrong with it. `earlier` are the questions
 * before this one: skip logic may only look at them. `bands` are the
 * survey's age band ids: the question may be for some of them.
 */
export function readQuestionForm(
  form: FormData,
  current: DraftQuestion,
  earlier: readonly DraftQuestion[],
  bands: readonly string[] = [],
): { question: DraftQuestion; errors: QuestionFormErrors } {
  const errors: QuestionFormErrors = {};
  const rawLanguage = field(form, "lang");
  const language = rawLanguage !== "en" && LANGUAGE_CODE.test(rawLanguage) ? rawLanguage : null;

  const rawType = field(form, "type") || current.type;
  let type: QuestionType = current.type;
  if (isQuestionType(rawType)) type = rawType;
  else errors.type = "typeUnknown";

  const title = readText(form, "title", current.title, language) ?? {};
  if (!title.en) errors.title = "titleRequired";
  const withBody = type === "information" || type === "draft_text";

  // Who sees it: ticked age bands (none: everyone), each one the survey has.
  const ticked = [...new Set(form.getAll("ageBands").filter((v): v is string => typeof v === "string"))];
  if (ticked.some((band) => !bands.includes(band))) errors.ageBands = "ageBandUnknown";
  // The shared code: blank or the id itself means the id.
  const code = field(form, "code").trim();
  if (code !== "" && (!CODE_PATTERN.test(code) || code.length > 60)) errors.code = "codeFormat";

  const question: DraftQuestion = {
    // What this form does not edit (Easy Read words, age bands, a shared code) stays as it was.
    ...current,
    maxLength: undefined,
    showIf: undefined,
    id: current.id,
    type,
    title,
    hint: readText(form, "hint", current.hint, language),
    body: withBody ? readText(form, "body", current.body, language) : undefined,
    required: type !== "information" && form.get("required") === "yes",
    sensitive: form.get("sensitive") === "yes" || undefined,
    options: [],
    ageBands: ticked.length > 0 ? ticked : undefined,
    // Kept as typed on error, so the field shows it again.
    code: code !== "" && code !== current.id ? code : undefined,
    easyRead: easyReadWords({
      ...current.easyRead,
      title: readText(form, "easyRead.title", current.easyRead?.title, language),
      hint: readText(form, "easyRead.hint", current.easyRead?.hint, language),
      body: withBody ? readText(form, "easyRead.body", current.easyRead?.body, language) : undefined,
    }),
  };

  if (type === "free_text" || type === "draft_text") {
    const rawMax = field(form, "maxLength").trim();
    if (rawMax !== "") {
      const max = Number(rawMax);
      if (!/^\d+$/.test(rawMax) || max < 1 || max > 20000) errors.maxLength = "maxLength";
      else question.maxLength = max;
    }
  }

  if (isChoiceType(type)) {
    question.options = readOptions(form, current, language, type, errors);
    if (type === "face_scale" && question.options.some((o) => o.face === undefined)) errors.options = "faceMissing";
    if (question.options.length === 0 && current.type !== type) question.options = newQuestion(current.id, type, "").options;
  }

  // Skip logic: ticked options "<question id>:<option id>", all of one earlier question.
  const picked = form
    .getAll("showIf")
    .filter((v): v is string => typeof v === "string" && v.includes(":"))
    .map((v) => v.split(":", 2) as [string, string]);
  if (picked.length > 0) {
    const questionIds = new Set(picked.map(([q]) => q));
    const [onlyId] = [...questionIds];
    const earlierQuestion = earlier.find((q) => q.id === onlyId);
    if (questionIds.size > 1) errors.showIf = "showIfOneQuestion";
    else if (!earlierQuestion || picked.some(([, o]) => !earlierQuestion.options.some((opt) => opt.id === o))) {
      errors.showIf = "showIfEarlier";
    } else question.showIf = { questionId: onlyId!, anyOf: picked.map(([, o]) => o) };
  }

  return { question, errors };
}

function readOptions(form: FormData, current: DraftQuestion, language: string | null, type: QuestionType, errors: QuestionFormErrors): DraftOption[] {
  const rows = Math.min(Number(field(form, "optionRows")) || 0, 50);
  const options: DraftOption[] = [];
  const taken = current.options.map((o) => o.id);
  for (let i = 0; i < rows; i++) {
    const prefix = `option.${i}`;
    const existing = current.options.find((o) => o.id === field(form, `${prefix}.id`));
    if (form.get(`${prefix}.remove`) === "yes") continue;
    const label = readText(form, `${prefix}.label`, existing?.label, language);
    // A blank new row is ignored; an option whose English label was emptied is removed.
    if (!label?.en) continue;
    const id = existing?.id ?? nextId("o", taken);
    if (!existing) taken.push(id);
    const signposts = form
      .getAll(`${prefix}.signposts`)
      .filter((v): v is Need => typeof v === "string" && isNeed(v));
    const face = Number(field(form, `${prefix}.face`));
    // The Easy Read picture: one of the app's icons, or none (an option like "Yes" still gets its default one).
    const rawIcon = field(form, `${prefix}.icon`);
    const icon = (OPTION_ICONS as readonly string[]).includes(rawIcon) ? (rawIcon as OptionIcon) : undefined;
    // Keyed by the option's id: rows are numbered afresh when the form is shown again.
    if (rawIcon !== "" && !icon) errors[`option.${id}.icon`] = "iconUnknown";
    options.push({
      // What this form does not edit (an Easy Read hint) stays.
      ...existing,
      id,
      label,
      hint: cleanText(readText(form, `${prefix}.hint`, existing?.hint, language)),
      exclusive: form.get(`${prefix}.exclusive`) === "yes" || undefined,
      signposts: signposts.length > 0 ? [...new Set(signposts)] : undefined,
      face: type === "face_scale" && face >= 1 && face <= 5 ? face : undefined,
      easyRead: easyReadWords({ ...existing?.easyRead, label: readText(form, `${prefix}.easyRead.label`, existing?.easyRead?.label, language) }),
      icon,
    });
  }
  return options.map(dropUndefined);
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Drops undefined fields so the stored JSON is tidy. */
export function tidyQuestion(question: DraftQuestion): DraftQuestion {
  return dropUndefined({ ...question, options: question.options.map(dropUndefined) });
}
