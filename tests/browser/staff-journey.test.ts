import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { clickAndLoad, withBrowser, type BrowserSession } from "../support/browser";
import { demoStaff, mailedInvitationLink, settled, signInAsStaff, submitAndWait } from "../support/browser-staff";
import { checkAnswersRows, checkPage, continueLink, mainButton, mainHeading, optionInput, pathOf } from "../support/browser-survey";

// Issue 5's acceptance journey, clicked through the real pages with
// JavaScript on (the staff area hydrates): an admin signs in with a TOTP
// code, invites an analyst, builds a survey with skip logic and a Polish
// translation, previews and publishes it; a respondent completes it; the
// analyst accepts the invitation, signs in and sees the response count; the
// audit log shows each step. Every page visited gets axe and the reflow check.

const PARTNERSHIP = "Northshire Safeguarding Children Partnership";
const run = Date.now().toString(36);
const ANALYST_EMAIL = `new.analyst.${run}@northshire.example`;
const ANALYST_NAME = `Robin Analyst ${run}`;
const ANALYST_PASSWORD = "harbour lantern violet sixteen";
const SLUG = `pets-${run}`;
const SURVEY = { en: "Pets at home", pl: "Zwierzęta w domu" };
const SUMMARY = { en: "A few questions about pets.", pl: "Kilka pytań o zwierzęta." };
const Q1 = { en: "Do you have a pet?", pl: "Czy masz zwierzę?" };
const YES = { en: "Yes", pl: "Tak" };
const NO = { en: "No", pl: "Nie" };
const Q2 = { en: "What is your pet called?", pl: "Jak ma na imię twoje zwierzę?" };

/** Clicks something that leads to another page (a full load or a client-side navigation) and waits for its heading. */
async function goTo(page: Page, target: Locator, heading: string): Promise<void> {
  await target.click();
  await expect.poll(() => mainHeading(page), { timeout: 10_000 }).toBe(heading);
  await page.waitForLoadState("load");
}

/** Sends a staff form and waits until the page shows `done` (a form whose next page has the same heading). */
async function sendForm(page: Page, button: Locator, done: () => Promise<boolean>): Promise<void> {
  const posted = page.waitForResponse((r) => r.request().method() === "POST");
  await button.click();
  expect((await posted).status(), "the form was refused").toBeLessThan(400);
  await expect.poll(done, { timeout: 10_000 }).toBe(true);
  await page.waitForLoadState("load");
  // The address changes a moment before React renders the new page.
  await settled(page);
}

const field = (page: Page, id: string) => page.locator(`[id="${id}"]`);

/** The survey page's sections are tabs once hydrated: selects one by its name. */
async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await expect.poll(() => page.getByRole("tab", { selected: true }).innerText()).toBe(name);
}

async function chooseLanguage(page: Page, code: string): Promise<void> {
  await page.locator("main select#lang").selectOption(code);
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get("lang") === code, { waitUntil: "load" }),
    page.locator("main").getByRole("button", { name: "Show", exact: true }).click(),
  ]);
  await settled(page);
}

/** The Audit log, filtered to one action with the page's own form: the rows' text. */
async function auditRows(session: BrowserSession, action: string, label: string): Promise<string[]> {
  const { page } = session;
  await page.locator("select#action").selectOption(action);
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get("action") === action, { waitUntil: "load" }),
    page.getByRole("button", { name: "Apply filter" }).click(),
  ]);
  await settled(page);
  await page.locator("main table tbody tr").first().waitFor();
  await checkPage(session, `audit log, ${label}`);
  return page.locator("main table tbody tr").allInnerTexts();
}

