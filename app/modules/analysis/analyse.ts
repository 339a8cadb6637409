/**
 * `npm run -s analyse -- FILE`: reads JSON lines or CSV with id and text, and
 * writes one JSON line per good input record to stdout. Problems go to stderr
 * with their line number; the other records are still analysed. Exit status:
 * 0 all good, 1 some records could not be read, 2 the input could not be read
 * at all (no such file, a CSV without id/text columns, wrong usage).
 * FILE may be "-" for standard input.
 */
import { readFile } from "node:fs/promises";
import { analyseRecord, type AnalysisStep, DEFAULT_STEPS } from "./pipeline";
import { detectFormat, type InputFormat, readRecords } from "./records";

export interface AnalyseIo {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  readFile?: (path: string) => Promise<string>;
  readStdin?: () => Promise<string>;
}

export const USAGE = `usage: npm run -s analyse -- [--format jsonl|csv] [--no-redact] FILE
  FILE   JSON lines with "id" and "text" (other fields ignored), or a CSV with id and text
         columns; "-" reads standard input. Writes one JSON line per record to stdout:
         {"id": ..., "disclosure": true|false, "themes": [codes], "sentiment":
          "positive"|"neutral"|"negative", "redacted": "text with [name], [school]..."}
  --no-redact  leave out the "redacted" field (themes and disclosure only need the scores)
  (use "npm run -s" so npm's own banner does not go to stdout)
`;

const CHUNK = 1000;

export async function runAnalyse(
  args: readonly string[],
  io: AnalyseIo,
  steps: readonly AnalysisStep[] = DEFAULT_STEPS,
): Promise<number> {
  let format: InputFormat | undefined;
  let redaction = true;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") {
      io.stdout(USAGE);
      return 0;
    }
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg.includes("=") ? arg.slice("--format=".length) : args[++i];
      if (value !== "jsonl" && value !== "csv") {
        io.stderr(`analyse: --format must be jsonl or csv\n${USAGE}`);
        return 2;
      }
      format = value;
    } else if (arg === "--no-redact") {
      redaction = false;
    } else if (arg.startsWith("--")) {
      io.stderr(`analyse: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) {
    io.stderr(`analyse: give exactly one input file\n${USAGE}`);
    return 2;
  }
  const path = files[0]!;

  let content: string;
  try {
    if (path === "-") {
      content = await (io.readStdin ?? readStdin)();
    } else {
      content = await (io.readFile ?? ((p: string) => readFile(p, "utf8")))(path);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (error as Error).message;
    io.stderr(`analyse: cannot read ${path}: ${reason}\n`);
    return 2;
  }

  const { records, problems, fatal } = readRecords(content, format ?? detectFormat(path, content));
  if (fatal) {
    io.stderr(`analyse: ${path}: ${fatal}\n`);
    return 2;
  }
  for (const problem of problems) io.stderr(`analyse: ${path}: line ${problem.line}: ${problem.message}\n`);

  const chosen = redaction ? steps : steps.filter((step) => !step.redaction);
  let out: string[] = [];
  for (const record of records) {
    out.push(JSON.stringify(analyseRecord(record, chosen)));
    if (out.length >= CHUNK) {
      io.stdout(out.join("\n") + "\n");
      out = [];
    }
  }
  if (out.length > 0) io.stdout(out.join("\n") + "\n");

  if (problems.length > 0) {
    io.stderr(
      `analyse: ${problems.length} of ${problems.length + records.length} records could not be read (see above); the others were analysed\n`,
    );
    return 1;
  }
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
