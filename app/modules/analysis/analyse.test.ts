import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAnalyse } from "./analyse";
import { analyseRecord, type AnalysisStep, detectDisclosure, detectSentiment, redactionStep, suggestThemes } from "./pipeline";

/** The real steps, with a stand-in for redaction (written by another module; injected here). */
const fakeRedact = (text: string) => ({ text: text.replace(/\b[A-Z][a-z]+ (?:Academy|Primary)\b/g, "[school]") });
const STEPS: AnalysisStep[] = [detectDisclosure, suggestThemes, detectSentiment, redactionStep(fakeRedact)];
const idAndDisclosure = (lines: { id: unknown; disclosure: unknown }[]) => lines.map(({ id, disclosure }) => ({ id, disclosure }));

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "heard-analyse-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[], stdin?: string) {
  let stdout = "";
  let stderr = "";
  const code = await runAnalyse(
    args,
    {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      readStdin: async () => stdin ?? "",
    },
    STEPS,
  );
  return { code, stdout, stderr, lines: stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l)) };
}

describe("npm run analyse", () => {
  it("writes one JSON line per record of a JSON lines file", async () => {
    const file = path.join(dir, "voices.jsonl");
    await writeFile(
      file,
      [
        JSON.stringify({ id: "a", text: "I love my new teacher", speaker: "child" }),
        JSON.stringify({ id: 2, text: "my dad hits me every night" }),
        JSON.stringify({ id: "c", text: "i dont want to be here anymore" }),
      ].join("\n") + "\n",
    );
    const { code, lines, stderr } = await run([file]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(idAndDisclosure(lines)).toEqual([
      { id: "a", disclosure: false },
      { id: 2, disclosure: true },
      { id: "c", disclosure: true },
    ]);
  });

  it("reads a CSV with quoted commas, quotes and line breaks", async () => {
    const file = path.join(dir, "voices.csv");
    await writeFile(
      file,
      'id,text,area\r\nr1,"We need more, and better, youth clubs",north\r\nr2,"Mum said ""shut up""\r\nand she leaves us on our own all weekend",south\r\n',
    );
    const { code, lines } = await run([file]);
    expect(code).toBe(0);
    expect(idAndDisclosure(lines)).toEqual([
      { id: "r1", disclosure: false },
      { id: "r2", disclosure: true },
    ]);
  });

  it("reports a malformed line with its number, analyses the rest and exits non-zero", async () => {
    const file = path.join(dir, "broken.jsonl");
    await writeFile(file, '{"id":"1","text":"all good here"}\n{"id":"2","text":\n{"id":"3","text":"i cut myself"}\n');
    const { code, lines, stderr } = await run([file]);
    expect(idAndDisclosure(lines)).toEqual([
      { id: "1", disclosure: false },
      { id: "3", disclosure: true },
    ]);
    expect(stderr).toContain("line 2: not valid JSON");
    expect(stderr).toContain("1 of 3 records could not be read");
    expect(code).toBe(1);
  });

  it("reports a malformed CSV record and carries on", async () => {
    const file = path.join(dir, "broken.csv");
    await writeFile(file, 'id,text\n1,"fine"\n2,"bad" tail\n3,nobody feeds us\n');
    const { code, lines, stderr } = await run([file]);
    expect(idAndDisclosure(lines)).toEqual([
      { id: "1", disclosure: false },
      { id: "3", disclosure: true },
    ]);
    expect(stderr).toContain("line 3: unexpected text after a closing quote");
    expect(code).toBe(1);
  });

  it("says clearly when the file is missing, the CSV has no id column, or no file is given", async () => {
    const missing = await run([path.join(dir, "nope.jsonl")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.jsonl: no such file/);
    expect(missing.stdout).toBe("");

    const file = path.join(dir, "noid.csv");
    await writeFile(file, "ref,comment\n1,hello\n");
    const noId = await run([file]);
    expect(noId.code).toBe(2);
    expect(noId.stderr).toMatch(/no id and text column/);

    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/usage: npm run -s analyse/);
  });

  it("reads standard input with - and a forced format", async () => {
    const { code, lines } = await run(["--format", "csv", "-"], "id,text\n9,im scared 2 go home\n");
    expect(code).toBe(0);
    expect(idAndDisclosure(lines)).toEqual([{ id: "9", disclosure: true }]);
  });

  it("runs as a command with clean JSON lines on stdout", async () => {
    const file = path.join(dir, "cli.jsonl");
    await writeFile(file, '{"id":"x","text":"my mum says she wishes i was never born"}\nnot json\n');
    const tsx = path.resolve("node_modules/.bin/tsx");
    const result = await promisify(execFile)(tsx, ["app/modules/analysis/analyse-cli.ts", "--no-redact", file]).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    const line = JSON.parse(result.stdout);
    expect(Object.keys(line)).toEqual(["id", "disclosure", "themes", "sentiment"]);
    expect(line).toMatchObject({ id: "x", disclosure: true, themes: expect.arrayContaining(["emotional_needs"]), sentiment: "negative" });
    expect(result.stderr).toContain("line 2: not valid JSON");
  });
});

describe("themes, sentiment and redacted text", () => {
  it("writes them for each record of a JSON lines file, in a fixed order", async () => {
    const file = path.join(dir, "fields.jsonl");
    await writeFile(
      file,
      [
        JSON.stringify({ id: "p", text: "My nan is brilliant, she helps me with homework at Hillside Academy" }),
        JSON.stringify({ id: "q", text: "we have no food and dad is drunk again" }),
        JSON.stringify({ id: "r", text: "" }),
      ].join("\n") + "\n",
    );
    const { code, stdout, lines } = await run([file]);
    expect(code).toBe(0);
    expect(Object.keys(lines[0])).toEqual(["id", "disclosure", "themes", "sentiment", "redacted"]);
    expect(lines[0].themes).toEqual(expect.arrayContaining(["support_sources", "school"]));
    expect(lines[0].sentiment).toBe("positive");
    expect(lines[0].redacted).toBe("My nan is brilliant, she helps me with homework at [school]");
    expect(lines[1].themes).toEqual(expect.arrayContaining(["basic_needs", "parental_difficulties"]));
    expect(lines[1].sentiment).toBe("negative");
    expect(lines[2]).toEqual({ id: "r", disclosure: false, themes: [], sentiment: "neutral", redacted: "" });
    expect(stdout).not.toContain("Hillside");
  });

  it("writes them for a CSV too", async () => {
    const file = path.join(dir, "fields.csv");
    await writeFile(file, 'id,text\nc1,"I look after my mum, she is ill"\nc2,nobody listens to me\n');
    const { code, lines } = await run([file]);
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({
      id: "c1",
      themes: expect.arrayContaining(["young_carers"]),
      redacted: "I look after my mum, she is ill",
    });
    expect(lines[1]).toMatchObject({ id: "c2", themes: expect.arrayContaining(["being_heard"]), sentiment: expect.any(String) });
  });

  it("leaves the redacted field out with --no-redact, and redaction runs otherwise", async () => {
    const file = path.join(dir, "noredact.jsonl");
    await writeFile(file, '{"id":"n","text":"I go to Oakfield Primary"}\n');
    const without = await run(["--no-redact", file]);
    expect(without.lines[0]).not.toHaveProperty("redacted");
    expect(without.lines[0].themes).toEqual(["school"]);
    const calls: string[] = [];
    const code = await runAnalyse([file], { stdout: () => {}, stderr: () => {} }, [
      redactionStep((text) => {
        calls.push(text);
        return { text: "[redacted]" };
      }),
    ]);
    expect(code).toBe(0);
    expect(calls).toEqual(["I go to Oakfield Primary"]);
  });
});

describe("analyseRecord", () => {
  it("runs the pipeline's steps in order on each record", () => {
    const seen: string[] = [];
    const result = analyseRecord({ line: 1, id: "z", text: "hello" }, [
      (record, r) => {
        seen.push(record.text);
        r.disclosure = true;
      },
    ]);
    expect(seen).toEqual(["hello"]);
    expect(result).toEqual({ id: "z", disclosure: true });
  });
});
