import { z } from "zod";
import type { supportedLanguages } from "~/modules/i18n/languages";
import { isIsoDay } from "~/modules/workspace/dates";
import { firstErrors, type FieldErrors } from "~/modules/workspace/form";

// "You said, we did": what staff may post (checked on the server; messages
// are i18n keys in the `strategy` namespace) and how the public page picks
// the words for a language. No database here.

export const ACTION_STATUSES = ["planned", "in_progress", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const MAX_WORDS = 1200;

/** The four texts of an entry in one language. */
export const TEXT_FIELDS = ["heardForChildren", "didForChildren", "heardForAdults", "didForAdults"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type EntryTexts = Record<TextField, string>;

const words = (missing: string) => z.string().trim().min(1, missing).max(MAX_WORDS, "strategy:errors.wordsTooLong");

export const textsForm = z.object({
  heardForChildren: words("strategy:errors.heardForChildrenMissing"),
  didForChildren: words("strategy:errors.didForChildrenMissing"),
  heardForAdults: words("strategy:errors.heardForAdultsMissing"),
  didForAdults: words("strategy:errors.didForAdultsMissing"),
});

export const entryForm = textsForm.extend({
  groupId: z.uuid("strategy:errors.groupMissing"),
  codeId: z.uuid("strategy:errors.codeMissing"),
  surveyId: z.union([z.literal(""), z.uuid("strategy:errors.surveyUnknown")]).transform((v) => (v === "" ? null : v)),
  status: z.enum(ACTION_STATUSES, "strategy:errors.statusMissing"),
  actionOn: z
    .string()
    .trim()
    .refine((v) => v === "" || isIsoDay(v), "strategy:errors.dateFormat")
    .transform((v) => (v === "" ? null : v)),
});
export type EntryInput = z.output<typeof entryForm>;
export type EntryField = "groupId" | "codeId" | "surveyId" | "status" | "actionOn" | TextField;
export type EntryValues = Record<EntryField, string>;

/** Languages an entry can be translated into (English is the entry itself): every public language but English (a unit test keeps it so). */
export const TRANSLATION_LANGUAGES = ["pl", "ro", "pt", "ur", "ar"] as const satisfies readonly (typeof supportedLanguages)[number][];

export const translationForm = textsForm.extend({
  language: z.enum(TRANSLATION_LANGUAGES, "strategy:errors.languageMissing"),
});
export type TranslationInput = z.output<typeof translationForm>;
export type TranslationField = "language" | TextField;
export type TranslationValues = Record<TranslationField, string>;

export type Parsed<T, F extends string> = { ok: true; data: T } | { ok: false; errors: FieldErrors<F> };

export function parseEntry(values: EntryValues): Parsed<EntryInput, EntryField> {
  const result = entryForm.safeParse(values);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: firstErrors<EntryField>(result) };
}

export function parseTranslation(values: TranslationValues): Parsed<TranslationInput, TranslationField> {
  const result = translationForm.safeParse(values);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: firstErrors<TranslationField>(result) };
}

/** The words a reader sees: their language's, else English's, with the language they are in (for `lang`). */
export function wordsFor<T extends { language: string }>(texts: readonly T[], language: string): T | null {
  return texts.find((t) => t.language === language) ?? texts.find((t) => t.language === "en") ?? null;
}

/** Which version of the words a page shows first: children's unless the survey is for parents or professionals. */
export type Readers = "children" | "adults";
export function defaultReaders(audience: string | null): Readers {
  return audience === "parents" || audience === "professionals" ? "adults" : "children";
}
export function readersFrom(value: string | null, audience: string | null): Readers {
  return value === "adults" || value === "children" ? value : defaultReaders(audience);
}
