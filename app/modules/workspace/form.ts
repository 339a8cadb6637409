import type { z } from "zod";

/** One field's problem: an i18n key (in the `admin` namespace) and values for it. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** A posted text field, trimmed ("" when missing or a file). */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** Every posted value of a multi-choice field (checkboxes), strings only. */
export function listField(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === "string");
}

/**
 * Runs a zod schema whose messages are i18n keys, keeping the first problem
 * for each top-level field: that is the one shown next to the field.
 */
export function firstErrors<F extends string>(result: z.ZodSafeParseResult<unknown>): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") as F;
    if (!errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** An https address with a real host name, no user name or password in it. */
export function isHttpsUrl(value: string): boolean {
  if (value.length > 2000) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === "https:" &&
    url.username === "" &&
    url.password === "" &&
    /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) &&
    !/^[0-9.]+$/.test(url.hostname)
  );
}

/** A UK-style phone number as people write it: digits, spaces, brackets, hyphens, an optional leading +. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, "");
  return /^\+?[0-9 ()-]+$/.test(value) && digits.length >= 3 && digits.length <= 15;
}
