import type feedbackEnglish from "~/locales/en/feedback.json";
import { cleanText } from "~/modules/responses/journey";

// The anonymous feedback form: what it asks, and how a post is read.

export const FEEDBACK_MAX_LENGTH = 5_000;

export const FEEDBACK_FROM = ["young_person", "parent_carer", "professional", "someone_else"] as const;
export type FeedbackFrom = (typeof FEEDBACK_FROM)[number];

export const AGE_BANDS = ["under-11", "11-15", "16-18", "19-25", "26-or-over"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** Said apart from the other answers; saying it is as easy as any answer. */
export const PREFER_NOT_TO_SAY = "prefer-not-to-say";
export const SOMEWHERE_ELSE = "somewhere-else";

/** The form's field names. The honeypot's name is one form-filling scripts like to fill. */
export const FIELDS = {
  id: "feedback",
  started: "started",
  partnership: "p",
  text: "text",
  from: "from",
  age: "age",
  area: "area",
  honeypot: "website",
} as const;

/** What the person typed and chose, kept as sent so an error page loses nothing. */
export interface FeedbackValues {
  text: string;
  from: string;
  age: string;
  area: string;
  honeypot: string;
}

/** Error messages are keys of the `feedback` namespace, translated where they are shown. */
export type FeedbackErrorKey = `feedback:errors.${keyof (typeof feedbackEnglish)["errors"]}`;

export interface FeedbackError {
  key: FeedbackErrorKey;
  values?: Record<string, number>;
}

export type FeedbackErrors = Partial<Record<"text" | "from" | "age" | "area" | "honeypot" | "form", FeedbackError>>;

export interface ParsedFeedback {
  text: string;
  from: FeedbackFrom | null;
  ageBand: string | null;
  area: string | null;
}

export function valuesOf(form: FormData): FeedbackValues {
  const get = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    text: get(FIELDS.text),
    from: get(FIELDS.from),
    age: get(FIELDS.age),
    area: get(FIELDS.area),
    honeypot: get(FIELDS.honeypot),
  };
}

/**
 * Reads the person's answers. Only the message is required; a choice the page
 * could not have offered is an error they can fix. "Prefer not to say" is kept
 * as said for age and area (it differs from leaving the question out).
 */
export function parseFeedback(
  values: FeedbackValues,
  areas: readonly string[],
): { kind: "ok"; feedback: ParsedFeedback } | { kind: "invalid"; errors: FeedbackErrors } {
  const errors: FeedbackErrors = {};
  const text = cleanText(values.text);
  if (text === "") errors.text = { key: "feedback:errors.writeText" };
  else if (text.length > FEEDBACK_MAX_LENGTH) {
    errors.text = { key: "feedback:errors.tooLong", values: { max: FEEDBACK_MAX_LENGTH, count: text.length } };
  }

  let from: FeedbackFrom | null = null;
  if (values.from && values.from !== PREFER_NOT_TO_SAY) {
    if ((FEEDBACK_FROM as readonly string[]).includes(values.from)) from = values.from as FeedbackFrom;
    else errors.from = { key: "feedback:errors.chooseFrom" };
  }
  const ageChoices: readonly string[] = [...AGE_BANDS, PREFER_NOT_TO_SAY];
  if (values.age && !ageChoices.includes(values.age)) errors.age = { key: "feedback:errors.chooseAge" };
  const areaChoices: readonly string[] = [...areas, SOMEWHERE_ELSE, PREFER_NOT_TO_SAY];
  if (values.area && !areaChoices.includes(values.area)) errors.area = { key: "feedback:errors.chooseArea" };

  if (Object.keys(errors).length > 0) return { kind: "invalid", errors };
  return { kind: "ok", feedback: { text, from, ageBand: values.age || null, area: values.area || null } };
}
