import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, keeping each record's first line", () => {
    const input = [
      "id,text",
      '1,"Hello, world"',
      '2,"She said ""no"" to me"',
      '3,"first line',
      'second line"',
      "4,plain text",
    ].join("\r\n");
    const { records, problems } = parseCsv(input);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ["id", "text"] },
      { line: 2, fields: ["1", "Hello, world"] },
      { line: 3, fields: ["2", 'She said "no" to me'] },
      { line: 4, fields: ["3", "first line\r\nsecond line"] },
      { line: 6, fields: ["4", "plain text"] },
    ]);
  });

  it("drops a byte-order mark, skips blank lines and keeps empty fields", () => {
    const { records } = parseCsv("\ufeffid,text\n\n5,\n6,\"\"\n");
    expect(records).toEqual([
      { line: 1, fields: ["id", "text"] },
      { line: 3, fields: ["5", ""] },
      { line: 4, fields: ["6", ""] },
    ]);
  });

  it("reports a record with text after a closing quote and carries on", () => {
    const { records, problems } = parseCsv('id,text\n1,"oops" extra\n2,fine\n');
    expect(problems).toEqual([{ line: 2, message: "unexpected text after a closing quote" }]);
    expect(records.map((r) => r.fields[0])).toEqual(["id", "2"]);
  });

  it("reports a quote that is never closed at the line the record starts", () => {
    const { records, problems } = parseCsv('id,text\n1,ok\n2,"never closed\nmore\n');
    expect(records.map((r) => r.fields[0])).toEqual(["id", "1"]);
    expect(problems).toEqual([{ line: 3, message: "a quoted field is never closed" }]);
  });

  it("reads semicolon-separated files when told, where commas are part of the text", () => {
    const { records, problems } = parseCsv('id;text\n1;"Hello; world"\n2;one, two\n', { delimiter: ";" });
    expect(problems).toEqual([]);
    expect(records.map((r) => r.fields)).toEqual([["id", "text"], ["1", "Hello; world"], ["2", "one, two"]]);
  });
});
