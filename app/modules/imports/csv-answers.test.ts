import { describe, expect, it } from "vitest";
import { surveyDefinition, type SurveyDefinitionInput } from "~/modules/survey/definition";
import {
  AGE_BAND_TARGET,
  DATE_TARGET,
  MAX_IMPORT_ROWS,
  agreementIn,
  checkMapping,
  checkRows,
  choicesIn,
  dateIn,
  decodeImportFile,
  detectDelimiter,
  importTargets,
  optionFor,
  readImportText,
  suggestMapping,
} from "./csv-answers";

const en = (text: string) => ({ en: text });
const opt = (id: string, label: string, extra: object = {}) => ({ id, label: en(label), ...extra });

const DEFINITION = surveyDefinition.parse({
  title: en("Test"),
  summary: en("Test"),
  minutes: 3,
  questions: [
    {
      id: "trusted-adult",
      type: "yes_no",
      title: en("Is there an adult you could talk to?"),
      required: true,
      options: [opt("yes", "Yes"), opt("no", "No"), opt("prefer-not-to-say", "I'd rather not say", { exclusive: true })],
    },
    {
      id: "home-basics",
      type: "multiple_choice",
      title: en("At home, do you usually have these things?"),
      options: [opt("food", "Enough food to eat"), opt("clothes", "Clean clothes, that fit"), opt("none", "None of these", { exclusive: true })],
    },
    {
      id: "home-feel",
      type: "face_scale",
      title: en("How do you feel at home?"),
      options: [1, 2, 3, 4, 5].map((face) => opt(`f${face}`, `Face ${face}`, { face })),
    },
    { id: "one-change", type: "free_text", title: en("What one thing would make life better?"), maxLength: 20 },
    { id: "promise", type: "draft_text", title: en("Our promise"), body: en("We will listen.") },
  ],
} satisfies SurveyDefinitionInput);
const Q = Object.fromEntries(DEFINITION.questions.map((q) => [q.id, q]));
const TODAY = "2026-03-10";

function table(text: string) {
  const read = readImportText(text);
  if (!read.ok) throw new Error(`not read: ${read.error.code}`);
  return read.table;
}

describe("reading the file", () => {
  it("detects commas or semicolons from the header row, ignoring those inside quotes", () => {
    expect(detectDelimiter("a,b,c\n1;2;3;4;5")).toBe(",");
    expect(detectDelimiter("a;b;c\n1,2")).toBe(";");
    expect(detectDelimiter('"x, y, z";b;c\n')).toBe(";");
    expect(detectDelimiter("only\n")).toBe(",");
  });

  it("reads a semicolon file with a byte-order mark and CRLF, keeping spreadsheet row numbers and skipping blank rows", () => {
    const read = readImportText('\ufeffQ1;Q2\r\nyes;"a; b"\r\n;\r\nno;c\r\n');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.delimiter).toBe(";");
    expect(read.table.headers).toEqual(["Q1", "Q2"]);
    expect(read.table.rows).toEqual([
      { line: 2, fields: ["yes", "a; b"] },
      { line: 4, fields: ["no", "c"] },
    ]);
  });

  it("gives clear errors: not UTF-8, empty, header only, a broken quote, a repeated header, too many rows", () => {
    expect(decodeImportFile(new Uint8Array([0x61, 0xe9, 0x62]))).toEqual({ ok: false, error: { code: "notUtf8" } });
    expect(decodeImportFile(new TextEncoder().encode("\ufeffa,b"))).toEqual({ ok: true, text: "a,b" });
    expect(readImportText("  \n")).toEqual({ ok: false, error: { code: "empty" } });
    expect(readImportText("a,b\n")).toEqual({ ok: false, error: { code: "noRows" } });
    expect(readImportText('a,b\n1,"oops" x\n2,3\n')).toEqual({ ok: false, error: { code: "malformed", values: { lines: "2" } } });
    expect(readImportText("Q1,q1\n1,2\n")).toEqual({ ok: false, error: { code: "duplicateHeader", values: { header: "q1" } } });
    const many = `a\n${"x\n".repeat(MAX_IMPORT_ROWS + 1)}`;
    expect(readImportText(many)).toEqual({ ok: false, error: { code: "tooManyRows", values: { count: MAX_IMPORT_ROWS + 1, max: MAX_IMPORT_ROWS } } });
    expect(readImportText(`a\n${"x\n".repeat(MAX_IMPORT_ROWS)}`).ok).toBe(true);
  });

  it("names blank headers by their place", () => {
    expect(table("Q1,,Q3\n1,2,3").headers).toEqual(["Q1", "Column 2", "Q3"]);
  });
});

describe("matching headers to questions", () => {
  const targets = importTargets(DEFINITION);

  it("matches ids and English titles whatever the case and punctuation, the date, and each target once", () => {
    expect(
      suggestMapping(["TRUSTED-ADULT", "how do you feel at home", "Date received", "Notes", "trusted adult", "promise agreement"], targets),
    ).toEqual(["trusted-adult", "home-feel", DATE_TARGET, "", "", "promise:agreement"]);
  });

  it("offers the age band only to surveys with bands", () => {
    expect(targets.some((t) => t.value === AGE_BAND_TARGET)).toBe(false);
  });

  it("refuses a target used twice, an unknown target, and a mapping with no question", () => {
    expect(checkMapping(["A", "B"], ["trusted-adult", "trusted-adult"], targets)).toEqual([{ column: 1, code: "usedTwice", values: { other: "A" } }]);
    expect(checkMapping(["A"], ["nope"], targets)).toEqual([{ column: 0, code: "unknownTarget" }]);
    expect(checkMapping(["A", "B"], ["", DATE_TARGET], targets)).toEqual([{ column: -1, code: "nothingMapped" }]);
    expect(checkMapping(["A", "B"], ["", "one-change"], targets)).toEqual([]);
  });
});

