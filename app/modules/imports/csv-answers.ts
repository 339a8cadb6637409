import { redact } from "~/modules/redaction/redact";
import type { AnswerValue } from "#db/schema/index.ts";
import { parseCsv } from "~/modules/analysis/csv";
import { agreementKey, parseCompleted, type RawAnswers } from "~/modules/responses/completed";
import { AGREEMENTS, forAgeBand, type AnswerError } from "~/modules/responses/journey";
import { hasOptions, type Question, type SurveyDefinition } from "~/modules/survey/definition";
import consultEnglish from "~/locales/en/consult.json";
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS } from "./limits";

// Answers gathered on paper or in another tool, in a CSV file: reading the
// file, matching its columns to the survey's questions, and checking each row
// with the journey's own parser. Pure: the route and the store call it.

export { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS };

/** Mapping targets that are not questions (question ids are lower-case words and hyphens, so these cannot clash). */
export const DATE_TARGET = "_date";
export const AGE_BAND_TARGET = "_age-band";

export type Delimiter = "," | ";";

export interface ImportTable {
  delimiter: Delimiter;
  /** Column headers as shown (a blank header reads "Column 3"). */
  headers: string[];
  /** Data rows: `line` is the row number a spreadsheet shows (the header is row 1). */
  rows: { line: number; fields: string[] }[];
}

export type ReadError =
  | { code: "empty" | "noRows" | "notUtf8" | "tooBig" }
  | { code: "tooManyRows"; values: { count: number; max: number } }
  | { code: "malformed"; values: { lines: string } }
  | { code: "duplicateHeader"; values: { header: string } };

export type ReadResult = { ok: true; table: ImportTable; text: string } | { ok: false; error: ReadError };

/**
 * Comma or semicolon: whichever the header row has more of, outside quotes
 * (spreadsheets where the comma is the decimal mark save with semicolons).
 */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === ",") commas++;
    else if (!quoted && c === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** The file as text: UTF-8 only (with or without a byte-order mark); anything else is a clear error. */
export function decodeImportFile(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: ReadError } {
  if (bytes.byteLength > MAX_IMPORT_FILE_BYTES) return { ok: false, error: { code: "tooBig" } };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: { code: "notUtf8" } };
  }
}

/**
 * Tidies the text so that it survives being carried between the steps in a
 * form field unchanged: no byte-order mark, one kind of line break, no
 * control characters but tabs and line breaks.
 */
export function normaliseImportText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // eslint-disable-next-line no-control-regex
  return noBom.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
}

/** Reads the CSV text: header row, data rows, size and shape checks. */
export function readImportText(input: string): ReadResult {
  const text = normaliseImportText(input);
  if (new TextEncoder().encode(text).byteLength > MAX_IMPORT_FILE_BYTES) return { ok: false, error: { code: "tooBig" } };
  if (text.trim() === "") return { ok: false, error: { code: "empty" } };
  const delimiter = detectDelimiter(text);
  const { records, problems } = parseCsv(text, { delimiter });
  if (problems.length > 0) {
    const lines = problems.slice(0, 5).map((p) => String(p.line)).join(", ");
    return { ok: false, error: { code: "malformed", values: { lines: problems.length > 5 ? `${lines}…` : lines } } };
  }
  const [header, ...data] = records;
  if (!header) return { ok: false, error: { code: "empty" } };
  // Rows with nothing in any field (",,,"): what spreadsheets leave at the end, not answers.
  const rows = data.filter((r) => r.fields.some((f) => f.trim() !== ""));
  if (rows.length === 0) return { ok: false, error: { code: "noRows" } };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, error: { code: "tooManyRows", values: { count: rows.length, max: MAX_IMPORT_ROWS } } };
  const headers = header.fields.map((h, i) => h.trim() || `Column ${i + 1}`);
  const seen = new Set<string>();
  for (const h of headers) {
    const key = h.toLowerCase();
    if (seen.has(key)) return { ok: false, error: { code: "duplicateHeader", values: { header: h } } };
    seen.add(key);
  }
  return { ok: true, table: { delimiter, headers, rows }, text };
}

// ---- Mapping columns to questions ------------------------------------------------

export type ImportTarget =
  | { value: string; kind: "question"; question: Question }
  | { value: string; kind: "agreement"; question: Question }
  | { value: typeof DATE_TARGET; kind: "date" }
  | { value: typeof AGE_BAND_TARGET; kind: "ageBand" };

/** What a column can go to: each question with something to answer, a section's "Do you agree?", the date, the age band. */
export function importTargets(definition: SurveyDefinition): ImportTarget[] {
  const targets: ImportTarget[] = [];
  for (const question of definition.questions) {
    if (question.type === "information") continue;
    targets.push({ value: question.id, kind: "question", question });
    if (question.type === "draft_text") targets.push({ value: agreementKey(question.id), kind: "agreement", question });
  }
  if (definition.ageBands) targets.push({ value: AGE_BAND_TARGET, kind: "ageBand" });
  targets.push({ value: DATE_TARGET, kind: "date" });
  return targets;
}

