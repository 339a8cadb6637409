import jsQR from "jsqr";
import { PNG } from "pngjs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appForThisFile } from "../support/own-app";
import { clickAndLoad, expectNoAxeViolations, withBrowser, type BrowserSession } from "../support/browser";
import { clickAndSettle, demoStaff, signInAsStaff } from "../support/browser-staff";
import {
  SLUG,
  answerAndContinue,
  checkPage,
  expectConfirmation,
  expectQuestion,
  mainButton,
  mainHeading,
  pathOf,
  pressStartNow,
  questionPath,
} from "../support/browser-survey";

// School and setting links, end to end: a member of staff makes a link,
// prints its poster (one A4 page), the QR code on it is read like a phone
// camera would, and following it completes the survey with JavaScript off;
// the link's count then shows the response. Closed and unknown links get a
// friendly page. The two-factor setup page's QR code holds the right key.

const LINKS = "/staff/p/northshire/links";
const NAME = `Year 3 (browser test ${Date.now().toString(36)})`;

/** Reads the QR code in an element's screenshot, as a camera app would. */
async function decodeQr(target: Locator): Promise<string> {
  const png = PNG.sync.read(await target.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  if (!found) throw new Error("no QR code could be read from the screenshot");
  return found.data;
}

/** How many pages a PDF has: one `/Type /Page` object each (the tree is `/Type /Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

async function staffCheck(session: BrowserSession, label: string, page: Page = session.page) {
  await expectNoAxeViolations(page, label, { javaScript: session.javaScript });
}

function linkRow(page: Page, name: string): Locator {
  return page.locator("main table tbody tr", { has: page.locator("th", { hasText: name }) });
}

describe("school and setting links", () => {
  // Its own app: it makes and closes links in the demo partnership.
  const app = appForThisFile();

  it("staff make a link; its one-page A4 poster's QR code leads to the survey, finished with JavaScript off, and the response counts for the link", async () => {
    let linkUrl = "";
    await withBrowser({ javaScript: true, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url(LINKS));
      expect(await mainHeading(page)).toBe("School and setting links");
      await staffCheck(session, "links list");

      // Nothing filled in: the error summary and messages, axe-clean.
      await clickAndSettle(page, page.locator("main form button[type=submit]", { hasText: "Make link" }));
      expect(await page.locator(".error-summary").innerText()).toContain("Enter the name of the school, class, setting or event");
      expect(await page.title()).toMatch(/^Error: /);
      await staffCheck(session, "links list with errors");

      await page.locator("#name").fill(NAME);
      await page.getByLabel("Class", { exact: true }).check();
      await page.locator("#survey").selectOption({ label: "Home, school and getting help" });
      await clickAndSettle(page, page.locator("main form button[type=submit]", { hasText: "Make link" }));
      expect(new URL(page.url()).search).toBe("?done=created");
      const row = linkRow(page, NAME);
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.locator("td").nth(2).innerText()).toBe("0");
      await staffCheck(session, "links list after making one");

      await clickAndSettle(page, row.getByRole("link", { name: `Poster for ${NAME}` }));
      expect(await page.title()).toBe(`Poster: ${NAME} – Heard`);
      await staffCheck(session, "poster page");
      linkUrl = (await page.locator(".poster__url").innerText()).trim();
      expect(linkUrl).toMatch(new RegExp(`^${app.url.replace(/[.]/g, "\\.")}/l/[2-9a-hjkmnp-z]{10}$`));

      // The QR code is the app's own inline SVG, with no style attribute (the CSP refuses those), and reads as the link.
      const qr = page.locator(".poster .qr-code");
      expect(await qr.getAttribute("role")).toBe("img");
      expect(await qr.getAttribute("aria-label")).toBe(`QR code for ${linkUrl}`);
      expect(await qr.locator("svg").count()).toBe(1);
      expect(await qr.evaluate((el) => el.querySelectorAll("[style]").length + (el.hasAttribute("style") ? 1 : 0))).toBe(0);
      expect(await decodeQr(qr)).toBe(linkUrl);

      // Printed: exactly one A4 page, with the poster and none of the staff page around it.
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".staff-header").isVisible()).toBe(false);
      expect(await page.locator("h1").isVisible()).toBe(false);
      expect(await page.locator(".poster__qr").isVisible()).toBe(true);
      const pdf = await page.pdf({ format: "A4" });
      expect(pdfPageCount(pdf)).toBe(1);
      // The QR code still reads in the print layout.
      expect(await decodeQr(page.locator(".poster .qr-code"))).toBe(linkUrl);
      await page.emulateMedia({ media: "screen" });
    });

    // Someone scans the poster: a phone with JavaScript off.
    await withBrowser({ javaScript: false, appUrl: app.url }, async (session) => {
      const { page } = session;
      const code = new URL(linkUrl).pathname.split("/").at(-1)!;
      await page.goto(linkUrl);
      expect(pathOf(page)).toBe(`/s/${SLUG}`);
      expect(new URL(page.url()).search).toBe(`?l=${code}`);
      expect(await page.locator(`main form input[type=hidden][name=link]`).inputValue()).toBe(code);
      await checkPage(session, "start page through a link");
      await pressStartNow(page);
      await expectQuestion(page, "home-feel");
      await page.goto(session.url(questionPath("trusted-adult")));
      await answerAndContinue(page, { pick: ["Yes"] });
      await page.goto(session.url(questionPath("asked-for-help")));
      await answerAndContinue(page, { pick: ["No"] });
      await page.goto(session.url(`/s/${SLUG}/check`));
      await clickAndLoad(page, mainButton(page));
      await expectConfirmation(page);
    });

    // The response carries the setting: it counts for this link, which staff then close.
    await withBrowser({ javaScript: true, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url(LINKS));
      const row = linkRow(page, NAME);
      expect(await row.locator("td").nth(2).innerText()).toBe("1");
      await clickAndSettle(page, row.getByRole("link", { name: `Close ${NAME}` }));
      expect(await page.locator(".confirm-panel h2").innerText()).toContain(NAME);
      await staffCheck(session, "closing a link: are you sure?");
      await clickAndSettle(page, page.locator(".confirm-panel button[type=submit]"));
      expect(new URL(page.url()).search).toBe("?done=closed");
      expect(await linkRow(page, NAME).getByRole("link", { name: `Close ${NAME}` }).count()).toBe(0);
    });

    await withBrowser({ javaScript: false, appUrl: app.url }, async (session) => {
      const { page } = session;
      const closed = await page.goto(linkUrl);
      expect(closed?.status()).toBe(410);
      expect(await mainHeading(page)).toBe("This link has closed");
      expect(await page.title()).toBe("This link has closed – Heard");
      expect(await page.getByRole("link", { name: "Get help now" }).last().getAttribute("href")).toBe("/help?p=northshire");
      await checkPage(session, "closed link");

      const unknown = await page.goto(session.url("/l/zzzzzzzzzz"));
      expect(unknown?.status()).toBe(404);
      expect(await mainHeading(page)).toBe("We cannot find this link");
      await checkPage(session, "unknown link");
    });
  });

  it("the two-factor setup page shows a QR code of the otpauth address with the key shown beside it", async () => {
    await withBrowser({ javaScript: true, appUrl: app.url }, async (session) => {
      const { page } = session;
      // The analyst has no second factor yet, so may set one up.
      await signInAsStaff(page, session.origin, demoStaff("analyst"));
      await page.goto(session.url("/staff/account/two-factor"));
      await staffCheck(session, "two-factor setup");
      const key = (await page.locator("code.code-block").first().innerText()).replace(/\s+/g, "");
      expect(key).toMatch(/^[A-Z2-7]{16,}$/);
      const qr = page.locator(".two-factor-qr");
      expect(await qr.getAttribute("aria-label")).toBe("QR code to add Heard to your authenticator app");
      const decoded = await decodeQr(qr);
      expect(decoded).toMatch(/^otpauth:\/\/totp\//);
      const uri = new URL(decoded);
      expect(uri.searchParams.get("secret")).toBe(key);
      expect(uri.searchParams.get("issuer")).toBe("Heard");
      expect(decodeURIComponent(uri.pathname)).toContain(demoStaff("analyst").email);
    });
  });
});
