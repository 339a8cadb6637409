import { z } from "zod";
import { NEEDS } from "../help/needs";
import { PSEUDO_LANGUAGE, pseudo } from "../i18n/pseudo";
import { OPTION_ICONS } from "./icons";

/**
 * Text in every language a version has been written in. English is required;
 * other languages fall back to it until translated.
 */
export const localizedText = z
  .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/), z.string().min(1))
  .refine((text) => typeof text.en === "string", { message: "English text is required" });
export type LocalizedText = z.infer<typeof localizedText>;

const slugId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are lower-case words joined by hyphens");

export const questionOption = z.object({
  id: slugId,
  label: localizedText,
  hint: localizedText.optional(),
  /** A face picture shown beside the label on face scales (1 = very sad, 5 = very happy). */
  face: z.number().int().min(1).max(5).optional(),
  /** "Prefer not to say", "None of these": shown apart, and exclusive on multiple choice. */
  exclusive: z.boolean().optional(),
  /**
   * Help that fits someone who chose this option (needs from the directory):
   * the confirmation page signposts to it. Nothing about it is stored.
   */
  signposts: z.array(z.enum(NEEDS)).optional(),
  /** Easy Read: shorter words for the label (and hint); the standard text where missing. */
  easyRead: z.object({ label: localizedText.optional(), hint: localizedText.optional() }).optional(),
  /** Easy Read: the picture beside the label (app/modules/survey/icons.ts). */
  icon: z.enum(OPTION_ICONS).optional(),
});
export type QuestionOption = z.infer<typeof questionOption>;

export const questionTypes = [
  "single_choice",
  "multiple_choice",
  "face_scale",
  "yes_no",
  "free_text",
  /** A page of text to read: nothing to answer. */
  "information",
  /** A section of draft strategy text (the body) with a free-text box for comments. */
  "draft_text",
] as const;
export type QuestionType = (typeof questionTypes)[number];

/** Types with options to choose from; the others are typed text or nothing. */
export const CHOICE_TYPES: readonly QuestionType[] = ["single_choice", "multiple_choice", "face_scale", "yes_no"];
/** Types answered by typing. */
export const TEXT_TYPES: readonly QuestionType[] = ["free_text", "draft_text"];

export function hasOptions(type: QuestionType): boolean {
  return CHOICE_TYPES.includes(type);
}

/** Skip logic: the question is shown only when an earlier answer is one of these options. */
export const showIfRule = z.object({
  questionId: slugId,
  anyOf: z.array(slugId).min(1),
});
export type ShowIfRule = z.infer<typeof showIfRule>;

export const FREE_TEXT_DEFAULT_MAX = 2000;

/** A question's fields, before the checks that need several of them (a builder's draft is stored this way). */
export const questionFields = z.object({
  id: slugId,
  type: z.enum(questionTypes),
  title: localizedText,
  hint: localizedText.optional(),
  /** Text shown under the heading: an information page's words, or the draft text to comment on. Blank lines make paragraphs. */
  body: localizedText.optional(),
  /** Every question can be skipped unless it says otherwise: no nudges. */
  required: z.boolean().default(false),
  options: z.array(questionOption).default([]),
  maxLength: z.number().int().min(1).max(20000).optional(),
  showIf: showIfRule.optional(),
  /**
   * About home life or feeling safe. Before the first one a person meets,
   * the page says answers are anonymous, so nobody can come and help from
   * them, and where to get help now.
   */
  sensitive: z.boolean().optional(),
  /** Shown only to people who chose one of these age bands (the survey's `ageBands`); absent: to everyone. */
  ageBands: z.array(slugId).min(1).optional(),
  /**
   * The question's shared code: each age band's version of one question has
   * the same code, so reports can put their answers together. Defaults to the id.
   */
  code: slugId.optional(),
  /** Easy Read: shorter sentences, one idea each; the standard text where missing. */
  easyRead: z
    .object({ title: localizedText.optional(), hint: localizedText.optional(), body: localizedText.optional() })
    .optional(),
});

export const question = questionFields
  .superRefine((q, ctx) => {
    const needsOptions = hasOptions(q.type);
    if (needsOptions && q.options.length < 2) {
      ctx.addIssue({ code: "custom", message: `question ${q.id} needs at least two options`, path: ["options"] });
    }
    if (!needsOptions && q.options.length > 0) {
      ctx.addIssue({ code: "custom", message: `question ${q.id} (${q.type}) cannot have options`, path: ["options"] });
    }
    if ((q.type === "information" || q.type === "draft_text") && !q.body) {
      ctx.addIssue({ code: "custom", message: `question ${q.id} (${q.type}) needs its text`, path: ["body"] });
    }
    if (q.type === "information" && q.required) {
      ctx.addIssue({ code: "custom", message: `information page ${q.id} has nothing to answer, so cannot be required`, path: ["required"] });
    }
    const ids = new Set(q.options.map((o) => o.id));
    if (ids.size !== q.options.length) {
      ctx.addIssue({ code: "custom", message: `question ${q.id} repeats an option id`, path: ["options"] });
    }
    if (q.type === "face_scale" && (q.options.length !== 5 || q.options.some((o) => o.face === undefined))) {
      ctx.addIssue({ code: "custom", message: `face scale ${q.id} needs five options with faces`, path: ["options"] });
    }
  });
