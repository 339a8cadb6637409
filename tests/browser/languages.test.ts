import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { inEveryLanguage } from "~/modules/demo/demo-survey-translations";
import { pageStrings, supportedLanguages, type Language } from "~/modules/i18n/config";
import { appUrl, clickAndLoad, expectNoAxeViolations, withBrowser, type BrowserSession } from "../support/browser";
import { CHECK_PATH, DONE_PATH, START_PATH, TITLES, mainButton, mainHeading, pathOf, type QuestionId } from "../support/browser-survey";

// Every public page in every language: the demo survey completed with JavaScript
// off in Polish and in Urdu (right to left), axe on the key pages in all six
// languages, and the language switcher (plain links) remembered for the session.

const RTL = new Set<string>(["ur", "ar"]);
const survey = (english: string, language: Language) => inEveryLanguage(english)[language]!;
const common = (language: Language) => pageStrings(language).common;

async function expectLanguage(page: Page, language: Language, label: string): Promise<void> {
  const html = page.locator("html");
  expect(await html.getAttribute("lang"), label).toBe(language);
  expect(await html.getAttribute("dir"), label).toBe(RTL.has(language) ? "rtl" : "ltr");
}

async function axe(session: BrowserSession, label: string): Promise<void> {
  await expectNoAxeViolations(session.page, label, { javaScript: session.javaScript });
}

/** Chooses a language with the switcher in the header: a plain link. */
async function switchTo(page: Page, language: Language): Promise<void> {
  const link = page.locator(`.language-switcher a[hreflang="${language}"]`);
  expect(await link.getAttribute("lang")).toBe(language);
  await clickAndLoad(page, link);
}

/** The first option of a question, or some text: enough to go on. */
async function answerSomething(page: Page): Promise<void> {
  const choice = page.locator("main input[type=radio], main input[type=checkbox]").first();
  if ((await choice.count()) > 0) await choice.check();
  else await page.locator("textarea#answer").fill("Więcej klubów / مزید کلب");
}

/** Start page → before you start → every question → check → sent, in one language, JavaScript off. */
async function completeSurvey(session: BrowserSession, language: Language, everyPage: boolean): Promise<void> {
  const { page } = session;
  const c = common(language);
  expect(await mainHeading(page)).toBe(survey("Home, school and getting help", language));
  expect((await mainButton(page).innerText()).trim()).toBe(c.start.startButton);
  await expectLanguage(page, language, "start page");
  await axe(session, `${language} start page`);
  await clickAndLoad(page, mainButton(page));
  // The interruption page about Exit this page, in the same language.
  expect(pathOf(page)).toBe("/before-you-start");
  expect(await mainHeading(page)).toBe(pageStrings(language).safety.beforeYouStart.title);
  if (everyPage) await axe(session, `${language} before you start`);
  await clickAndLoad(page, page.locator("main a.button"));
  let questions = 0;
  while (pathOf(page).includes("/q/")) {
    const id = pathOf(page).split("/q/")[1] as QuestionId;
    await expectLanguage(page, language, `question ${id}`);
    expect(await mainHeading(page)).toBe(survey(TITLES[id], language));
    expect(await page.title()).toBe(`${survey(TITLES[id], language)} – Heard`);
    if (everyPage || questions === 0) await axe(session, `${language} question ${id}`);
    await answerSomething(page);
    await clickAndLoad(page, mainButton(page));
    // A disclosure or sensitive-topic interruption may come between questions: carry on.
    if (!pathOf(page).includes("/q/") && pathOf(page) !== CHECK_PATH) {
      const carryOn = page.locator("main a.button");
      if ((await carryOn.count()) > 0) await clickAndLoad(page, carryOn.first());
    }
    questions += 1;
    expect(questions, "the journey should end").toBeLessThan(20);
  }
  expect(pathOf(page)).toBe(CHECK_PATH);
  expect(await mainHeading(page)).toBe(c.check.title);
  await expectLanguage(page, language, "check page");
  await axe(session, `${language} check page`);
  await clickAndLoad(page, mainButton(page));
  expect(pathOf(page)).toBe(DONE_PATH);
  expect(await mainHeading(page)).toBe(c.done.title);
  await expectLanguage(page, language, "confirmation");
  await axe(session, `${language} confirmation`);
}