describe("the staff journey (issue 5 acceptance)", () => {
  it(
    "admin invites an analyst and publishes a translated survey with skip logic; a respondent answers; the analyst sees the count; the audit log shows it all",
    async () => {
      await withBrowser({ javaScript: true }, async (admin) => {
        const { page } = admin;

        // 1. The admin signs in with password and TOTP code.
        const alex = demoStaff("partnershipAdmin");
        await signInAsStaff(page, admin.origin, alex);
        expect(pathOf(page)).toBe("/staff");
        await checkPage(admin, "staff home");
        await goTo(page, page.locator(".staff-nav a", { hasText: "Northshire" }).first(), "Your partnership");
        expect(pathOf(page)).toBe("/staff/p/northshire");
        await checkPage(admin, "workspace overview");

        // 2. Invites an analyst.
        await goTo(page, page.locator("main").getByRole("link", { name: "Team", exact: true }), "Team");
        await checkPage(admin, "team");
        await page.locator("#email").fill(ANALYST_EMAIL);
        await page.getByRole("radio", { name: "Analyst", exact: true }).check();
        await sendForm(page, page.getByRole("button", { name: "Send invitation" }), async () =>
          (await page.locator("main").innerText()).includes("Invitation sent."),
        );
        expect(await page.locator("main table").innerText()).toContain(ANALYST_EMAIL);
        await checkPage(admin, "team, invitation sent");

        // 3. Creates a survey.
        await goTo(page, page.locator(".staff-nav a", { hasText: "Northshire" }).first(), "Your partnership");
        await goTo(page, page.locator("main").getByRole("link", { name: "Surveys", exact: true }), "Surveys");
        await checkPage(admin, "survey list");
        await page.locator("#title").fill(SURVEY.en);
        await page.locator("#slug").fill(SLUG);
        await page.locator("#audience").selectOption("young_people");
        await page.locator("#retentionDays").fill("365");
        await goTo(page, page.getByRole("button", { name: "Create survey" }), SURVEY.en);
        const surveyPath = pathOf(page);
        expect(surveyPath).toMatch(/^\/staff\/p\/northshire\/surveys\/[0-9a-f-]{36}$/);
        await checkPage(admin, "new survey");

        // The summary, and the Polish title and summary.
        await openTab(page, "Translations");
        await chooseLanguage(page, "pl");
        await openTab(page, "Details");
        await page.locator("#summary").fill(SUMMARY.en);
        await page.locator("#titleTranslation").fill(SURVEY.pl);
        await page.locator("#summaryTranslation").fill(SUMMARY.pl);
        await sendForm(page, page.getByRole("button", { name: "Save details" }), async () => pathOf(page) === surveyPath && new URL(page.url()).search === "?tab=details");
        expect(await page.locator("#titleTranslation").inputValue()).toBe(SURVEY.pl);
        await checkPage(admin, "survey page, details saved");

        // 4. Question 1: single choice, Yes or No, in English and Polish.
        await openTab(page, "Questions");
        await page.locator("#questionType").selectOption("single_choice");
        await page.locator("#questionTitle").fill(Q1.en);
        await goTo(page, page.getByRole("button", { name: "Add question" }), "Edit question");
        expect(pathOf(page)).toBe(`${surveyPath}/questions/q1`);
        // The language the survey already has is the one shown beside English.
        expect(await field(page, "title.pl").count()).toBe(1);
        expect(await page.locator("#missing-summary").innerText()).toContain("missing in pl");
        await checkPage(admin, "question editor");
        await field(page, "title.pl").fill(Q1.pl);
        await field(page, "option.0.label.en").fill(YES.en);
        await field(page, "option.0.label.pl").fill(YES.pl);
        await field(page, "option.1.label.en").fill(NO.en);
        await field(page, "option.1.label.pl").fill(NO.pl);
        await goTo(page, page.getByRole("button", { name: "Save question" }), SURVEY.en);

        // Question 2: free text, asked only of those who answered Yes.
        await page.locator("#questionType").selectOption("free_text");
        await page.locator("#questionTitle").fill(Q2.en);
        await goTo(page, page.getByRole("button", { name: "Add question" }), "Edit question");
        expect(pathOf(page)).toBe(`${surveyPath}/questions/q2`);
        await field(page, "title.pl").fill(Q2.pl);
        await page.locator("#showIf").getByLabel(YES.en, { exact: true }).check();
        await goTo(page, page.getByRole("button", { name: "Save question" }), SURVEY.en);
        const questions = await page.locator("ol .builder-question").allInnerTexts();
        expect(questions).toHaveLength(2);
        expect(questions[1]).toContain("shown only after an answer to q1");
        await openTab(page, "Translations");
        expect(await page.locator("#missing-pl").innerText()).toContain("Every piece of text is translated.");
        await checkPage(admin, "survey page, two questions");

        // 5. Preview in Polish, both questions.
        await goTo(page, page.getByRole("link", { name: "Preview as a respondent" }), Q1.en);
        await checkPage(admin, "preview");
        await chooseLanguage(page, "pl");
        expect(await mainHeading(page)).toBe(Q1.pl);
        expect(await page.locator(".builder-preview").innerText()).toContain(YES.pl);
        await checkPage(admin, "preview in Polish");
        await goTo(page, page.getByRole("link", { name: "Next question" }), Q2.pl);
        expect(await page.locator("main").innerText()).toContain("Shown only to people who answered q1 with: o1");
        await checkPage(admin, "preview in Polish, question 2");

        // 6. Publish.
        await goTo(page, page.locator("a.back-link"), SURVEY.en);
        await openTab(page, "Publish or copy");
        await sendForm(page, page.getByRole("button", { name: "Publish version 1" }), async () => new URL(page.url()).searchParams.get("published") === "1");
        expect(await page.locator("main").innerText()).toContain("Published");
        expect(await page.locator("#responses-sent").innerText()).toBe("0 people have sent their answers.");
        await checkPage(admin, "survey page, published");

        // 7. A respondent answers (JavaScript off, as a public page is): No skips question 2.
        await withBrowser({ javaScript: false }, async (respondent) => {
          const r = respondent.page;
          await r.goto(respondent.url(`/s/${SLUG}`));
          expect(await mainHeading(r)).toBe(SURVEY.en);
          await checkPage(respondent, "new survey's start page");
          await clickAndLoad(r, mainButton(r));
          await clickAndLoad(r, continueLink(r));
          expect(pathOf(r)).toBe(`/s/${SLUG}/q/q1`);
          expect(await mainHeading(r)).toBe(Q1.en);
          await checkPage(respondent, "new survey's question 1");
          await optionInput(r, NO.en).check();
          await clickAndLoad(r, mainButton(r));
          // The skip logic: straight to Check your answers.
          expect(pathOf(r)).toBe(`/s/${SLUG}/check`);
          const rows = await checkAnswersRows(r);
          expect(rows.get(Q1.en)).toEqual([NO.en]);
          expect(rows.has(Q2.en)).toBe(false);
          await checkPage(respondent, "new survey's check page");
          await clickAndLoad(r, r.getByRole("button", { name: "Send my answers" }));
          expect(pathOf(r)).toBe(`/s/${SLUG}/done`);
        });

        // 8. The analyst accepts the invitation, and sees the count.
        const invitation = await mailedInvitationLink(ANALYST_EMAIL);
        // With HEARD_PUBLIC_URL unset, the mail links to the address the admin used.
        expect(invitation.origin).toBe(admin.origin);
        await withBrowser({ javaScript: true }, async (analyst) => {
          const a = analyst.page;
          await a.goto(invitation.href);
          expect(await mainHeading(a)).toBe(`Join ${PARTNERSHIP} on Heard`);
          expect(await a.locator("main").innerText()).toContain("as Analyst");
          await checkPage(analyst, "invitation");
          await a.locator("#displayName").fill(ANALYST_NAME);
          await a.locator("#password").fill(ANALYST_PASSWORD);
          await a.locator("#confirmPassword").fill(ANALYST_PASSWORD);
          await submitAndWait(a, () => a.getByRole("button", { name: "Accept invitation" }).click(), (url) => url.pathname === "/staff");
          expect(await a.locator(".staff-header").innerText()).toContain(`Signed in as ${ANALYST_NAME}`);
          await checkPage(analyst, "analyst's home");

          // Signs out, and in again with the new password.
          await submitAndWait(a, () => a.locator(".staff-header").getByRole("button", { name: "Sign out" }).click(), (url) => url.pathname === "/staff/sign-in");
          await a.locator("#email").fill(ANALYST_EMAIL);
          await a.locator("#password").fill(ANALYST_PASSWORD);
          await submitAndWait(a, () => a.getByRole("button", { name: "Sign in" }).click(), (url) => url.pathname === "/staff");

          await goTo(a, a.locator(".staff-nav a", { hasText: "Northshire" }).first(), "Your partnership");
          await checkPage(analyst, "analyst's workspace overview");
          await goTo(a, a.locator("main").getByRole("link", { name: "Surveys", exact: true }), "Surveys");
          const row = a.locator("main table tbody tr", { hasText: SURVEY.en });
          const headers = await a.locator("main table thead th").allInnerTexts();
          // The survey's name is the row's header cell (th), the rest are td.
          const cells = await row.locator("th, td").allInnerTexts();
          expect(cells[headers.findIndex((h) => h.startsWith("Responses sent"))]).toBe("1");
          await checkPage(analyst, "analyst's survey list");
          await goTo(a, row.getByRole("link", { name: SURVEY.en, exact: true }), SURVEY.en);
          expect(await a.locator("#responses-sent").innerText()).toBe("1 person has sent their answers.");
          await checkPage(analyst, "analyst's survey page");
          // An analyst is not an admin: no Team page, no audit log.
          expect((await a.request.get(analyst.url("/staff/p/northshire/audit"), { maxRedirects: 0 })).status()).toBe(404);
        });

        // 9. The audit log shows each step.
        await goTo(page, page.locator(".staff-nav a", { hasText: "Northshire" }).first(), "Your partnership");
        await goTo(page, page.locator("main").getByRole("link", { name: "Audit log", exact: true }), "Audit log");
        await checkPage(admin, "audit log");
        const surveyId = surveyPath.split("/").at(-1)!;
        const signIns = await auditRows(admin, "sign_in", "sign-ins");
        expect(signIns.some((r) => r.includes(alex.displayName))).toBe(true);
        expect(signIns.some((r) => r.includes(ANALYST_NAME))).toBe(true);
        const newest = async (action: string, label: string) => (await auditRows(admin, action, label))[0] ?? "";
        const invited = await newest("invitation_sent", "invitations");
        expect(invited).toContain(alex.displayName);
        expect(invited).toContain("Role: Analyst");
        // Ids and codes only: the email address is not copied into the log.
        expect(invited).not.toContain(ANALYST_EMAIL);
        for (const [action, label] of [["survey_created", "surveys created"], ["survey_published", "surveys published"]] as const) {
          const row = await newest(action, label);
          expect(row).toContain(alex.displayName);
          expect(row).toContain(surveyId);
        }
        expect(await newest("invitation_accepted", "invitations accepted")).toContain(ANALYST_NAME);
      });
    },
    300_000,
  );
});
