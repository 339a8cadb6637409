/**
 * A pseudo-locale for finding words that do not go through i18next: with
 * HEARD_PSEUDO_LOCALE=1 the server also speaks `en-XA`, in which every string
 * (and every bit of survey text, through `localize`) is English wrapped in
 * ⟦ and ⟧. A test renders public pages in it and looks for text left unwrapped.
 */
export const PSEUDO_LANGUAGE = "en-XA";
export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";

export function pseudo(text: string): string {
  return `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;
}

/** Every string in a tree of translations, wrapped. */
export function pseudoResources<T>(value: T): T {
  if (typeof value === "string") return pseudo(value) as T;
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoResources(v)])) as T;
}
