import { describe, expect, it } from "vitest";
import { publicNamespaces, resources, supportedLanguages, untranslatedPages } from "./config";

const PLURAL = /_(zero|one|two|few|many|other)$/;

function entries(value: unknown, prefix = ""): [string, unknown][] {
  if (typeof value !== "object" || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

/** The keys a language must have: English's, with each plural key in the language's own plural forms. */
function expectedKeys(english: unknown, language: string): string[] {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const [key] of entries(english)) {
    if (PLURAL.test(key)) for (const form of forms) keys.add(key.replace(PLURAL, `_${form}`));
    else keys.add(key);
  }
  return [...keys].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const translatedLanguages = supportedLanguages.filter((l) => l !== "en" && !untranslatedPages.includes(l));

it("lists exactly the languages with no page words yet", () => {
  expect(supportedLanguages.filter((l) => !(l in resources))).toEqual([...untranslatedPages]);
});

describe.each(translatedLanguages)("%s translations", (language) => {
  const translated = (resources as Record<string, unknown>)[language] as Record<string, unknown>;

  it.each(publicNamespaces)("has every key of %s, no others, none empty", (ns) => {
    const own = entries(translated[ns]);
    expect(own.map(([k]) => k).sort()).toEqual(expectedKeys(resources.en[ns], language));
    const empty = own.filter(([, v]) => typeof v !== "string" || v.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(publicNamespaces)("keeps the placeholders of every %s string", (ns) => {
    const english = new Map(entries(resources.en[ns]).map(([k, v]) => [k.replace(PLURAL, ""), v as string]));
    const wrong = entries(translated[ns])
      .filter(([k, v]) => {
        const source = english.get(k.replace(PLURAL, "")) ?? "";
        // A plural's "one" form may say the number in words.
        const mine = placeholders(v as string).filter((p) => p !== "count");
        return JSON.stringify(mine) !== JSON.stringify(placeholders(source).filter((p) => p !== "count"));
      })
      .map(([k]) => k);
    expect(wrong).toEqual([]);
  });

  it("is not just English left in place", () => {
    const same = publicNamespaces.flatMap((ns) => {
      const english = new Map(entries(resources.en[ns]));
      return entries(translated[ns]).filter(([k, v]) => english.get(k) === v && /[a-z]{4,}/i.test(String(v).replace(/\{\{\w+\}\}/g, "")));
    });
    // Names (Childline, ICO, Heard) may stay as they are; sentences may not.
    expect(same.filter(([, v]) => String(v).split(" ").length > 2).map(([k]) => k)).toEqual([]);
  });
});

describe("right-to-left translations", () => {
  it.each(["ur", "ar"] as const)("%s keeps phone numbers in their own left-to-right isolate", (language) => {
    for (const ns of publicNamespaces) {
      for (const [key, value] of entries(resources[language][ns])) {
        const text = String(value);
        // A run of digits with spaces in it must sit inside U+2066 … U+2069.
        const bare = text.replace(/\u2066[^\u2069]*\u2069/g, "");
        expect(bare, `${ns}:${key}`).not.toMatch(/\d+ \d+/);
        expect(bare, `${ns}:${key}`).not.toMatch(/\{\{(phone|text)\}\}/);
      }
    }
  });
});
