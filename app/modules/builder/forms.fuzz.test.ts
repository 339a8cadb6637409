import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLanguages } from "~/modules/directory/services-admin.server";
import { easyReadCookieFor } from "~/modules/i18n/easy-read";
import { languageCookieFor, languageFromAcceptLanguage, languageFromCookie, supportedLanguages } from "~/modules/i18n/languages";
import { normaliseKioskCode } from "~/modules/kiosk/codes";
import { normaliseLinkCode } from "~/modules/links/paths";
import { fieldValue, fuzzParameters, nastyText, wellFormed } from "../../../tests/support/fuzz-values";
import { readAgeBandsForm } from "./age-bands-form";
import { newQuestion } from "./draft";
import { questionTypes } from "~/modules/survey/definition";
import { readQuestionForm } from "./question-form";

// Staff forms' readers and the small parsers of what public addresses and
// cookies carry: any input is read, never thrown on.

const QUESTION_FIELDS = ["title.en", "title.pl", "hint.en", "type", "required", "sensitive", "maxLength", "showIf.questionId", "showIf.anyOf", "option.0.label.en", "option.0.id", "option.1.label.en", "option.new.label.en", "ageBands", "lang", "code", "intent"];
const form = (names: readonly string[]) =>
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names), nastyText), fieldValue(["", "on", "yes", "q1", "o1", "200", "en", "pl", "8-10", "single_choice"])), { maxLength: 20 }).map((pairs) => {
    const data = new FormData();
    for (const [name, value] of pairs) data.append(name, value);
    return data;
  });

describe("staff forms and address parsers (property-based)", () => {
  it("reads any question editor form as a question and its errors", () => {
    fc.assert(
      fc.property(form(QUESTION_FIELDS), fc.constantFrom(...questionTypes), (data, type) => {
        const earlier = [newQuestion("q1", "yes_no", "Earlier")];
        const { question, errors } = readQuestionForm(data, newQuestion("q2", type, "Now"), earlier, ["8-10", "11-18"]);
        expect(question.id).toBe("q2");
        for (const e of Object.values(errors)) expect(typeof e).toBe("string");
      }),
      fuzzParameters(500),
    );
  });

  it("reads any age bands form", () => {
    fc.assert(
      fc.property(form(["band.0.id", "band.0.label.en", "band.0.was", "band.1.id", "band.1.label.en", "band.2.id", "intent"]), (data) => {
        const { errors } = readAgeBandsForm(data);
        expect(typeof errors).toBe("object");
      }),
      fuzzParameters(500),
    );
  });

  it("reads any languages field as canonical tags or null", () => {
    fc.assert(
      fc.property(fc.oneof(nastyText, fc.constantFrom("en, pl", "en-GB cy", "xx-yy-zz", "en,,pl")), (value) => {
        const tags = parseLanguages(value);
        if (tags) for (const tag of tags) expect(tag).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
      }),
      fuzzParameters(500),
    );
  });

  it("remembers only a supported language or Easy Read mode, whatever the address or cookie says", () => {
    fc.assert(
      fc.property(nastyText.map(wellFormed), fc.boolean(), (value, secure) => {
        const url = new URL(`http://heard.test/?lng=${encodeURIComponent(value)}&easy=${encodeURIComponent(value)}`);
        const lang = languageCookieFor(url, secure);
        if (lang) expect(lang).toMatch(new RegExp(`^heard_lang=(${supportedLanguages.join("|")}); Path=/; HttpOnly; SameSite=Lax`));
        const easy = easyReadCookieFor(url, secure);
        if (easy) expect(easy).toMatch(/^heard_easy=[01]?;/);
        const fromCookie = languageFromCookie(`heard_lang=${value}`);
        if (fromCookie) expect(supportedLanguages as readonly string[]).toContain(fromCookie);
        const accepted = languageFromAcceptLanguage(value);
        if (accepted) expect(supportedLanguages as readonly string[]).toContain(accepted);
      }),
      fuzzParameters(500),
    );
  });

  it("normalises any typed kiosk or link code to its alphabet only", () => {
    fc.assert(
      fc.property(nastyText, (typed) => {
        expect(normaliseKioskCode(typed)).toMatch(/^(?:[A-Z0-9]{4,32})?$/);
        const link = normaliseLinkCode(typed);
        if (link !== null) expect(link).toMatch(/^[a-z0-9]+$/);
      }),
      fuzzParameters(500),
    );
  });
});
