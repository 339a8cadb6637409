import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultNamespace, namespaces, resources } from "./config";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("English strings", () => {
  it("has every key the code asks for, in the namespace it names", () => {
    const known = new Set(
      namespaces.flatMap((ns) => keysOf(resources.en[ns]).map((k) => `${ns}:${k.replace(/_(one|other)$/, "")}`)),
    );
    const appDir = path.resolve(import.meta.dirname, "../..");
    const used = new Set<string>();
    for (const file of sourceFiles(appDir)) {
      const text = readFileSync(file, "utf8");
      // t("key.path") in the default namespace, t("ns:key.path") in another.
      for (const m of text.matchAll(/\bt\(\s*"([a-z]+):([a-zA-Z][a-zA-Z0-9.]*)"/g)) used.add(`${m[1]}:${m[2]}`);
      for (const m of text.matchAll(/\bt\(\s*"([a-zA-Z]+\.[a-zA-Z0-9.]+)"/g)) used.add(`${defaultNamespace}:${m[1]}`);
      for (const m of text.matchAll(/key: "((?:[a-z]+:)?[a-zA-Z]+\.[a-zA-Z0-9.]+)"/g)) {
        used.add(m[1]!.includes(":") ? m[1]! : `${defaultNamespace}:${m[1]}`);
      }
    }
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((k) => !known.has(k));
    expect(missing).toEqual([]);
  });
});
