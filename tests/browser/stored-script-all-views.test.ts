import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_KIOSK } from "~/modules/demo/demo-surveys";
import { appForThisFile } from "../support/own-app";
import { clickAndLoad, withBrowser, type BrowserSession } from "../support/browser";
import { demoStaff, signInAsStaff, waitForHydration } from "../support/browser-staff";
import { CHECK_PATH, answerAndContinue, mainButton, pathOf, questionPath, reachCheckQuickly } from "../support/browser-survey";

// Stored scripts through every public input (issue 8): a survey's free text,
// anonymous feedback and a kiosk's answers carry script and template
// payloads, and so does a code staff add to the codebook. Every staff view
// that shows them (responses, triage, coding, quotes, codebook, audit) shows
// them as text (and so do the strategy, themed summary and "You said, we
// did" pages, staff and public): window.__pwned stays unset, no dialog opens, and the
// Content-Security-Policy refuses nothing. (tests/browser/stored-script.test.ts
// covers the directory, help contacts and the survey builder.)

const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '"><img src=x onerror="window.__pwned=1">',
  "<svg onload=window.__pwned=1>",
  "javascript:window.__pwned=1",
  "${window.__pwned=1}",
  "{{constructor.constructor('window.__pwned=1')()}}",
] as const;
/** A disclosure too, so the text reaches the triage queue. */
const PUBLIC_TEXT = `my dad hits me ${PAYLOADS.join(" ")}`;
/** What every view showing public text must show literally (redaction may replace a javascript: address). */
const SHOWN = PAYLOADS[0];
const CODE_LABEL = `Code ${PAYLOADS[0]}`;
const BASE = "/staff/p/northshire";

interface Watch {
  dialogs: string[];
  cspReports: string[];
}

function watch(session: BrowserSession): Watch {
  const w: Watch = { dialogs: [], cspReports: [] };
  session.context.on("dialog", (dialog) => {
    w.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  session.context.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) w.cspReports.push(`${message.type()}: ${message.text()}`);
  });
  return w;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** Posts a staff form with the page's CSRF token, as the signed-in browser. */
async function post(session: BrowserSession, path: string, fields: Record<string, string>): Promise<{ status: number; location: string }> {
  await session.page.goto(session.url(path));
  const csrf = await session.page.locator("input[name=csrf]").first().inputValue();
  const response = await session.context.request.post(session.url(path), {
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: session.origin },
    data: new URLSearchParams({ csrf, ...fields }).toString(),
    maxRedirects: 0,
  });
  return { status: response.status(), location: response.headers()["location"] ?? "" };
}

/** A staff view shows `expected` literally, and nothing ran, was made from a payload, or was refused by the policy. */
async function expectInert(session: BrowserSession, w: Watch, path: string, expected: readonly string[]): Promise<void> {
  const { page } = session;
  const response = await page.goto(session.url(path));
  expect(response?.status(), path).toBe(200);
  await waitForHydration(page);
  await page.waitForTimeout(200);
  const text = await page.locator("main").innerText();
  for (const e of expected) expect(text, `${path} shows ${e} literally`).toContain(e);
  expect(await pwned(page), `${path}: a payload ran`).toBeUndefined();
  expect(await page.locator("main svg[onload], main img[onerror], main img[src=x], main script").count(), `${path}: markup from a payload`).toBe(0);
  const hrefs = await page.locator("[href], [src], [action], [formaction]").evaluateAll((els) =>
    els.flatMap((el) => ["href", "src", "action", "formaction"].map((a) => el.getAttribute(a) ?? "")),
  );
  expect(hrefs.filter((h) => /^\s*javascript:/i.test(h)), `${path}: a javascript: address`).toEqual([]);
  expect(w.dialogs, `${path}: a dialog opened`).toEqual([]);
  expect(w.cspReports.slice(0, 3), `${path}: the policy refused something`).toEqual([]);
}

