import { describe, expect, it } from "vitest";
import { detectFormat, readCsv, readJsonLines } from "./records";

describe("readJsonLines", () => {
  it("keeps id and text (numbers stay numbers), ignores other fields and blank lines", () => {
    const input = '{"id":"a1","text":"hello","speaker":"child"}\n\n{"id":7,"text":"bye"}\r\n';
    expect(readJsonLines(input)).toEqual({
      records: [
        { line: 1, id: "a1", text: "hello" },
        { line: 3, id: 7, text: "bye" },
      ],
      problems: [],
    });
  });

  it("reports each bad line by number and keeps the good ones", () => {
    const input = [
      '{"id":"1","text":"fine"}',
      "{not json",
      '["id","text"]',
      '{"text":"no id"}',
      '{"id":"5"}',
      '{"id":"","text":"empty id"}',
      '{"id":"7","text":"also fine"}',
    ].join("\n");
    const { records, problems } = readJsonLines(input);
    expect(records.map((r) => r.id)).toEqual(["1", "7"]);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(problems[0]!.message).toMatch(/not valid JSON/);
    expect(problems[2]!.message).toMatch(/missing "id"/);
    expect(problems[3]!.message).toMatch(/missing "text"/);
  });
});

describe("readCsv", () => {
  it("finds the id and text columns by name, in any order and case", () => {
    const { records, problems } = readCsv('Speaker,TEXT,Id\nchild,"I am fine, thanks",x1\n');
    expect(problems).toEqual([]);
    expect(records).toEqual([{ line: 2, id: "x1", text: "I am fine, thanks" }]);
  });

  it("refuses a CSV without an id or text column", () => {
    expect(readCsv("name,comment\na,b\n").fatal).toMatch(/no id and text column/);
    expect(readCsv("").fatal).toMatch(/no header row/);
  });

  it("reports short rows and empty ids by line", () => {
    const { records, problems } = readCsv("id,text\n1\n,no id\n3,ok\n");
    expect(records).toEqual([{ line: 4, id: "3", text: "ok" }]);
    expect(problems).toEqual([
      { line: 2, message: "expected 2 fields, found 1" },
      { line: 3, message: "empty id" },
    ]);
  });
});

describe("detectFormat", () => {
  it("goes by the extension, then by the first character", () => {
    expect(detectFormat("a.csv", "{")).toBe("csv");
    expect(detectFormat("a.JSONL", "id,text")).toBe("jsonl");
    expect(detectFormat("-", '  {"id":1}')).toBe("jsonl");
    expect(detectFormat("export.txt", "id,text")).toBe("csv");
  });
});
