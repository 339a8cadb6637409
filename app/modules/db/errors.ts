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
