/**
 * Input records for the analyser: JSON lines (one object a line with `id` and
 * `text`; other fields ignored) or CSV with a header row naming `id` and `text`
 * columns. Bad lines are reported with their line number; the rest are kept.
 */
import { parseCsv } from "./csv";

export interface InputRecord {
  /** 1-based line in the input where the record starts. */
  line: number;
  id: string | number;
  text: string;
}

export interface RecordProblem {
  line: number;
  message: string;
}

export interface ReadResult {
  records: InputRecord[];
  problems: RecordProblem[];
  /** Set when the input as a whole cannot be read (e.g. a CSV without an id column). */
  fatal?: string;
}

export type InputFormat = "jsonl" | "csv";

/** By extension (.csv; .jsonl, .ndjson, .json), else by the first character. */
export function detectFormat(path: string, content: string): InputFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (/\.(?:jsonl|ndjson|json)$/.test(lower)) return "jsonl";
  return content.replace(/^\ufeff/, "").trimStart().startsWith("{") ? "jsonl" : "csv";
}

export function readRecords(content: string, format: InputFormat): ReadResult {
  return format === "csv" ? readCsv(content) : readJsonLines(content);
}

function validId(id: unknown): id is string | number {
  return (typeof id === "string" && id.trim() !== "") || (typeof id === "number" && Number.isFinite(id));
}

export function readJsonLines(content: string): ReadResult {
  const records: InputRecord[] = [];
  const problems: RecordProblem[] = [];
  const lines = content.replace(/^\ufeff/, "").split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      problems.push({ line, message: `not valid JSON (${(error as Error).message})` });
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push({ line, message: "expected a JSON object with id and text" });
      return;
    }
    const { id, text } = value as { id?: unknown; text?: unknown };
    if (!validId(id)) {
      problems.push({ line, message: 'missing "id" (a non-empty string or a number)' });
      return;
    }
    if (typeof text !== "string") {
      problems.push({ line, message: `missing "text" (a string) for id ${JSON.stringify(id)}` });
      return;
    }
    records.push({ line, id, text });
  });
  return { records, problems };
}

export function readCsv(content: string): ReadResult {
  const { records: rows, problems } = parseCsv(content);
  const header = rows[0];
  if (!header) return { records: [], problems, fatal: "the CSV has no header row (it needs id and text columns)" };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const idAt = names.indexOf("id");
  const textAt = names.indexOf("text");
  if (idAt < 0 || textAt < 0) {
    const missing = [idAt < 0 ? "id" : "", textAt < 0 ? "text" : ""].filter(Boolean).join(" and ");
    return {
      records: [],
      problems,
      fatal: `the CSV header (line ${header.line}) has no ${missing} column; found: ${names.join(", ") || "(nothing)"}`,
    };
  }
  const records: InputRecord[] = [];
  for (const row of rows.slice(1)) {
    const id = row.fields[idAt];
    const text = row.fields[textAt];
    if (id === undefined || text === undefined) {
      problems.push({
        line: row.line,
        message: `expected ${names.length} fields, found ${row.fields.length}`,
      });
      continue;
    }
    if (id.trim() === "") {
      problems.push({ line: row.line, message: "empty id" });
      continue;
    }
    records.push({ line: row.line, id, text });
  }
  problems.sort((a, b) => a.line - b.line);
  return { records, problems };
}