describe("stored scripts in every staff view", () => {
  // Its own app: it adds responses, feedback and a code.
  const app = appForThisFile();

  it("text from survey answers, feedback, a kiosk and the codebook shows as text and runs nowhere", async () => {
    await withBrowser({ javaScript: true, appUrl: app.url }, async (session) => {
      const { page } = session;
      const w = watch(session);

      // The public's three ways in.
      await reachCheckQuickly(page, session.origin);
      await page.goto(session.url(questionPath("one-change")));
      await answerAndContinue(page, { text: `Survey ${PUBLIC_TEXT}` });
      // A disclosure shows help at once on the same page: carry on to the check page.
      await page.goto(session.url(CHECK_PATH));
      await clickAndLoad(page, mainButton(page));
      expect(pathOf(page)).toBe("/s/demo-young-people/done");
      expect(await pwned(page)).toBeUndefined();

      await page.goto(session.url("/feedback?p=northshire"));
      await page.locator("textarea#text").fill(`Feedback ${PUBLIC_TEXT}`);
      await page.waitForTimeout(3_300);
      await clickAndLoad(page, mainButton(page));
      expect(await pwned(page)).toBeUndefined();

      await page.goto(session.url("/kiosk"));
      await page.locator("#code").fill(DEMO_KIOSK.code);
      await clickAndLoad(page, page.locator("main form button[type=submit]"));
      await clickAndLoad(page, page.getByRole("link", { name: "Start", exact: true }));
      await page.getByLabel("Most weeks").check();
      await page.getByLabel("Food", { exact: true }).check();
      await page.locator("#q-better-help").fill(`Kiosk ${PUBLIC_TEXT}`);
      await page.getByRole("button", { name: "Send my answers" }).click();
      // A disclosure: help is shown in place of the thanks.
      await page.locator("[data-kiosk-thanks]:not([hidden]) h1").first().waitFor();
      expect(await pwned(page)).toBeUndefined();

      // Staff: a code with the payloads, then every view.
      await signInAsStaff(page, session.origin, demoStaff("partnershipAdmin"));
      const added = await post(session, `${BASE}/codebook`, {
        intent: "add",
        code: "pwned_attempt",
        label: CODE_LABEL,
        staffDescription: `Staff ${PAYLOADS.join(" ")}`,
        childDescription: `Child ${PAYLOADS[4]} ${PAYLOADS[5]}`,
        examplePhrases: `${PAYLOADS[1]}\n${PAYLOADS[2]}`,
      });
      expect(added.status).toBe(302);
      await expectInert(session, w, `${BASE}/codebook`, [CODE_LABEL, `Staff ${PAYLOADS.join(" ")}`]);

      await expectInert(session, w, `${BASE}/responses`, [SHOWN]);
      await expectInert(session, w, `${BASE}/triage`, []);
      await page.goto(session.url(`${BASE}/triage`));
      const flagLinks = await page.locator(`main a[href^="${BASE}/triage/"]`).evaluateAll((els) => els.map((el) => el.getAttribute("href")!));
      expect(flagLinks.length, "the disclosures reached triage").toBeGreaterThanOrEqual(2);
      for (const link of [...new Set(flagLinks)].slice(0, 3)) await expectInert(session, w, link, [SHOWN]);

      // Coding: the text on screen, coded with the new code; its quotes then show the text too.
      await expectInert(session, w, `${BASE}/coding`, [SHOWN]);
      const itemId = await page.locator("main form.coding-add input[name=item]").inputValue();
      // The new code's id, from its Edit link in the codebook.
      await page.goto(session.url(`${BASE}/codebook`));
      const editLinks = await page.locator("main a[href*='edit=']").evaluateAll((els) =>
        els.map((el) => ({ href: el.getAttribute("href") ?? "", row: el.closest("tr, li, section, div")?.textContent ?? "" })),
      );
      const codeId = new URL(editLinks.find((l) => l.row.includes("Code <script>"))?.href ?? "/", session.origin).searchParams.get("edit");
      expect(codeId, JSON.stringify(editLinks.slice(0, 3))).toBeTruthy();
      const coded = await post(session, `${BASE}/coding`, { intent: "add", item: itemId, code: codeId! });
      expect(coded.status).toBe(302);
      await expectInert(session, w, `${BASE}/coding?item=${itemId}`, [SHOWN, CODE_LABEL]);
      await expectInert(session, w, `${BASE}/quotes`, [CODE_LABEL]);
      await expectInert(session, w, `${BASE}/quotes?code=${codeId}`, [CODE_LABEL, SHOWN]);

      // The feedback loop: a group fed by the new code, its themed summary, and a published
      // "You said, we did" entry whose words carry the payloads, on staff pages and the public page.
      const GROUP_NAME = `Group ${PAYLOADS[1]}`;
      const ENTRY_WORDS = `We did ${PAYLOADS.join(" ")}`;
      const group = await post(session, `${BASE}/strategy`, { intent: "addGroup", name: GROUP_NAME, description: `About ${PAYLOADS[2]}`, priorityId: "", position: "" });
      expect(group.status).toBe(302);
      const groupId = new URL(group.location, session.origin).searchParams.get("group")!;
      expect((await post(session, `${BASE}/strategy`, { intent: "saveCodes", groupId, codes: codeId! })).status).toBe(302);
      await expectInert(session, w, `${BASE}/strategy`, [GROUP_NAME]);
      const today = new Date().toISOString().slice(0, 10);
      await expectInert(session, w, `${BASE}/summaries?group=${groupId}&quarter=custom&from=${today.slice(0, 8)}01&to=${today}`, [GROUP_NAME, CODE_LABEL]);
      const entry = await post(session, `${BASE}/actions?new=1`, {
        intent: "create",
        groupId,
        codeId: codeId!,
        surveyId: "",
        status: "done",
        actionOn: "",
        heardForChildren: `You said ${PAYLOADS[0]}`,
        didForChildren: ENTRY_WORDS,
        heardForAdults: `You said ${PAYLOADS[3]}`,
        didForAdults: ENTRY_WORDS,
      });
      expect(entry.status).toBe(302);
      const entryId = new URL(entry.location, session.origin).searchParams.get("edit")!;
      expect((await post(session, `${BASE}/actions?edit=${entryId}`, { intent: "publish", entryId })).status).toBe(302);
      await expectInert(session, w, `${BASE}/actions`, [CODE_LABEL]);
      // The edit page holds the words in its fields, as their values.
      await expectInert(session, w, `${BASE}/actions?edit=${entryId}`, [GROUP_NAME]);
      const fieldValues = await page.locator("main textarea").evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
      expect(fieldValues).toContain(ENTRY_WORDS);
      // The public page is not hydrated: the same checks without waiting for hydration.
      await page.goto(session.url("/you-said-we-did?p=northshire"));
      expect(await page.locator("main").innerText()).toContain(ENTRY_WORDS);
      expect(await pwned(page)).toBeUndefined();
      expect(await page.locator("main svg[onload], main img[onerror], main script").count()).toBe(0);
      expect(w.dialogs).toEqual([]);
      expect(w.cspReports).toEqual([]);

      // The audit log: ids and codes only.
      await expectInert(session, w, `${BASE}/audit`, []);
      expect(await page.locator("main").innerText(), "the audit log copied free text").not.toContain("__pwned");
    });
  });
});