export type Question = z.infer<typeof question>;

export const surveyDefinition = z
  .object({
    title: localizedText,
    /** What the survey is about, for the start page. */
    summary: localizedText,
    /** Roughly how long it takes, in minutes, as said on the start page. */
    minutes: z.number().int().min(1).max(120),
    ageBand: z.string().optional(),
    /**
     * Versions for age bands: the start page asks "How old are you?" and each
     * person sees the questions for everyone plus those of their band.
     */
    ageBands: z.array(z.object({ id: slugId, label: localizedText })).min(2).optional(),
    /** Easy Read: the start page's summary in shorter sentences. */
    easyRead: z.object({ title: localizedText.optional(), summary: localizedText.optional() }).optional(),
    questions: z.array(question).min(1),
  })
  .superRefine((def, ctx) => {
    const seen = new Map<string, Question>();
    const bandIds = new Set((def.ageBands ?? []).map((b) => b.id));
    if (bandIds.size !== (def.ageBands ?? []).length) {
      ctx.addIssue({ code: "custom", message: "an age band id is used twice", path: ["ageBands"] });
    }
    const byCode = new Map<string, Question[]>();
    def.questions.forEach((q, index) => {
      for (const band of q.ageBands ?? []) {
        if (!bandIds.has(band)) {
          ctx.addIssue({
            code: "custom",
            message: `question ${q.id} is for age band ${band}, which the survey does not have`,
            path: ["questions", index, "ageBands"],
          });
        }
      }
      // Versions of one question for different bands share a code: their answers must be alike to combine.
      const code = questionCode(q);
      const earlier = byCode.get(code) ?? [];
      const sharing = earlier.find((other) => !compatibleVersions(other, q));
      if (sharing) {
        ctx.addIssue({
          code: "custom",
          message: `questions ${sharing.id} and ${q.id} share the code ${code} but are not versions of one question for different age bands of the same type`,
          path: ["questions", index, "code"],
        });
      }
      byCode.set(code, [...earlier, q]);
      if (seen.has(q.id)) {
        ctx.addIssue({ code: "custom", message: `question id ${q.id} is used twice`, path: ["questions", index, "id"] });
      }
      if (q.showIf) {
        // Skip rules may only look back, so the journey can never loop.
        const earlier = seen.get(q.showIf.questionId);
        if (!earlier) {
          ctx.addIssue({
            code: "custom",
            message: `question ${q.id} depends on ${q.showIf.questionId}, which does not come before it`,
            path: ["questions", index, "showIf"],
          });
        } else if (q.showIf.anyOf.some((id) => !earlier.options.some((o) => o.id === id))) {
          ctx.addIssue({
            code: "custom",
            message: `question ${q.id} depends on an option ${q.showIf.questionId} does not have`,
            path: ["questions", index, "showIf"],
          });
        }
      }
      seen.set(q.id, q);
    });
  });
export type SurveyDefinition = z.infer<typeof surveyDefinition>;
export type SurveyDefinitionInput = z.input<typeof surveyDefinition>;

/** The code that joins the age bands' versions of a question: its own, or its id. */
export function questionCode(q: Pick<Question, "id" | "code">): string {
  return q.code ?? q.id;
}

/**
 * Two questions can share a code when they are one question's versions for
 * different age bands: the same type (so their answers read alike; a younger
 * version may offer fewer options, and an option id means the same in both),
 * and no band sees both.
 */
function compatibleVersions(a: Question, b: Question): boolean {
  if (a.type !== b.type) return false;
  if (!a.ageBands || !b.ageBands) return false;
  return !a.ageBands.some((band) => b.ageBands!.includes(band));
}

/**
 * Easy Read text where the survey has it in this language, else the standard
 * text. (A language without Easy Read words keeps its own standard words
 * rather than switching to English.)
 */
export function localizeMode(standard: LocalizedText, easy: LocalizedText | undefined, language: string, easyRead: boolean): string {
  if (easyRead && easy) {
    if (language === PSEUDO_LANGUAGE) return pseudo(easy.en ?? "");
    const own = easy[language];
    if (own) return own;
  }
  return localize(standard, language);
}

/** Picks the text for a language, falling back to English. */
export function localize(text: LocalizedText, language: string): string {
  // The pseudo-locale (tests) wraps survey text too, so a page that asks for the wrong language shows up.
  if (language === PSEUDO_LANGUAGE) return pseudo(text.en ?? "");
  return text[language] ?? text.en ?? "";
}
