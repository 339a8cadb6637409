/**
 * Redaction of free text before any member of staff reads it (issue 6).
 * INTERFACE ONLY for now: the body is being written; keep the signature.
 */
export type PlaceholderKind = "name" | "email" | "phone" | "postcode" | "address" | "place" | "school" | "handle" | "link" | "age" | "date";

export interface RedactionOptions {
  /** The partnership's own school names (and settings), matched whole. */
  schoolNames?: readonly string[];
  /** The partnership's place names (areas, towns, estates). */
  placeNames?: readonly string[];
}

export interface Redaction {
  /** The text with each identifier replaced by its placeholder, e.g. "[name]", "[phone]". */
  text: string;
  /** What was replaced, as offsets into the original text (never the words themselves). */
  replaced: { kind: PlaceholderKind; start: number; end: number }[];
}

export function redact(text: string, _options: RedactionOptions = {}): Redaction {
  throw new Error(`redact is not written yet (${text.length} characters)`);
}
