import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "~/modules/analysis/csv";
import { DEMO_SURVEYS } from "~/modules/demo/demo-surveys";
import { surveyDefinition } from "~/modules/survey/definition";
import { fuzzParameters, nastyText } from "../../../tests/support/fuzz-values";
import { checkMapping, checkRows, decodeImportFile, importTargets, readImportText, suggestMapping } from "./csv-answers";

// Importing answers from a spreadsheet: any file, any mapping, any cells are
// read as rows that pass the journey's own parser or rows that say why not.

const definition = surveyDefinition.parse(DEMO_SURVEYS[0]!.definition);
const targets = importTargets(definition);
const cell = fc.oneof(nastyText, fc.constantFrom("", "yes", "no", "ok", "food, bed", "2025-01-31", "31/01/2025", "=1+1", "\"quoted, cell\""));
const csvText = fc.oneof(
  fc
    .tuple(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), fc.constantFrom(",", ";"), fc.constantFrom("\n", "\r\n"))
    .map(([rows, d, eol]) => rows.map((r) => r.map((c) => (/[",;\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(d)).join(eol)),
  nastyText,
);

describe("answers import (property-based)", () => {
  it("reads any bytes as a table or a reason", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = decodeImportFile(bytes);
        if (decoded.ok) readImportText(decoded.text);
      }),
      fuzzParameters(500),
    );
  });

  it("checks any table against the survey: each row valid or failing with problems, and every row counted once", () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.oneof(fc.constantFrom(...targets.map((t) => t.value), ""), nastyText), { maxLength: 10 }), (text, mapping) => {
        const read = readImportText(text);
        if (!read.ok) return;
        const { headers, rows } = read.table;
        suggestMapping(headers, targets);
        const mappingProblems = checkMapping(headers, mapping, targets);
        if (mappingProblems.length > 0) return;
        const checked = checkRows(definition, read.table, mapping, "2026-01-01");
        expect(checked.valid.length + checked.failures.length).toBe(rows.length);
        for (const f of checked.failures) expect(f.problems.length).toBeGreaterThan(0);
      }),
      fuzzParameters(500),
    );
  });

  it("parses any CSV text (the analyser's) into records or problems", () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(",", ";"), (text, delimiter) => {
        const { records, problems } = parseCsv(text, { delimiter });
        expect(Array.isArray(records) && Array.isArray(problems)).toBe(true);
      }),
      fuzzParameters(500),
    );
  });
});
