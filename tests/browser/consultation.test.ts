import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CONSULTATION_TITLE, DRAFT_SECTIONS, consultationText } from "~/modules/demo/demo-consultation";
import { pageStrings, type Language } from "~/modules/i18n/config";
import { PHONE, clickAndLoad, expectNoAxeViolations, expectReflow, withBrowser, type BrowserSession } from "../support/browser";
import { chooseRadio, focused, followLink, pressButton, typeText } from "../support/browser-keyboard";
import { checkAnswersRows, mainButton, mainHeading, pathOf } from "../support/browser-survey";

// Parents consulted on Northshire's draft strategy: the demo consultation
// completed by keyboard alone, with JavaScript off, in English and in Arabic
// (right to left). Every page gets axe (WCAG 2.2 AA) and the reflow check.

const SLUG = "demo-draft-strategy";
const inLanguage = (english: string, language: Language) => consultationText(english)[language]!;

async function expectPage(session: BrowserSession, language: Language, label: string, heading: string): Promise<void> {
  const { page } = session;
  expect(await mainHeading(page), label).toBe(heading);
  expect(await page.title(), label).toBe(`${heading} – Heard`);
  expect(await page.locator("html").getAttribute("lang"), label).toBe(language);
  expect(await page.locator("html").getAttribute("dir"), label).toBe(language === "ar" ? "rtl" : "ltr");
  await expectNoAxeViolations(page, `${language} ${label}`, { javaScript: session.javaScript });
  await expectReflow(page, `${language} ${label}`);
}

/** What each section gets: an agreement (by its English code) and maybe words. */
const PLAN: { agreement: "agree" | "partly_agree" | "disagree" | "not_sure"; text?: string }[] = [
  { agreement: "partly_agree", text: "Say more about feelings, not only food." },
  { agreement: "agree" },
  { agreement: "disagree", text: "Talk to dads too." },
  { agreement: "not_sure" },
  { agreement: "agree", text: "Fewer forms, please." },
];

async function completeConsultation(session: BrowserSession, language: Language): Promise<void> {
  const { page } = session;
  const words = pageStrings(language);
  const consult = words.consult;
  const query = language === "en" ? "" : `?lng=${language}`;

  await page.goto(session.url(`/s/${SLUG}${query}`));
  await expectPage(session, language, "start page", inLanguage(CONSULTATION_TITLE, language));
  await pressButton(page, words.common.start.startButton);

  expect(pathOf(page)).toBe("/before-you-start");
  await expectPage(session, language, "before you start", words.safety.beforeYouStart.title);
  await followLink(page, words.common.question.continue);

  // The introduction: words to read, nothing to answer.
  expect(pathOf(page)).toBe(`/s/${SLUG}/q/about-the-draft`);
  await expectPage(session, language, "about the draft", inLanguage("About the draft", language));
  await pressButton(page, words.common.question.continue);

  for (const [index, section] of DRAFT_SECTIONS.entries()) {
    const plan = PLAN[index]!;
    const label = `section ${section.id}`;
    expect(pathOf(page), label).toBe(`/s/${SLUG}/q/${section.id}`);
    await expectPage(session, language, label, inLanguage(section.title, language));
    const caption = consult.section.caption.replace("{{number}}", String(index + 1)).replace("{{of}}", String(DRAFT_SECTIONS.length));
    expect((await page.locator("main .caption-l").innerText()).trim()).toBe(caption);
    // The draft's words are on the page, quoted, before the questions about them.
    const firstParagraph = inLanguage(section.body, language).split("\n\n")[0]!;
    expect((await page.locator("main blockquote").innerText()).trim().startsWith(firstParagraph)).toBe(true);
    expect((await page.locator("main fieldset legend").innerText()).trim()).toBe(consult.agreement.legend);
    expect(await page.getByLabel(consult.change.label, { exact: true }).count()).toBe(1);

    await chooseRadio(page, consult.agreement.options[plan.agreement]);
    if (plan.text) await typeText(page, plan.text);
    await pressButton(page, words.common.question.continue);
  }

  expect(pathOf(page)).toBe(`/s/${SLUG}/check`);
  await expectPage(session, language, "check your answers", words.common.check.title);
  const rows = await checkAnswersRows(page);
  for (const [index, section] of DRAFT_SECTIONS.entries()) {
    const plan = PLAN[index]!;
    const expected = [consult.agreement.options[plan.agreement]];
    if (plan.text) expected.push(consult.check.change.replace("{{comment}}", plan.text));
    expect(rows.get(inLanguage(section.title, language)), section.id).toEqual(expected);
  }
  // The introduction was read, not answered: it has no row.
  expect(rows.has(inLanguage("About the draft", language))).toBe(false);

  await pressButton(page, words.common.check.send);
  expect(pathOf(page)).toBe(`/s/${SLUG}/done`);
  await expectPage(session, language, "confirmation", words.common.done.title);
  const shown = await page.locator("body").innerText();
  for (const plan of PLAN) if (plan.text) expect(shown).not.toContain(plan.text);
}

/** A text too long for the box: an error by the box, both parts kept, axe-clean; then fixed. */
async function tooLongThenFixed(session: BrowserSession, page: Page): Promise<void> {
  const words = pageStrings("en");
  const section = DRAFT_SECTIONS[0];
  await page.goto(session.url(`/s/${SLUG}/q/${section.id}`));
  await page.getByLabel("Disagree", { exact: true }).check();
  await page.locator("textarea#answer").fill("y".repeat(2001));
  await clickAndLoad(page, mainButton(page));
  expect(await page.title()).toBe(`Error: ${section.title} – Heard`);
  const summary = page.locator(".error-summary");
  expect(await summary.innerText()).toContain("Your answer must be 2,000 letters or fewer. You have written 2,001.");
  expect(await summary.locator("a").getAttribute("href")).toBe("#answer");
  // The summary takes focus; what was typed and chosen is still there.
  expect((await focused(page)).tag).toBe("div");
  expect(await page.locator("textarea#answer").inputValue()).toHaveLength(2001);
  expect(await page.getByLabel("Disagree", { exact: true }).isChecked()).toBe(true);
  await expectNoAxeViolations(page, "section with a text too long", { javaScript: session.javaScript });
  await page.locator("textarea#answer").fill("Shorter now.");
  expect((await mainButton(page).innerText()).trim()).toBe(words.common.question.continue);
  await clickAndLoad(page, mainButton(page));
  expect(pathOf(page)).toBe(`/s/${SLUG}/q/${DRAFT_SECTIONS[1].id}`);
}

describe("the draft-strategy consultation", () => {
  it("can be completed by keyboard with JavaScript off in English, axe-clean on every page", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      await completeConsultation(session, "en");
    });
  });

  it("can be completed by keyboard with JavaScript off in Arabic, right to left", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      await completeConsultation(session, "ar");
    });
  });

  it("keeps both parts when the text is too long, and says so clearly", async () => {
    await withBrowser({ javaScript: false, viewport: PHONE }, async (session) => {
      const { page } = session;
      await page.goto(session.url(`/s/${SLUG}?lng=en`));
      await clickAndLoad(page, mainButton(page));
      await clickAndLoad(page, page.locator("main a.button"));
      await tooLongThenFixed(session, page);
    });
  });
});
