// Easy Read: larger text and spacing, short sentences with one idea each, and
// a picture beside each option. Chosen with a link on every public page
// (`?easy=1`, `?easy=0`), remembered for the browser session only, in a cookie
// that holds nothing but the mode. No translations imported here, so the
// server's start-up code (app/server/main.ts) can use it.

export const EASY_READ_COOKIE = "heard_easy";
export const EASY_READ_PARAM = "easy";

/** What `?easy=` asks for: true, false, or null when the address does not say. */
export function easyReadInUrl(url: URL): boolean | null {
  const value = url.searchParams.get(EASY_READ_PARAM);
  if (value === "1") return true;
  if (value === "0") return false;
  return null;
}

/** The Easy Read cookie's value in a Cookie header. */
export function easyReadInCookie(header: string | null): boolean {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === EASY_READ_COOKIE) return rest.join("=") === "1";
  }
  return false;
}

/** Is this request to be answered in Easy Read? The address first (the link just followed), then the session cookie. */
export function isEasyRead(request: Request): boolean {
  return easyReadInUrl(new URL(request.url)) ?? easyReadInCookie(request.headers.get("Cookie"));
}

/**
 * The Set-Cookie value for a mode chosen with `?easy=`: Easy Read is kept for
 * the browser session (no expiry; HttpOnly, SameSite=Lax); the standard
 * version removes the cookie. Null when the address does not choose.
 */
export function easyReadCookieFor(url: URL, secure: boolean): string | null {
  const chosen = easyReadInUrl(url);
  if (chosen === null) return null;
  const flags = `Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
  return chosen ? `${EASY_READ_COOKIE}=1; ${flags}` : `${EASY_READ_COOKIE}=; Max-Age=0; ${flags}`;
}

/** This page in the other mode: the same address with `?easy=` set. */
export function easyReadHref(pathname: string, search: string, easyRead: boolean): string {
  const params = new URLSearchParams(search);
  params.set(EASY_READ_PARAM, easyRead ? "1" : "0");
  return `${pathname}?${params.toString()}`;
}

type Tree = { [key: string]: unknown };

function merge(base: unknown, over: unknown): unknown {
  if (typeof over !== "object" || over === null) return over ?? base;
  if (typeof base !== "object" || base === null) return over;
  const out: Tree = { ...(base as Tree) };
  for (const [key, value] of Object.entries(over as Tree)) out[key] = merge(out[key], value);
  return out;
}

/**
 * One language's page words as Easy Read shows them: the `easy` namespace's
 * `overrides` laid over the standard namespaces, key by key. A key with no
 * Easy Read wording keeps the standard one (of the same language).
 */
export function withEasyReadWords<T extends Record<string, unknown>>(namespaces: T): T {
  const overrides = ((namespaces.easy as Tree | undefined)?.overrides ?? {}) as Tree;
  const out: Tree = { ...namespaces };
  for (const [ns, words] of Object.entries(overrides)) {
    if (ns in out) out[ns] = merge(out[ns], words);
  }
  return out as T;
}
