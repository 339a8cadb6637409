import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import admin from "~/locales/en/admin.json";
import { AUDIT_ACTIONS } from "~/modules/audit/audit.server";
import { STAFF_ROLES } from "~/modules/staff/roles";
import { pagesFor } from "./pages";

function has(key: string): boolean {
  let node: unknown = admin;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

/** A key, or a plural one (key_one and key_other). */
const known = (key: string) => has(key) || (has(`${key}_one`) && has(`${key}_other`));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("admin strings", () => {
  it("has words for every error key the workspace modules return", () => {
    const app = path.resolve(import.meta.dirname, "../..");
    const sources = [
      ...["modules/workspace", "modules/team", "modules/settings", "modules/directory", "modules/audit", "components/workspace"].flatMap((d) => files(path.join(app, d))),
      ...readdirSync(path.join(app, "routes"))
        .filter((f) => f.startsWith("staff-p-"))
        .map((f) => path.join(app, "routes", f)),
    ];
    const used = new Set<string>();
    for (const file of sources) for (const m of readFileSync(file, "utf8").matchAll(/"admin:([a-zA-Z][a-zA-Z0-9_.]*)"/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !known(k))).toEqual([]);
  });

  it("names every role, audit action and workspace page", () => {
    expect(STAFF_ROLES.filter((r) => !has(`roles.${r}`))).toEqual([]);
    expect(AUDIT_ACTIONS.filter((a) => !has(`audit.actions.${a}`))).toEqual([]);
    expect(pagesFor(STAFF_ROLES).filter((p) => !has(`overview.pages.${p}.title`) || !has(`overview.pages.${p}.description`))).toEqual([]);
  });
});

describe("pagesFor", () => {
  it("gives each role only its pages", () => {
    expect(pagesFor(["analyst"])).toEqual([
      "dashboard",
      "surveys",
      "links",
      "responses",
      "coding",
      "codebook",
      "codingSamples",
      "emergingThemes",
      "quotes",
      "summaries",
      "actions",
      "strategy",
    ]);
    expect(pagesFor(["safeguarding_lead"])).toEqual(["dashboard", "responses", "triage", "audit"]);
    expect(pagesFor(["implementation_member"])).toEqual(["summaries", "actions"]);
    expect(pagesFor(["partnership_admin"])).toEqual([
      "dashboard",
      "surveys",
      "links",
      "responses",
      "triage",
      "coding",
      "codebook",
      "codingSamples",
      "emergingThemes",
      "quotes",
      "summaries",
      "actions",
      "strategy",
      "kiosks",
      "team",
      "helpContacts",
      "services",
      "audit",
    ]);
  });
});
