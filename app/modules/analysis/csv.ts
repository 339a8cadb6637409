/**
 * A small RFC 4180 CSV reader: comma separated (or another one-character
 * delimiter, such as the semicolon spreadsheets use where the comma is the
 * decimal mark), fields optionally in double
 * quotes (which may hold commas, line breaks and "" for a quote), records
 * ended by LF, CRLF or CR. Each record keeps the line number it starts on, so
 * problems can be reported by line. A malformed record (text after a closing
 * quote, or a quote never closed) is reported and skipped; the rest are read.
 *
 * Why not csv-parse: tried first, but after one bad closing quote it reads the
 * rest of the file as a single unclosed field (every later record lost), and
 * it reports multi-line records at their last line, not their first.
 */
export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvOptions {
  /** The field separator: "," unless told (";" for semicolon-separated files). */
  delimiter?: string;
}

export function parseCsv(input: string, { delimiter = "," }: CsvOptions = {}): { records: CsvRecord[]; problems: CsvProblem[] } {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") throw new Error("a CSV delimiter is one character other than a quote or a line break");
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = "";
    let problem: string | undefined;
    let endOfRecord = false;

    while (!endOfRecord) {
      if (i < n && text[i] === '"' && field === "") {
        // Quoted field.
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
          field += c;
          i++;
        }
        if (!closed) {
          problem ??= "a quoted field is never closed";
          fields.push(field);
          break;
        }
        // After the closing quote: a delimiter, the end of the record, or a problem.
        if (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") {
          problem ??= "unexpected text after a closing quote";
          while (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") i++;
        }
      } else {
        while (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") field += text[i++];
      }
      fields.push(field);
      field = "";
      if (i >= n) {
        endOfRecord = true;
      } else if (text[i] === delimiter) {
        i++;
      } else {
        // Line break: CRLF, LF or CR.
        i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
        line++;
        endOfRecord = true;
      }
    }

    if (problem) problems.push({ line: startLine, message: problem });
    else if (!(fields.length === 1 && fields[0]!.trim() === "")) records.push({ line: startLine, fields });
  }
  return { records, problems };
}
