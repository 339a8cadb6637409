import type { TFunction } from "i18next";

/**
 * What a route tells the document around it. Public routes leave `hydrate`
 * off: their pages are plain HTML forms with a few small enhancement scripts.
 */
export interface PageHandle {
  hydrate?: boolean;
  /** A staff page: the staff header instead of the public one, no quick exit, no public footer. */
  staff?: boolean;
  /** A children's-centre kiosk page: kiosk.js too, and "Exit this page" keeps the tablet a kiosk. */
  kiosk?: boolean;
  /** The page's title, before " – Heard" and any "Error: " is added. */
  pageTitle?: (args: { data: unknown; t: TFunction; language: string; easyRead?: boolean }) => string;
}

/** Actions that fail validation return `{ errors }` with at least one entry. */
export function hasErrors(actionData: unknown): boolean {
  if (!actionData || typeof actionData !== "object" || !("errors" in actionData)) return false;
  const errors = (actionData as { errors: unknown }).errors;
  return !!errors && typeof errors === "object" && Object.keys(errors).length > 0;
}
