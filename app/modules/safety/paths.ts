// Addresses for quick exit and staying safe. Nothing here may put a sensitive
// word in a URL: someone who reads this browser's history learns only these.

export const EXIT_PATH = "/exit";
export const BEFORE_YOU_START_PATH = "/before-you-start";
export const STAYING_SAFE_PATH = "/staying-safe-online";

/** The default neutral site "Exit this page" goes to, as on GOV.UK. */
export const DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A partnership slug as it may appear in `?p=`, or null. */
export function partnershipSlugParam(value: string | null | undefined): string | null {
  return value && value.length <= 64 && SLUG.test(value) ? value : null;
}

/** `path` with `?p=<slug>` (or `&p=`) when the partnership is known. */
export function withPartnership(path: string, slug: string | null | undefined): string {
  if (!slug) return path;
  return `${path}${path.includes("?") ? "&" : "?"}p=${encodeURIComponent(slug)}`;
}

/**
 * A path on this site to go on to, or "/": never another site. "//host" and
 * "/\host" are other sites to a browser, so they are refused too.
 */
export function localPath(to: string | null | undefined): string {
  if (!to || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return "/";
  // Control characters (a browser drops tabs and newlines, turning "/\t/host" into "//host").
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return "/";
  return to;
}

/** The interruption page that explains "Exit this page", then goes on to `to`. */
export function beforeYouStartPath(to: string, partnership?: string | null): string {
  return withPartnership(`${BEFORE_YOU_START_PATH}?to=${encodeURIComponent(localPath(to))}`, partnership);
}

/** Only a web address may be the neutral site: never javascript:, data: or a path. */
export function safeExitUrl(url: string | null | undefined): string {
  if (!url) return DEFAULT_EXIT_URL;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : DEFAULT_EXIT_URL;
  } catch {
    return DEFAULT_EXIT_URL;
  }
}

/**
 * Where the interruption page's "Continue" goes: its `to`, a path on this
 * site only, keeping the partnership (`p`) the page was given.
 */
export function continuePath(url: URL): string {
  const to = localPath(url.searchParams.get("to"));
  const p = partnershipSlugParam(url.searchParams.get("p"));
  if (!p || to.startsWith("/s/") || /[?&]p=/.test(to)) return to;
  return withPartnership(to, p);
}
