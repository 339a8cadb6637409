import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEMO_SURVEYS } from "~/modules/demo/demo-surveys";
import { parseImport } from "~/modules/builder/draft";
import { fuzzParameters, nastyText } from "../../../tests/support/fuzz-values";
import { surveyDefinition } from "./definition";

// Survey definitions are JSON checked by zod (the builder's import, stored
// versions): any JSON at all is either a definition or a list of problems.

/** A demo definition with one value somewhere replaced by anything. */
const mutated = fc
  .tuple(fc.constantFrom(...DEMO_SURVEYS.map((s) => s.definition)), fc.jsonValue(), fc.nat(), fc.nat())
  .map(([definition, value, at, pick]) => {
    const copy = JSON.parse(JSON.stringify(definition)) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
    };
    walk(copy, []);
    const path = paths[at % paths.length]!;
    if (path.length === 0) return value;
    let parent: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    if (pick % 3 === 0) delete parent[path.at(-1)!];
    else parent[path.at(-1)!] = value;
    return copy;
  });

describe("survey definitions (property-based)", () => {
  it("reads any JSON as a definition or problems, never a throw", () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.jsonValue()), (value) => {
        const result = surveyDefinition.safeParse(value);
        if (result.success) expect(Array.isArray(result.data.questions)).toBe(true);
        else expect(result.error.issues.length).toBeGreaterThan(0);
        const imported = parseImport(JSON.stringify(value) ?? "null");
        if (!imported.ok) expect(imported.problems.length).toBeGreaterThan(0);
      }),
      fuzzParameters(500),
    );
  });

  it("reads any text given to the builder's import as a definition or problems", () => {
    fc.assert(
      fc.property(nastyText, (text) => {
        const imported = parseImport(text);
        if (!imported.ok) expect(imported.problems.length).toBeGreaterThan(0);
      }),
      fuzzParameters(500),
    );
  });
});
