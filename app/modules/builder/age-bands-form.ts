import { LANGUAGE_CODE } from "./draft";

// The survey's age bands (for example 8-10, 11-18, parents), edited as rows on
// the survey page: an id and a label each, a few blank rows to add one, a box
// to remove one. The start page asks "How old are you?" with the labels.

/** How many blank rows the form offers for new bands. */
export const NEW_BAND_ROWS = 2;
/** Band ids: short codes of lower-case letters, numbers and hyphens. */
export const BAND_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Error codes are keys under `builder:errors`. */
export type AgeBandError = "bandId" | "bandLabel" | "bandDuplicate" | "bandCount";

export interface AgeBandRow {
  /** The id the row had when the page was shown ("" for a new row): a changed id renames the band. */
  was: string;
  id: string;
  /** The English label, and the label in the language shown beside it. */
  english: string;
  translated?: string;
}

export interface AgeBandsInput {
  rows: AgeBandRow[];
  /** Bands taken away (by their id when the page was shown). */
  removed: string[];
  /** The second language shown, if any. */
  language?: string;
}

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Reads the age bands form. Errors are keyed by the field they belong to (`band.<row>.id`, `band.<row>.label.en`, or `ageBands`). */
export function readAgeBandsForm(form: FormData): { input: AgeBandsInput; errors: Record<string, AgeBandError> } {
  const errors: Record<string, AgeBandError> = {};
  const rawLanguage = field(form, "lang");
  const language = rawLanguage !== "en" && LANGUAGE_CODE.test(rawLanguage) ? rawLanguage : undefined;
  const count = Math.min(Number(field(form, "bandRows")) || 0, 20);
  const rows: AgeBandRow[] = [];
  const removed: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const prefix = `band.${i}`;
    const was = field(form, `${prefix}.was`).trim();
    const id = field(form, `${prefix}.id`).trim();
    const english = field(form, `${prefix}.label.en`).trim();
    const removing = form.get(`${prefix}.remove`) === "yes" || (id === "" && english === "");
    if (removing) {
      if (was) removed.push(was);
      continue;
    }
    if (!BAND_ID.test(id) || id.length > 20) errors[`${prefix}.id`] = "bandId";
    else if (seen.has(id)) errors[`${prefix}.id`] = "bandDuplicate";
    if (english === "") errors[`${prefix}.label.en`] = "bandLabel";
    seen.add(id);
    rows.push({ was, id, english, ...(language ? { translated: field(form, `${prefix}.label.${language}`) } : {}) });
  }
  // One band is not a choice: the survey has two or more, or none.
  if (rows.length === 1 && Object.keys(errors).length === 0) errors.ageBands = "bandCount";
  return { input: { rows, removed, language }, errors };
}
