import { describe, expect, it } from "vitest";
import { supportedLanguages } from "~/modules/i18n/languages";
import { defaultReaders, parseEntry, parseTranslation, readersFrom, TRANSLATION_LANGUAGES, wordsFor, type EntryValues } from "./entries";

const ID = "6f1c1a52-3d5e-4b8a-9a55-2f4f7f0c1e11";
const WORDS = { heardForChildren: "You said a.", didForChildren: "We did b.", heardForAdults: "You said c.", didForAdults: "We did d." };
const VALID: EntryValues = { groupId: ID, codeId: ID, surveyId: "", status: "done", actionOn: "2026-03-27", ...WORDS };

describe("entry form", () => {
  it("takes a group, theme, optional survey and date, a status and the four English texts", () => {
    const parsed = parseEntry(VALID);
    expect(parsed).toEqual({ ok: true, data: { ...VALID, surveyId: null } });
    expect(parseEntry({ ...VALID, actionOn: "", surveyId: ID })).toMatchObject({ ok: true, data: { actionOn: null, surveyId: ID } });
  });

  it("names each missing or wrong field", () => {
    const parsed = parseEntry({ ...VALID, groupId: "", codeId: "x", status: "finished", actionOn: "2026-02-30", heardForChildren: " ", didForAdults: "x".repeat(1201) });
    expect(parsed).toEqual({
      ok: false,
      errors: {
        groupId: "strategy:errors.groupMissing",
        codeId: "strategy:errors.codeMissing",
        status: "strategy:errors.statusMissing",
        actionOn: "strategy:errors.dateFormat",
        heardForChildren: "strategy:errors.heardForChildrenMissing",
        didForAdults: "strategy:errors.wordsTooLong",
      },
    });
  });

  it("takes only real days for the date", () => {
    expect(parseEntry({ ...VALID, actionOn: "2028-02-29" })).toMatchObject({ ok: true });
    for (const actionOn of ["2027-02-29", "27/03/2026"]) expect(parseEntry({ ...VALID, actionOn })).toMatchObject({ ok: false, errors: { actionOn: "strategy:errors.dateFormat" } });
  });
});

describe("translation form", () => {
  it("takes another public language and all four texts", () => {
    expect(parseTranslation({ language: "ar", ...WORDS })).toEqual({ ok: true, data: { language: "ar", ...WORDS } });
  });

  it("refuses English (the entry itself), unknown languages and missing words", () => {
    expect(parseTranslation({ language: "en", ...WORDS })).toMatchObject({ ok: false, errors: { language: "strategy:errors.languageMissing" } });
    expect(parseTranslation({ language: "xx", ...WORDS, didForChildren: "" })).toMatchObject({
      ok: false,
      errors: { language: "strategy:errors.languageMissing", didForChildren: "strategy:errors.didForChildrenMissing" },
    });
  });

  it("offers every public language but English", () => {
    expect([...TRANSLATION_LANGUAGES].sort()).toEqual(supportedLanguages.filter((l) => l !== "en").sort());
  });
});

describe("the words a reader sees", () => {
  const texts = [
    { language: "en", ...WORDS },
    { language: "ur", ...WORDS, heardForChildren: "آپ نے کہا" },
  ];
  it("are in the reader's language, else English", () => {
    expect(wordsFor(texts, "ur")?.language).toBe("ur");
    expect(wordsFor(texts, "pl")?.language).toBe("en");
    expect(wordsFor([], "pl")).toBeNull();
  });

  it("are children's by default, adults' on surveys for parents and professionals, or as asked", () => {
    expect(defaultReaders(null)).toBe("children");
    expect(defaultReaders("young_people")).toBe("children");
    expect(defaultReaders("parents")).toBe("adults");
    expect(readersFrom("adults", "children")).toBe("adults");
    expect(readersFrom("children", "parents")).toBe("children");
    expect(readersFrom("<script>", "parents")).toBe("adults");
  });
});