describe("languages", () => {
  it.each(["pl", "ur"] as const)("the young people's survey can be completed in %s with JavaScript off", async (language) => {
    await withBrowser({ javaScript: false }, async (session) => {
      await session.page.goto(session.url(START_PATH));
      await expectLanguage(session.page, "en", "start page before choosing");
      await switchTo(session.page, language);
      await completeSurvey(session, language, true);
    });
  });

  it.each(supportedLanguages.filter((l) => l !== "pl" && l !== "ur"))(
    "%s: start, question, check, confirmation, help and feedback pages have no axe violations",
    async (language) => {
      await withBrowser({ javaScript: false }, async (session) => {
        await session.page.goto(session.url(`${START_PATH}?lng=${language}`));
        await completeSurvey(session, language, false);
      });
    },
  );

  it.each(supportedLanguages)("%s: help and feedback pages have no axe violations", async (language) => {
    await withBrowser({ javaScript: false }, async (session) => {
      const { page } = session;
      await page.goto(session.url(`/help?lng=${language}`));
      await expectLanguage(page, language, "help");
      expect(await mainHeading(page)).toBe(pageStrings(language).help.now.title);
      await axe(session, `${language} /help`);
      // The language is remembered: a plain link with no ?lng= keeps it.
      await page.goto(session.url("/feedback"));
      await expectLanguage(page, language, "feedback");
      expect(await mainHeading(page)).toBe(pageStrings(language).feedback.form.title);
      await axe(session, `${language} /feedback`);
    });
  });

  it("the switcher works without JavaScript, keeps the page and is remembered only for the session", async () => {
    await withBrowser({ javaScript: false }, async (session) => {
      const { page, context } = session;
      await page.goto(session.url("/help/services?needs=food"));
      const names = await page.locator(".language-switcher li").allInnerTexts();
      expect(names.map((n) => n.trim())).toEqual(["English", "Polski", "Română", "Português", "اردو", "العربية"]);
      expect(await page.locator(".language-switcher [aria-current=true]").getAttribute("lang")).toBe("en");
      await switchTo(page, "ar");
      expect(pathOf(page)).toBe("/help/services");
      expect(new URL(page.url()).searchParams.get("needs")).toBe("food");
      await expectLanguage(page, "ar", "services in Arabic");
      const cookie = (await context.cookies()).find((c) => c.name === "heard_lang");
      expect(cookie).toMatchObject({ value: "ar", httpOnly: true, sameSite: "Lax", expires: -1 });
      // Back to English with the switcher.
      await switchTo(page, "en");
      await expectLanguage(page, "en", "services in English");
      await page.goto(session.url("/"));
      await expectLanguage(page, "en", "home after choosing English");
    });
  });
});

describe("language detection (HTTP)", () => {
  const get = (path: string, headers: Record<string, string> = {}) => fetch(new URL(path, appUrl()), { headers, redirect: "manual" });
  const langOf = async (res: Response) => /<html lang="([^"]+)" dir="([^"]+)"/.exec(await res.text())?.slice(1);

  it("is English without Accept-Language, and follows Accept-Language otherwise", async () => {
    expect(await langOf(await get("/help"))).toEqual(["en", "ltr"]);
    expect(await langOf(await get("/help", { "Accept-Language": "ur-PK,ur;q=0.9,en;q=0.5" }))).toEqual(["ur", "rtl"]);
    expect(await langOf(await get("/help", { "Accept-Language": "fr-FR, pt;q=0.8" }))).toEqual(["pt", "ltr"]);
    expect(await langOf(await get("/help", { "Accept-Language": "fr-FR" }))).toEqual(["en", "ltr"]);
  });

  it("the switcher's choice beats Accept-Language, and the cookie holds only the code", async () => {
    const res = await get("/help?lng=ro", { "Accept-Language": "ar" });
    expect(res.headers.get("set-cookie")).toBe("heard_lang=ro; Path=/; HttpOnly; SameSite=Lax");
    expect(await langOf(res)).toEqual(["ro", "ltr"]);
    expect(await langOf(await get("/feedback", { "Accept-Language": "ar", Cookie: "heard_lang=ro" }))).toEqual(["ro", "ltr"]);
    // Nothing else is accepted into the cookie.
    expect((await get("/help?lng=xx<script>")).headers.get("set-cookie")).toBeNull();
  });

  it("staff pages stay English whatever the language", async () => {
    const res = await get("/staff/sign-in", { "Accept-Language": "ar", Cookie: "heard_lang=pl" });
    expect(await langOf(res)).toEqual(["en", "ltr"]);
  });
});
