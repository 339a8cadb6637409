// What the server logs about an error, without what people wrote: a failed
// query's error repeats its parameters (answers, feedback, names typed into a
// form), and PostgreSQL's own message or detail can quote a value. Logs keep
// the query with its placeholders, the SQLSTATE code and the stack.

interface Described {
  name: string;
  message: string;
  code?: string;
}

const MAX_DEPTH = 5;

/** drizzle's DrizzleQueryError (and PGlite's own error) carry the query: its placeholders are safe, its params are not. */
function queryOf(error: Error): string | undefined {
  const query = (error as { query?: unknown }).query;
  return typeof query === "string" ? query : undefined;
}

/** A database driver's error (postgres.js, PGlite): its message may quote a value; its SQLSTATE code says what went wrong. */
function isDatabaseError(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && ("severity" in error || "routine" in error);
}

function describe(error: unknown): Described {
  if (!(error instanceof Error)) return { name: typeof error, message: "(not an Error)" };
  const rawCode = (error as { code?: unknown }).code;
  const code = typeof rawCode === "string" ? rawCode : undefined;
  const query = queryOf(error);
  if (query !== undefined) return { name: error.name, message: `Failed query: ${query}`, code };
  if (isDatabaseError(error)) return { name: error.name, message: "(the database's message is not logged: it can quote a value)", code };
  return { name: error.name, message: error.message, code };
}

/** The stack's frames only: its first line repeats the message. */
function framesOf(error: unknown): string {
  if (!(error instanceof Error) || !error.stack) return "";
  return error.stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
}

/** The error and its causes, as one log entry that carries no parameters or quoted values. */
export function safeErrorForLog(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < MAX_DEPTH; depth++) {
    const { name, message, code } = describe(current);
    const frames = framesOf(current);
    parts.push(`${depth === 0 ? "" : "caused by: "}${name}${code ? ` [${code}]` : ""}: ${message}${frames ? `\n${frames}` : ""}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join("\n");
}
