import { describe, expect, it } from "vitest";
import {
  NARROW,
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectOnlyAppRequests,
  foreignRequests,
  withBrowser,
  JAVASCRIPT_MODES,
} from "../support/browser";

// The suite's own checks must fail when they should: otherwise a green run
// proves nothing. A page made to break them is served in place of the app's.

const BROKEN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Broken on purpose</title></head>
<body><main>
  <h1>Broken on purpose</h1>
  <img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" width="20" height="20">
  <p><button style="width:12px;height:12px;padding:0;border:0;font-size:8px">a</button><button style="width:12px;height:12px;padding:0;border:0;font-size:8px">b</button></p>
  <div style="width:600px">Too wide for a phone</div>
  <img src="https://tracker.example.invalid/pixel.gif" alt="" width="1" height="1">
</main></body></html>`;

describe.each(JAVASCRIPT_MODES)("the suite's checks ($mode)", ({ javaScript }) => {
  it("catch axe violations, target-size included, sideways scrolling, and requests to other sites", async () => {
    // The blocked request to another site is logged as an error: expected here.
    await withBrowser({ javaScript, viewport: NARROW, allowBrowserProblems: true }, async (session) => {
      const { page } = session;
      const url = session.url("/__broken-on-purpose");
      await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: BROKEN_PAGE }));
      // Recorded as a request, then stopped before it leaves the machine.
      await page.route("https://tracker.example.invalid/**", (route) => route.abort());
      await page.goto(url);

      const axe = await expectNoAxeViolations(page, "the broken page", { javaScript }).then(
        () => "",
        (error: Error) => error.message,
      );
      expect(axe).toContain("image-alt");
      expect(axe).toContain("target-size");

      await expect(expectNoSidewaysScroll(page, "the broken page")).rejects.toThrow(/scrolls sideways at 320px/);

      expect(foreignRequests(session)).toEqual(["https://tracker.example.invalid/pixel.gif"]);
      expect(() => expectOnlyAppRequests(session)).toThrow(/left the app's origin/);
    });
  });
});

describe("the axe check's memory of pages it has passed", () => {
  it("runs again when the page has changed since", async () => {
    await withBrowser({ javaScript: false, allowBrowserProblems: true }, async (session) => {
      const { page } = session;
      const url = session.url("/__fine-then-broken");
      const fine = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fine</title></head><body><main><h1>Fine</h1><p id="here">Words</p></main></body></html>`;
      await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: fine }));
      await page.goto(url);
      await expectNoAxeViolations(page, "the fine page", { javaScript: false });
      // The same page again passes (from memory); the page with an image without a text alternative does not.
      await expectNoAxeViolations(page, "the fine page again", { javaScript: false });
      await page.evaluate(() => {
        const img = document.createElement("img");
        img.src = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==";
        document.getElementById("here")?.append(img);
      });
      await expect(expectNoAxeViolations(page, "the page made broken", { javaScript: false })).rejects.toThrow(/image-alt/);
    });
  });
});
