import { describe, expect, it } from "vitest";
import { supportedLanguages } from "~/modules/i18n/languages";
import { surveyDefinition } from "~/modules/survey/definition";
import { DEMO_SURVEYS } from "./demo-surveys";

/**
 * Every LocalizedText (an object with an `en` string) in a definition. Easy
 * Read words are English only for now (other languages show their standard
 * words in Easy Read), so they are counted apart.
 */
function texts(value: unknown, { easyRead = false } = {}): Record<string, string>[] {
  if (typeof value !== "object" || value === null) return [];
  if (typeof (value as { en?: unknown }).en === "string") return [value as Record<string, string>];
  return Object.entries(value).flatMap(([key, v]) => (key === "easyRead" && !easyRead ? [] : texts(v, { easyRead })));
}

describe("demo surveys", () => {
  it.each(DEMO_SURVEYS.map((s) => [s.slug, s.definition] as const))("%s has every text in every language", (_slug, definition) => {
    expect(surveyDefinition.safeParse(definition).success).toBe(true);
    const all = texts(definition);
    expect(all.length).toBeGreaterThan(10);
    const missing = all.flatMap((text) => supportedLanguages.filter((l) => !text[l]?.trim()).map((l) => `${l}: ${text.en}`));
    expect(missing).toEqual([]);
  });
});