/** Lower case, letters and digits only, single spaces: "Q1. How do you feel?" and "q1 how do you feel" match. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const DATE_HEADERS = new Set(["date", "day", "submitted", "submitted on", "date submitted", "date received", "received", "received on", "completed", "date completed"]);
const AGE_BAND_HEADERS = new Set(["age band", "age group", "age"]);

/**
 * A first guess at the mapping: a column whose header is a question's id or
 * English title (letters and digits compared, case ignored) goes to it, and
 * "Date" or "Age band" to those. Each target is taken once, by the first
 * column that names it. Columns left blank ("") are left out.
 */
export function suggestMapping(headers: readonly string[], targets: readonly ImportTarget[]): string[] {
  const used = new Set<string>();
  return headers.map((header) => {
    const key = normaliseHeader(header);
    const match = targets.find((target) => {
      if (used.has(target.value)) return false;
      switch (target.kind) {
        case "question":
          return key === normaliseHeader(target.question.id) || key === normaliseHeader(target.question.title.en ?? "");
        case "agreement":
          return key === normaliseHeader(target.value) || key === normaliseHeader(`${target.question.id} agreement`);
        case "date":
          return DATE_HEADERS.has(key);
        case "ageBand":
          return AGE_BAND_HEADERS.has(key);
      }
    });
    if (!match) return "";
    used.add(match.value);
    return match.value;
  });
}

export type MappingError = { column: number; code: "unknownTarget" } | { column: number; code: "usedTwice"; values: { other: string } } | { column: -1; code: "nothingMapped" };

/** Checks a posted mapping (one target or "" per column): known targets, each used once, at least one question. */
export function checkMapping(headers: readonly string[], mapping: readonly string[], targets: readonly ImportTarget[]): MappingError[] {
  const errors: MappingError[] = [];
  const known = new Set(targets.map((t) => t.value));
  const firstColumn = new Map<string, number>();
  mapping.forEach((value, column) => {
    if (value === "") return;
    if (!known.has(value)) {
      errors.push({ column, code: "unknownTarget" });
      return;
    }
    const earlier = firstColumn.get(value);
    if (earlier !== undefined) errors.push({ column, code: "usedTwice", values: { other: headers[earlier] ?? "" } });
    else firstColumn.set(value, column);
  });
  const questions = new Set(targets.filter((t) => t.kind === "question").map((t) => t.value));
  if (errors.length === 0 && !mapping.some((v) => questions.has(v))) errors.push({ column: -1, code: "nothingMapped" });
  return errors;
}

// ---- Reading cells -----------------------------------------------------------------

