import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, csvFile, escapeSpreadsheetCell, spreadsheetValue } from "./spreadsheet";

describe("escapeSpreadsheetCell", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@x", "'@x"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["=1+2", "'=1+2"],
  ])("prefixes %j with a single quote", (value, escaped) => {
    expect(escapeSpreadsheetCell(value)).toBe(escaped);
  });

  it.each(["", "Food at home", "[c]", "'already quoted", " =not first", "1+1", "a-b", "x@y", "Ŵales ∑"])("leaves %j alone", (value) => {
    expect(escapeSpreadsheetCell(value)).toBe(value);
  });

  it("never leaves a cell starting with a formula character, and only ever adds one quote in front", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const escaped = escapeSpreadsheetCell(value);
        expect(escaped).not.toMatch(/^[=+\-@\t\r]/);
        expect(escaped === value || escaped === `'${value}`).toBe(true);
      }),
    );
  });

  it("keeps numbers as numbers (a negative count is not text)", () => {
    expect(spreadsheetValue(-5)).toBe(-5);
    expect(spreadsheetValue(15)).toBe(15);
    expect(spreadsheetValue("-5")).toBe("'-5");
  });
});

describe("CSV", () => {
  it("quotes fields with commas, quotes and line breaks (RFC 4180), after escaping", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField("\rx")).toBe(`"'\rx"`);
    expect(csvField(-10)).toBe("-10");
  });

  it("writes UTF-8 with a byte order mark and CRLF line ends", () => {
    const bytes = csvFile([
      ["a", "b"],
      ["ü", 5],
    ]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe("a,b\r\nü,5\r\n");
  });
});
