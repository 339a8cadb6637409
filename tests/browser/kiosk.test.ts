import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_KIOSK } from "~/modules/demo/demo-surveys";
import { startApp, type RunningApp } from "../support/app-server";
import {
  JAVASCRIPT_MODES,
  clickAndLoad,
  expectNoAxeViolations,
  expectReflow,
  loadsPage,
  openBrowser,
  scriptWeight,
  withBrowser,
  type BrowserSession,
} from "../support/browser";
import { chooseRadio, tabTo, tickBoxes } from "../support/browser-keyboard";
import { clickAndSettle, demoStaff, signInAsStaff } from "../support/browser-staff";

// The children's-centre kiosk, in its own app (it changes data): set up with
// the demo code, answered with JavaScript off and on, reset for the next
// person (Back included), the idle warning, and three responses kept offline
// that arrive exactly once when the network is back, without a reload.

let app: RunningApp;
/** One signed-in partnership admin for the file (a second sign-in would wait for a fresh TOTP code). */
let staff: BrowserSession | null = null;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await staff?.close();
  await app?.stop();
});

async function staffSession(): Promise<BrowserSession> {
  if (!staff) {
    staff = await openBrowser({ javaScript: true, appUrl: app.url });
    await signInAsStaff(staff.page, staff.origin, demoStaff("partnershipAdmin"));
  }
  return staff;
}

const QUEUE_KEY = "heard-kiosk-queue";
const SAVED = "Saved. It will be sent when the internet is back.";
const VENUE = DEMO_KIOSK.name;

const pathOf = (page: Page) => new URL(page.url()).pathname;

async function check(session: BrowserSession, label: string): Promise<void> {
  await expectNoAxeViolations(session.page, label, { javaScript: session.javaScript });
  await expectReflow(session.page, label);
  if (session.javaScript) {
    const cache = await session.page.evaluate(async () => (await fetch(location.href, { method: "HEAD", cache: "no-store" })).headers.get("Cache-Control"));
    expect(cache, `${label} is not cached`).toBe("no-store");
  }
}

/** Turns the browser into the demo venue's kiosk with the demo code, checking the set-up page on the way. */
async function setUpKiosk(session: BrowserSession): Promise<void> {
  const { page } = session;
  await page.goto(session.url("/kiosk"));
  await check(session, "kiosk set-up");
  await page.locator("#code").fill("ABCD-EFGH-JKMN");
  await clickAndLoad(page, page.locator("main form button[type=submit]"));
  await expect.poll(() => page.locator(".error-summary").innerText()).toContain("This code cannot be used");
  await check(session, "kiosk set-up with an error");
  await page.locator("#code").fill(DEMO_KIOSK.code.toLowerCase());
  await clickAndLoad(page, page.locator("main form button[type=submit]"));
  expect(pathOf(page)).toBe("/kiosk/start");
  expect(await page.locator("h1").innerText()).toBe(`Welcome to ${VENUE}`);
}

async function openAnswerPage(session: BrowserSession): Promise<void> {
  await clickAndLoad(session.page, session.page.getByRole("link", { name: "Start", exact: true }));
  expect(pathOf(session.page)).toBe("/kiosk/answer");
  expect(await session.page.locator("h1").first().innerText()).toBe("Getting help as a family");
}

/** Answers a few questions by mouse, with a marker in the free text that must never be seen again. */
async function answerWith(page: Page, marker: string): Promise<void> {
  await page.getByLabel("Most weeks").check();
  await page.getByLabel("Food", { exact: true }).check();
  await page.locator("#q-better-help").fill(`More evening sessions ${marker}`);
}

/** Nothing the last person chose or typed is on the page: not in its text, not in any field. */
async function expectNothingOf(page: Page, marker: string, label: string): Promise<void> {
  const state = await page.evaluate(() => ({
    text: document.body.innerText,
    typed: Array.from(document.querySelectorAll("textarea, input[type=text]")).map((el) => (el as HTMLInputElement).value),
    chosen: Array.from(document.querySelectorAll("input[type=radio], input[type=checkbox]")).filter((el) => (el as HTMLInputElement).checked).length,
  }));
  expect(state.text, label).not.toContain(marker);
  expect(state.typed.filter((v) => v !== ""), label).toEqual([]);
  expect(state.chosen, label).toBe(0);
}

