import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import {
  clickAndLoad,
  expectNoAxeViolations,
  expectReflow,
  type BrowserSession,
} from "./browser";

// The demo survey for young people, as a respondent sees it in the browser.

export const SLUG = "demo-young-people";
export const START_PATH = `/s/${SLUG}`;
export const CHECK_PATH = `/s/${SLUG}/check`;
export const DONE_PATH = `/s/${SLUG}/done`;
export const questionPath = (id: string) => `/s/${SLUG}/q/${id}`;

export const SURVEY_TITLE = "Home, school and getting help";
export const DONE_TITLE = "Your answers have been sent";

/** Question titles of the demo survey, by id (app/modules/demo/demo-surveys.ts). */
export const TITLES = {
  "home-feel": "How do you feel at home most of the time?",
  "home-basics": "At home, do you usually have these things?",
  "school-feel": "How do you feel at school most of the time?",
  "trusted-adult": "Is there an adult you could talk to if you were worried?",
  "listened-to": "When you tell adults how you feel, do they listen?",
  "asked-for-help": "Have you ever asked an adult for help with a worry?",
  "help-after-asking": "What happened when you asked for help?",
  "hard-to-ask": "What makes it hard to ask for help?",
  "help-ways": "How would you like to get help if you needed it?",
  "one-change": "What one thing would make life better for young people here?",
  "anything-else": "Is there anything else you want to tell us?",
} as const;
export type QuestionId = keyof typeof TITLES;

export interface Answer {
  /** Option labels to tick or choose. */
  pick?: string[];
  /** Text to type into a free text question. */
  text?: string;
}

export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname;
}

export async function mainHeading(page: Page): Promise<string> {
  return (await page.locator("h1").first().innerText()).trim();
}

/** The page's main action: Start now, Continue, Save and go back, Send my answers. */
export function mainButton(page: Page): Locator {
  return page.locator("main form button[type=submit]");
}

export function optionInput(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

/** Fails unless the browser shows the question, at its address, with its title as the h1. */
export async function expectQuestion(page: Page, id: QuestionId): Promise<void> {
  expect(pathOf(page)).toBe(questionPath(id));
  expect(await mainHeading(page)).toBe(TITLES[id]);
  expect(await page.title()).toBe(`${TITLES[id]} – Heard`);
}

export async function fillAnswer(page: Page, answer: Answer): Promise<void> {
  for (const label of answer.pick ?? []) await optionInput(page, label).check();
  if (answer.text !== undefined) await page.locator("textarea#answer").fill(answer.text);
}

/** Answers the question on the page and goes on. */
export async function answerAndContinue(page: Page, answer: Answer): Promise<void> {
  await fillAnswer(page, answer);
  await clickAndLoad(page, mainButton(page));
}

/** Runs axe and the reflow check on the page the browser shows now. */
export async function checkPage(session: BrowserSession, label: string, page: Page = session.page): Promise<void> {
  await expectNoAxeViolations(page, label, { javaScript: session.javaScript });
  await expectReflow(page, label);
}

/** Check your answers, as question title → the lines of its answer. */
export async function checkAnswersRows(page: Page): Promise<Map<string, string[]>> {
  const rows = await page.locator(".summary-list__row").evaluateAll((elements) =>
    elements.map((row) => ({
      key: row.querySelector(".summary-list__key")?.textContent?.trim() ?? "",
      lines: Array.from(row.querySelectorAll(".summary-list__line")).map((l) => l.textContent ?? ""),
    })),
  );
  return new Map(rows.map((r) => [r.key, r.lines]));
}

export function changeLink(page: Page, id: QuestionId): Locator {
  return page.getByRole("link", { name: `Change your answer to: ${TITLES[id]}`, exact: true });
}

export const BEFORE_YOU_START_PATH = "/before-you-start";
export const BEFORE_YOU_START_TITLE = "Before you start";

/** The interruption page's "Continue": a link that looks like a button. */
export function continueLink(page: Page): Locator {
  return page.locator("main a.button", { hasText: "Continue" });
}

/** Fails unless the browser shows the interruption page that explains "Exit this page". */
export async function expectBeforeYouStart(page: Page): Promise<void> {
  expect(pathOf(page)).toBe(BEFORE_YOU_START_PATH);
  expect(await mainHeading(page)).toBe(BEFORE_YOU_START_TITLE);
  expect(await page.title()).toBe(`${BEFORE_YOU_START_TITLE} – Heard`);
}

/**
 * The start page's button. "Start now" (a new response) passes the
 * interruption page about "Exit this page"; "Carry on" goes straight back.
 */
export async function pressStartNow(page: Page, { ageBand }: { ageBand?: string } = {}): Promise<void> {
  // A survey with versions for age bands asks "How old are you?" first: the named band, else the first.
  const bands = page.locator("main input[name=ageBand]");
  if ((await bands.count()) > 0) {
    await (ageBand ? page.getByLabel(ageBand, { exact: true }) : bands.first()).check();
  }
  const starting = (await mainButton(page).innerText()).trim() === "Start now";
  await clickAndLoad(page, mainButton(page));
  if (!starting) return;
  await expectBeforeYouStart(page);
  await clickAndLoad(page, continueLink(page));
}

/** Starts a response: from the start page, past the interruption page, to the first question. */
export async function startSurvey(page: Page, origin: string): Promise<void> {
  await page.goto(new URL(START_PATH, origin).toString());
  await pressStartNow(page);
  await expectQuestion(page, "home-feel");
}

/**
 * The shortest way to a response that can be sent: the two required
 * questions, answered at their own addresses, then Check your answers.
 */
export async function reachCheckQuickly(page: Page, origin: string): Promise<void> {
  await startSurvey(page, origin);
  await page.goto(new URL(questionPath("trusted-adult"), origin).toString());
  await answerAndContinue(page, { pick: ["Yes"] });
  await page.goto(new URL(questionPath("asked-for-help"), origin).toString());
  await answerAndContinue(page, { pick: ["No"] });
  await page.goto(new URL(CHECK_PATH, origin).toString());
  expect(await mainHeading(page)).toBe("Check your answers");
}

/** The confirmation: its heading, and none of the person's answers anywhere in the page. */
export async function expectConfirmation(page: Page, mustNotShow: string[] = []): Promise<void> {
  expect(pathOf(page)).toBe(DONE_PATH);
  expect(await mainHeading(page)).toBe(DONE_TITLE);
  expect(await page.title()).toBe(`${DONE_TITLE} – Heard`);
  const html = await page.content();
  const text = await page.locator("body").innerText();
  for (const secret of mustNotShow) {
    expect(text, "the confirmation shows an answer").not.toContain(secret);
    expect(html, "the confirmation's HTML carries an answer").not.toContain(secret);
  }
}