function sameWords(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** One option of a choice question named by its id or its English label (case ignored); a face scale also takes 1 to 5. */
export function optionFor(question: Question, text: string): string | undefined {
  const value = text.trim();
  if (value === "") return undefined;
  const option = question.options.find((o) => sameWords(o.id, value) || sameWords(o.label.en ?? "", value));
  if (option) return option.id;
  if (question.type === "face_scale" && /^[1-5]$/.test(value)) return question.options.find((o) => o.face === Number(value))?.id;
  return undefined;
}

/**
 * A choice cell's option ids. Multiple choice may list several, separated by
 * semicolons, bars or line breaks, or else commas (a label with a comma in it
 * still matches whole). Gives the first part that is no option, if any.
 */
export function choicesIn(question: Question, cell: string): { ok: true; ids: string[] } | { ok: false; value: string } {
  const whole = cell.trim();
  if (whole === "") return { ok: true, ids: [] };
  const one = optionFor(question, whole);
  if (one) return { ok: true, ids: [one] };
  if (question.type !== "multiple_choice") return { ok: false, value: whole };
  let firstSplit: string[] | undefined;
  for (const separator of [/[;|\n]/, /,/]) {
    const parts = whole.split(separator).map((p) => p.trim()).filter((p) => p !== "");
    if (parts.length < 2) continue;
    firstSplit ??= parts;
    const ids = parts.map((p) => optionFor(question, p));
    if (ids.every((id) => id !== undefined)) return { ok: true, ids: ids as string[] };
  }
  const unknown = (firstSplit ?? [whole]).find((p) => optionFor(question, p) === undefined) ?? whole;
  return { ok: false, value: unknown };
}

/** A draft-text section's agreement, by its code ("partly_agree") or its English words ("Partly agree"). */
export function agreementIn(cell: string): { ok: true; id: string | null } | { ok: false } {
  const value = cell.trim();
  if (value === "") return { ok: true, id: null };
  const labels = consultEnglish.agreement.options as Record<string, string>;
  const id = AGREEMENTS.find((a) => sameWords(a, value) || sameWords(a.replace(/_/g, " "), value) || sameWords(labels[a] ?? "", value));
  return id ? { ok: true, id } : { ok: false };
}

/** The day a row was given: YYYY-MM-DD or DD/MM/YYYY (UK), a real day, not after today. Blank: null (today is used). */
export function dateIn(cell: string, today: string): { ok: true; date: string | null } | { ok: false; code: "badDate" | "futureDate" } {
  const value = cell.trim();
  if (value === "") return { ok: true, date: null };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const uk = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (!year || !month || !day) return { ok: false, code: "badDate" };
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 2000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { ok: false, code: "badDate" };
  const text = `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return text > today ? { ok: false, code: "futureDate" } : { ok: true, date: text };
}

// ---- Checking rows ------------------------------------------------------------------

/** Why a row cannot come in: a code with what the message needs (column headers, question ids, short values). */
export type RowProblemCode =
  | "unknownOption"
  | "unknownAgreement"
  | "unknownAgeBand"
  | "badDate"
  | "futureDate"
  | "extraValues"
  | "noAnswers"
  | "required"
  | "tooLong"
  | "exclusive"
  | "invalid";

export interface RowProblem {
  code: RowProblemCode;
  /** The question it is about (id), if any. */
  questionId?: string;
  values?: Record<string, string | number>;
}

export interface RowFailure {
  line: number;
  problems: RowProblem[];
}

export interface CheckedRow {
  line: number;
  answers: Record<string, AnswerValue>;
  /** The day it was given, from a date column, else null (today). */
  submittedOn: string | null;
  ageBand: string | null;
}

/** Long values are cut in messages: a reason, not a copy of the file. */
function short(value: string, max = 40): string {
  const oneLine = value.replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** A cell where a choice was expected may hold words someone wrote: quoted redacted, like every free text staff see. */
function shortWords(value: string): string {
  return short(redact(value).text);
}

function problemOf(questionId: string, error: AnswerError): RowProblem {
  switch (error.key) {
    case "errors.writeAnswer":
    case "errors.chooseOne":
    case "errors.chooseAtLeastOne":
    case "consult:errors.chooseAgreement":
      return { code: "required", questionId };
    case "errors.tooLong":
      return { code: "tooLong", questionId, values: { max: Number(error.values?.max ?? 0), count: Number(error.values?.count ?? 0) } };
    case "errors.exclusiveOption":
      return { code: "exclusive", questionId, values: { option: String(error.values?.option ?? "") } };
    case "errors.unknownOption":
      return { code: "unknownAgreement", questionId };
    default:
      return { code: "invalid", questionId };
  }
}

/**
 * Checks every row against the survey with the journey's own parser, as the
 * kiosk checks a whole response: choices by option id or English label,
 * required questions, lengths, exclusive options, skip logic (answers to
 * questions it hides are dropped, as on the web). Each failing row says why.
 */
export function checkRows(
  definition: SurveyDefinition,
  table: ImportTable,
  mapping: readonly string[],
  today: string,
): { valid: CheckedRow[]; failures: RowFailure[] } {
  const targets = new Map(importTargets(definition).map((t) => [t.value, t]));
  const valid: CheckedRow[] = [];
  const failures: RowFailure[] = [];
  for (const row of table.rows) {
    const problems: RowProblem[] = [];
    const raw: Record<string, string[]> = {};
    let submittedOn: string | null = null;
    let ageBand: string | null = null;
    let answered = false;
    if (row.fields.slice(table.headers.length).some((f) => f.trim() !== "")) {
      problems.push({ code: "extraValues", values: { columns: table.headers.length } });
    }
    mapping.forEach((value, column) => {
      const target = targets.get(value);
      if (!target) return;
      const cell = row.fields[column] ?? "";
      const header = table.headers[column] ?? "";
      if (cell.trim() !== "" && target.kind !== "date") answered = true;
      switch (target.kind) {
        case "question": {
          const question = target.question;
          if (hasOptions(question.type)) {
            const read = choicesIn(question, cell);
            if (read.ok) raw[question.id] = read.ids;
            else problems.push({ code: "unknownOption", questionId: question.id, values: { column: header, value: shortWords(read.value) } });
          } else {
            raw[question.id] = [cell];
          }
          break;
        }
        case "agreement": {
          const read = agreementIn(cell);
          if (read.ok) raw[target.value] = read.id ? [read.id] : [];
          else problems.push({ code: "unknownAgreement", questionId: target.question.id, values: { column: header, value: shortWords(cell) } });
          break;
        }
        case "date": {
          const read = dateIn(cell, today);
          if (read.ok) submittedOn = read.date;
          else problems.push({ code: read.code, values: { column: header, value: short(cell, 20) } });
          break;
        }
        case "ageBand": {
          const value = cell.trim();
          if (value === "") break;
          const band = definition.ageBands?.find((b) => sameWords(b.id, value) || sameWords(b.label.en ?? "", value));
          if (band) ageBand = band.id;
          else problems.push({ code: "unknownAgeBand", values: { column: header, value: short(value) } });
          break;
        }
      }
    });
    if (!answered) problems.push({ code: "noAnswers" });
    if (problems.length === 0) {
      // A row for an age band is checked against that band's questions; without one, against them all.
      const parsed = parseCompleted(ageBand ? forAgeBand(definition, ageBand) : definition, raw as RawAnswers);
      if (parsed.ok) {
        valid.push({ line: row.line, answers: parsed.answers, submittedOn, ageBand });
        continue;
      }
      for (const [questionId, error] of Object.entries(parsed.errors)) problems.push(problemOf(questionId, error));
    }
    failures.push({ line: row.line, problems });
  }
  return { valid, failures };
}