async function queueLength(page: Page): Promise<number> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "[]").length as number, QUEUE_KEY);
}

/** What the staff page says about a venue: responses sent from it, and tablets running it. */
async function venueRow(staff: BrowserSession, venue: string = VENUE): Promise<{ sent: number; tablets: number }> {
  await staff.page.goto(staff.url("/staff/p/northshire/kiosks"));
  const row = staff.page.locator(`tr[data-venue="${venue}"]`);
  return { sent: Number(await row.locator("td[data-sent]").innerText()), tablets: Number(await row.locator("td[data-tablets]").innerText()) };
}

/** The "You said, we did" address on the thank-you in view: words to type at home, not a link (the tablet stays a kiosk). */
async function youSaidAddress(page: Page): Promise<string | undefined> {
  const line = page.locator("[data-kiosk-you-said]:visible");
  expect(await line.locator("a").count()).toBe(0);
  return /Go to: (\S+)/.exec(await line.innerText())?.[1];
}

describe("children's-centre kiosk", () => {
  describe.each(JAVASCRIPT_MODES)("$mode", ({ javaScript }) => {
    it("sets up with the demo code, takes a response, and keeps nothing of it for the next person, Back included", async () => {
      await withBrowser({ javaScript, appUrl: app.url }, async (session) => {
        const { page } = session;
        await setUpKiosk(session);
        await check(session, "kiosk start");
        await openAnswerPage(session);
        await check(session, "kiosk questions");
        const marker = `PERSON-ONE-${javaScript ? "JS" : "PLAIN"}`;

        if (javaScript) {
          // By keyboard alone.
          await chooseRadio(page, "Most weeks");
          await tickBoxes(page, ["Food"]);
          await tabTo(page, "the first text box", (f) => f.tag === "textarea");
          await page.keyboard.type(`Kind staff ${marker}`);
          await tabTo(page, "the send button", (f) => f.tag === "button" && f.label === "Send my answers");
          await page.keyboard.press("Enter");
          await page.locator("[data-kiosk-thanks=sent] h1").waitFor();
          expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Thank you");
          expect(await page.locator("[data-kiosk-thanks=sent] [data-kiosk-countdown]").innerText()).toMatch(/Seconds left: \d+/);
          expect(await youSaidAddress(page)).toBe(session.url("/you-said-we-did?p=northshire"));
          await check(session, "kiosk thanks (in place)");
          await expectNothingOf(page, marker, "the thank-you");
          await loadsPage(page, () => page.getByRole("link", { name: "Next person" }).click());
        } else {
          await answerWith(page, marker);
          await clickAndLoad(page, page.getByRole("button", { name: "Send my answers" }));
          expect(pathOf(page)).toBe("/kiosk/thanks");
          expect(await page.locator("h1").innerText()).toBe("Thank you");
          expect(await youSaidAddress(page)).toBe(session.url("/you-said-we-did?p=northshire"));
          await check(session, "kiosk thanks");
          await clickAndLoad(page, page.getByRole("link", { name: "Next person" }));
        }
        expect(pathOf(page)).toBe("/kiosk/start");
        await expectNothingOf(page, marker, "the start page after");

        // Back, as far as it goes: the last person's answers are nowhere.
        for (let i = 0; i < 3; i++) {
          const before = page.url();
          await page.goBack({ waitUntil: "load" }).catch(() => null);
          if (page.url() === before) break;
          await expectNothingOf(page, marker, `Back ${i + 1} (${pathOf(page)})`);
        }
      });
    });

    it("shows what to fix when an answer cannot be stored, keeping what was typed", async () => {
      await withBrowser({ javaScript, appUrl: app.url }, async (session) => {
        const { page } = session;
        await setUpKiosk(session);
        await openAnswerPage(session);
        await page.locator("#q-word-meaning").fill("x".repeat(2001));
        await clickAndLoad(page, page.getByRole("button", { name: "Send my answers" }));
        expect(pathOf(page)).toBe("/kiosk/answer");
        expect(await page.title()).toMatch(/^Error: /);
        expect(await page.locator(".error-summary").innerText()).toContain("2,000");
        expect(await page.locator("#q-word-meaning").inputValue()).toHaveLength(2001);
        await check(session, "kiosk questions with an error");
      });
    });

    it("shows help at once when the answers may disclose harm", async () => {
      await withBrowser({ javaScript, appUrl: app.url }, async (session) => {
        const { page } = session;
        await setUpKiosk(session);
        await openAnswerPage(session);
        await page.locator("#q-better-help").fill("My partner hits me in front of the kids");
        const send = page.getByRole("button", { name: "Send my answers" });
        if (javaScript) {
          await send.click();
          await page.locator("[data-kiosk-thanks=help] h1").waitFor();
        } else {
          await clickAndLoad(page, send);
        }
        expect(await page.locator("h1:visible").innerText()).toBe("Thank you for telling us");
        expect(await page.locator("main").innerText()).toContain("NSPCC");
        expect(await youSaidAddress(page)).toBe(session.url("/you-said-we-did?p=northshire"));
        await check(session, "kiosk help at once");
      });
    });
  });

  it("exits to the kiosk's own start, which keeps the tablet a kiosk", async () => {
    await withBrowser({ javaScript: true, appUrl: app.url }, async (session) => {
      const { page } = session;
      await setUpKiosk(session);
      await openAnswerPage(session);
      await page.locator("#q-better-help").fill("PERSON-EXIT");
      expect(await page.locator("[data-quick-exit-link]").getAttribute("href")).toMatch(/^\/kiosk\/exit/);
      await loadsPage(page, () => page.locator("[data-quick-exit-link]").click());
      expect(pathOf(page)).toBe("/kiosk/start");
      await expectNothingOf(page, "PERSON-EXIT", "after exit");
      // Still a kiosk: the questions open without a code.
      await openAnswerPage(session);
    });
  });

  it("warns after the venue's idle time, carries on if asked, then clears and starts again", async () => {
    await withBrowser({ javaScript: true, appUrl: app.url }, async (session) => {
      const { page } = session;
      await setUpKiosk(session);
      await page.clock.install();
      await openAnswerPage(session);
      await page.locator("#q-better-help").fill("PERSON-IDLE");
      const warning = page.getByRole("alertdialog", { name: "Are you still there?" });
      await page.clock.runFor((DEMO_KIOSK.idleSeconds - 5) * 1000);
      expect(await warning.isVisible()).toBe(false);
      await page.clock.runFor(6_000);
      await warning.waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Yes, carry on");
      expect(await page.locator("[data-kiosk-idle-status]").innerText()).toMatch(/Seconds left: 30/);
      await expectNoAxeViolations(page, "idle warning", { javaScript: true });
      await page.keyboard.press("Enter");
      await warning.waitFor({ state: "hidden" });
      expect(await page.locator("#q-better-help").inputValue()).toBe("PERSON-IDLE");

      await page.clock.runFor(DEMO_KIOSK.idleSeconds * 1000 + 1_000);
      await warning.waitFor();
      await page.clock.runFor(10_000);
      expect(await page.locator("[data-kiosk-idle-countdown]").innerText()).toMatch(/Seconds left: (19|2\d)$/);
      await Promise.all([page.waitForURL((url) => url.pathname === "/kiosk/start", { waitUntil: "load" }), page.clock.runFor(20_500)]);
      await expectNothingOf(page, "PERSON-IDLE", "the start page after idle");
      await page.goBack({ waitUntil: "load" }).catch(() => null);
      await expectNothingOf(page, "PERSON-IDLE", "Back after idle");
    });
  });

  it("keeps three responses while offline, says so each time, and sends them exactly once when the network is back, without a reload", async () => {
    {
      const staff = await staffSession();
      const before = (await venueRow(staff)).sent;
      await expectNoAxeViolations(staff.page, "staff kiosks page", { javaScript: true });

      // Offline, Chromium logs each failed send: those are expected, nothing else is.
      await withBrowser({ javaScript: true, appUrl: app.url, allowBrowserProblems: true }, async (session) => {
        const { page } = session;
        await setUpKiosk(session);
        await openAnswerPage(session);
        const weight = await scriptWeight(session, page, []);
        expect(weight.scripts.map((s) => new URL(s.url).pathname).sort()).toEqual(["/js/enhance.js", "/js/kiosk.js"]);
        expect(weight.gzipBytes).toBeLessThan(30 * 1024);
        console.log(`kiosk pages' JavaScript: ${weight.gzipBytes} bytes gzip (${weight.scripts.map((s) => `${new URL(s.url).pathname} ${s.gzipBytes}`).join(", ")})`);

        await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
        await session.context.setOffline(true);
        const ids = new Set<string>();
        for (let n = 1; n <= 3; n++) {
          const id = await page.locator("input[name=response]").inputValue();
          ids.add(id);
          await answerWith(page, `PERSON-OFFLINE-${n}`);
          await page.getByRole("button", { name: "Send my answers" }).click();
          const saved = page.locator("[data-kiosk-thanks=saved]");
          await saved.waitFor();
          expect(await saved.innerText()).toContain(SAVED);
          if (n === 1) expect(await youSaidAddress(page)).toBe(session.url("/you-said-we-did?p=northshire"));
          if (n === 1) await expectNoAxeViolations(page, "kiosk saved offline", { javaScript: true });
          expect(await queueLength(page)).toBe(n);
          await expectNothingOf(page, `PERSON-OFFLINE-${n}`, `saved ${n}`);
          await page.getByRole("link", { name: "Next person" }).click();
          await page.locator("form[data-kiosk-form]").waitFor();
          await expectNothingOf(page, `PERSON-OFFLINE-${n}`, `next person after ${n}`);
        }
        expect(ids.size).toBe(3);
        // Nothing got through while offline.
        expect(await queueLength(page)).toBe(3);

        await session.context.setOffline(false);
        await expect.poll(() => queueLength(page), { timeout: 30_000, interval: 250 }).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
        expect(await page.evaluate((key) => localStorage.getItem(key), QUEUE_KEY)).toBeNull();
        expect(session.problems.filter((p) => !p.includes("net::ERR_INTERNET_DISCONNECTED"))).toEqual([]);
      });

      // Exactly once each: three more, no more, however many times they were tried.
      expect((await venueRow(staff)).sent).toBe(before + 3);
    }
  });

  it("lets a partnership admin add a feedback venue and make a one-time code; a tablet set up with it takes feedback; stopping it ends the kiosk", async () => {
    const staff = await staffSession();
    const { page } = staff;
    await page.goto(staff.url("/staff/p/northshire/kiosks"));
    await page.locator("#name").fill("Library drop-in");
    await page.getByLabel("The feedback form").check();
    await page.locator("#idleSeconds").fill("60");
    await clickAndSettle(page, page.getByRole("button", { name: "Add venue" }));
    expect(await page.locator(".notification-banner").innerText()).toContain("Venue added");
    await clickAndSettle(page, page.getByRole("button", { name: "Make a one-time code for Library drop-in" }));
    const code = await page.locator("[data-kiosk-code] code").innerText();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expectNoAxeViolations(page, "staff kiosks page with a new code", { javaScript: true });

    await withBrowser({ javaScript: false, appUrl: app.url }, async (session) => {
      const tablet = session.page;
      await tablet.goto(session.url("/kiosk"));
      await tablet.locator("#code").fill(code);
      await clickAndLoad(tablet, tablet.locator("main form button[type=submit]"));
      expect(await tablet.locator("h1").innerText()).toBe("Welcome to Library drop-in");
      await clickAndLoad(tablet, tablet.getByRole("link", { name: "Start", exact: true }));
      expect(await tablet.locator("h1").first().innerText()).toBe("Tell us what you think");
      await check(session, "kiosk feedback form");
      await tablet.locator("#text").fill("More chairs in the waiting room");
      await clickAndLoad(tablet, tablet.getByRole("button", { name: "Send my answers" }));
      expect(pathOf(tablet)).toBe("/kiosk/thanks");

      // The code worked once: another tablet cannot use it.
      await withBrowser({ javaScript: false, appUrl: app.url }, async (other) => {
        await other.page.goto(other.url("/kiosk"));
        await other.page.locator("#code").fill(code);
        await clickAndLoad(other.page, other.page.locator("main form button[type=submit]"));
        expect(pathOf(other.page)).toBe("/kiosk");
        expect(await other.page.locator(".error-summary").innerText()).toContain("This code cannot be used");
      });

      expect(await venueRow(staff, "Library drop-in")).toEqual({ sent: 1, tablets: 1 });
      await clickAndSettle(page, page.getByRole("button", { name: "Stop this venue's tablets (Library drop-in)" }));
      expect(await venueRow(staff, "Library drop-in")).toEqual({ sent: 1, tablets: 0 });
      await tablet.goto(session.url("/kiosk/start"));
      expect(pathOf(tablet)).toBe("/kiosk");
    });
  });
});
