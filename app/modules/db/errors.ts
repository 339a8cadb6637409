import { data } from "@remix-run/node";

// Errors that mean "the database is not there right now" (restarting, failed
// over, pool closed), as opposed to a bug. Respondents then see "please try
// again" with what they typed kept, never an error page.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECTION_ENDED",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e !== "object") return false;
    const code = String((e as { code?: unknown }).code ?? "");
    if (UNAVAILABLE_CODES.has(code) || code.startsWith("08")) return true; // 08: connection exceptions
    if (e instanceof Error && /PGlite is closed|database did not answer/i.test(e.message)) return true;
  }
  return false;
}

/** Logs that the database did not answer: the error's code only (a failed query's message repeats its parameters). */
export function logDatabaseUnavailable(error: unknown, where?: string): void {
  const cause = (error as { cause?: { code?: string } }).cause;
  console.error(`${where ? `${where}: ` : ""}database unavailable (${cause?.code ?? (error as { code?: string }).code ?? "no code"})`);
}

/** Redirects and 404s are thrown too: only a database that does not answer is "unavailable" here. */
function isUnavailable(error: unknown): boolean {
  return !(error instanceof Response) && isDatabaseUnavailable(error);
}

/**
 * Runs `work`; if the database is away, answers with `fallback()` instead of an
 * error page. Wrap the whole of a public page's work, every query included:
 * one left outside answers 500 when the database stops answering there. A
 * fallback that needs the database too (the survey last seen, say, gone from
 * memory) and cannot reach it answers "try again in a minute".
 */
export async function unlessDatabaseUnavailable<T, F>(work: () => Promise<T>, fallback: () => F | Promise<F>): Promise<T | F> {
  try {
    return await work();
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    logDatabaseUnavailable(error);
  }
  try {
    return await fallback();
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    return databaseUnavailablePage();
  }
}

/**
 * For a page that cannot be shown without the database: "we cannot reach our
 * system just now, try again in a minute" (the root error page's 503).
 */
export function databaseUnavailablePage(): never {
  throw data(null, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } });
}
