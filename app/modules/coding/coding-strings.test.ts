import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import coding from "~/locales/en/coding.json";

function has(key: string): boolean {
  let node: unknown = coding;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

describe("coding strings", () => {
  it("has words for every coding:... key the modules and pages use", () => {
    const app = path.resolve(import.meta.dirname, "../..");
    const files = [
      ...readdirSync(import.meta.dirname)
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
        .map((f) => path.join(import.meta.dirname, f)),
      ...readdirSync(path.join(app, "routes"))
        .filter((f) => /^staff-p-(coding|codebook|themes|quotes)/.test(f))
        .map((f) => path.join(app, "routes", f)),
    ];
    const used = new Set<string>();
    for (const file of files) for (const m of readFileSync(file, "utf8").matchAll(/"coding:([a-zA-Z][a-zA-Z0-9_.]*)"/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !has(k) && !(has(`${k}_one`) && has(`${k}_other`)))).toEqual([]);
  });
});