describe("reading choices", () => {
  it("takes an option's id or English label, case ignored; a face scale also takes 1 to 5", () => {
    expect(optionFor(Q["trusted-adult"]!, " YES ")).toBe("yes");
    expect(optionFor(Q["trusted-adult"]!, "i'd rather not say")).toBe("prefer-not-to-say");
    expect(optionFor(Q["trusted-adult"]!, "maybe")).toBeUndefined();
    expect(optionFor(Q["home-feel"]!, "4")).toBe("f4");
    expect(optionFor(Q["trusted-adult"]!, "1")).toBeUndefined();
  });

  it("splits multiple choice on semicolons first, then commas, keeping labels with commas whole", () => {
    expect(choicesIn(Q["home-basics"]!, "Enough food to eat; Clean clothes, that fit")).toEqual({ ok: true, ids: ["food", "clothes"] });
    expect(choicesIn(Q["home-basics"]!, "food,clothes")).toEqual({ ok: true, ids: ["food", "clothes"] });
    expect(choicesIn(Q["home-basics"]!, "Clean clothes, that fit")).toEqual({ ok: true, ids: ["clothes"] });
    expect(choicesIn(Q["home-basics"]!, "food; toys")).toEqual({ ok: false, value: "toys" });
    expect(choicesIn(Q["trusted-adult"]!, "yes; no")).toEqual({ ok: false, value: "yes; no" });
    expect(choicesIn(Q["trusted-adult"]!, "  ")).toEqual({ ok: true, ids: [] });
  });

  it("reads agreement by code or words, and dates as ISO or UK days not after today", () => {
    expect(agreementIn("Partly agree")).toEqual({ ok: true, id: "partly_agree" });
    expect(agreementIn("not_sure")).toEqual({ ok: true, id: "not_sure" });
    expect(agreementIn("sort of")).toEqual({ ok: false });
    expect(dateIn("2026-03-01", TODAY)).toEqual({ ok: true, date: "2026-03-01" });
    expect(dateIn("1/3/2026", TODAY)).toEqual({ ok: true, date: "2026-03-01" });
    expect(dateIn("", TODAY)).toEqual({ ok: true, date: null });
    expect(dateIn("31/02/2026", TODAY)).toEqual({ ok: false, code: "badDate" });
    expect(dateIn("last week", TODAY)).toEqual({ ok: false, code: "badDate" });
    expect(dateIn("2026-03-11", TODAY)).toEqual({ ok: false, code: "futureDate" });
  });
});

describe("checking rows", () => {
  const mapping = ["trusted-adult", "home-basics", "one-change", DATE_TARGET];
  const csv = [
    "Adult,Basics,Change,Date",
    "Yes,food;clothes,More youth clubs,2026-03-01",
    "maybe,,,",
    ",food,,",
    "no,None of these;food,,",
    "No,,This text is far too long for the limit,12/13/2026",
    "no,,,,surplus",
    "No,,,",
  ].join("\n");

  it("passes good rows with their answers and day, and gives each failing row its row number and reasons", () => {
    const { valid, failures } = checkRows(DEFINITION, table(csv), mapping, TODAY);
    expect(valid).toEqual([
      { line: 2, answers: { "trusted-adult": { choice: "yes" }, "home-basics": { choices: ["food", "clothes"] }, "one-change": { text: "More youth clubs" } }, submittedOn: "2026-03-01", ageBand: null },
      { line: 8, answers: { "trusted-adult": { choice: "no" } }, submittedOn: null, ageBand: null },
    ]);
    expect(failures).toEqual([
      { line: 3, problems: [{ code: "unknownOption", questionId: "trusted-adult", values: { column: "Adult", value: "maybe" } }] },
      { line: 4, problems: [{ code: "required", questionId: "trusted-adult" }] },
      { line: 5, problems: [{ code: "exclusive", questionId: "home-basics", values: { option: "none" } }] },
      { line: 6, problems: [{ code: "badDate", values: { column: "Date", value: "12/13/2026" } }] },
      { line: 7, problems: [{ code: "extraValues", values: { columns: 4 } }] },
    ]);
  });

  it("checks lengths once the cells are read", () => {
    const { failures } = checkRows(DEFINITION, table("Adult,Change\nyes,This text is far too long for the limit"), ["trusted-adult", "one-change"], TODAY);
    expect(failures).toEqual([{ line: 2, problems: [{ code: "tooLong", questionId: "one-change", values: { max: 20, count: 39 } }] }]);
  });

  it("refuses a row whose mapped cells are all blank", () => {
    const { failures } = checkRows(DEFINITION, table("Adult,Notes\n,something"), ["trusted-adult", ""], TODAY);
    expect(failures).toEqual([{ line: 2, problems: [{ code: "noAnswers" }] }]);
  });
});
