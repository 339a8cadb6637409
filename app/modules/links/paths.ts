// Addresses of school, class, setting and event links. Shared with the
// browser bundle: nothing here touches the database.

/** The kinds of link, as the database names them. */
export const LINK_KINDS = ["school", "class", "setting", "event"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export function isLinkKind(value: string): value is LinkKind {
  return (LINK_KINDS as readonly string[]).includes(value);
}

/**
 * The letters a code is made of: no 0/o, 1/i/l, so a code copied from a
 * poster by hand is copied right. Lower case, as people type addresses.
 */
export const CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
/** 10 characters of 31: about 49 bits, so codes cannot be guessed or counted. */
export const CODE_LENGTH = 10;
const CODE_PATTERN = /^[2-9a-hjkmnp-z]{6,16}$/;

/** A code as typed (any case, spaces around it) in its stored form, or null if it cannot be one. */
export function normaliseLinkCode(raw: string | null | undefined): string | null {
  const code = (raw ?? "").trim().toLowerCase();
  return CODE_PATTERN.test(code) ? code : null;
}

/** The public address of a link: /l/<code>. No words about the survey or the setting. */
export function linkPath(code: string): string {
  return `/l/${encodeURIComponent(code)}`;
}

/** The query parameter that carries a link's code from /l/<code> to the survey's start page. */
export const LINK_PARAM = "l";

/** The form field that carries it through "Start now". */
export const LINK_FIELD = "link";

/** The staff pages: the list, and one link's poster. */
export function staffLinksPath(partnershipSlug: string): string {
  return `/staff/p/${encodeURIComponent(partnershipSlug)}/links`;
}

export function posterPath(partnershipSlug: string, linkId: string): string {
  return `${staffLinksPath(partnershipSlug)}/${encodeURIComponent(linkId)}/poster`;
}

/** The day a moment fell on in the UK, as people read it, e.g. "2 November 2026". */
export function formatUkDay(at: string | Date, language = "en"): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : language, {
    timeZone: "Europe/London",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(typeof at === "string" ? new Date(at) : at);
}
