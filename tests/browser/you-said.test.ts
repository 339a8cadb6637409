import { describe, expect, it } from "vitest";
import { DEMO_STAFF } from "~/modules/demo/demo-staff.server";
import { DEMO_STRATEGY } from "~/modules/demo/demo-strategy";
import { appForThisFile } from "../support/own-app";
import { clickAndLoad, expectNoAxeViolations, expectReflow, withBrowser } from "../support/browser";
import { signInAsStaff } from "../support/browser-staff";

// "You said, we did", end to end with JavaScript off: the demo's
// implementation group member records an entry for their group, adds an
// Arabic translation and publishes it; the public page shows it in English
// and, right to left, in Arabic, axe-clean. Entries nobody translated into
// Arabic show in English, marked lang="en".

const member = DEMO_STAFF.find((m) => m.email === "member@northshire.example")!;

const ENGLISH = {
  heardForChildren: "You said the park near the family hub is not safe to play in.",
  didForChildren: "We asked the council to fix the lights and the gate.",
  heardForAdults: "Parents said the park next to the family hub feels unsafe after dark.",
  didForAdults: "We asked the council's parks team to repair the lighting and the gate.",
};
const ARABIC = {
  heardForChildren: "قلتم إن الحديقة القريبة من مركز العائلة ليست آمنة للعب.",
  didForChildren: "طلبنا من المجلس إصلاح الأضواء والبوابة.",
  heardForAdults: "قال الآباء إن الحديقة المجاورة لمركز العائلة غير آمنة بعد حلول الظلام.",
  didForAdults: "طلبنا من فريق الحدائق في المجلس إصلاح الإنارة والبوابة.",
};

describe('"You said, we did"', () => {
  // Its own app: it adds and publishes an entry in the demo partnership.
  const app = appForThisFile();

  it("a member records and publishes an entry with an Arabic translation; the public page shows it in English and in Arabic", async () => {
    await withBrowser({ javaScript: false, appUrl: app.url }, async (session) => {
      const { page } = session;
      await signInAsStaff(page, session.origin, member);

      await page.goto(session.url("/staff/p/northshire/actions?new=1"));
      // Only the member's own group is offered.
      expect(await page.locator("#entry-groupId option").allInnerTexts()).toEqual(["Choose one", DEMO_STRATEGY[0]!.name]);
      await page.locator("#entry-groupId").selectOption({ label: DEMO_STRATEGY[0]!.name });
      const theme = await page.locator("#entry-codeId optgroup option").first().getAttribute("value");
      await page.locator("#entry-codeId").selectOption(theme!);
      await page.locator("label", { hasText: "Done" }).click();
      await page.locator("#entry-actionOn").fill("2026-11-02");
      for (const [field, words] of Object.entries(ENGLISH)) await page.locator(`#entry-${field}`).fill(words);
      await clickAndLoad(page, page.getByRole("button", { name: "Save as a draft" }));
      expect(new URL(page.url()).searchParams.get("done")).toBe("created");
      await expectNoAxeViolations(page, "an entry, just saved", { javaScript: false });

      await page.locator("#tr-language").selectOption("ar");
      for (const [field, words] of Object.entries(ARABIC)) await page.locator(`#tr-${field}`).fill(words);
      await clickAndLoad(page, page.getByRole("button", { name: "Save the translation" }));
      expect(new URL(page.url()).searchParams.get("done")).toBe("translated");
      await clickAndLoad(page, page.getByRole("button", { name: "Publish" }));
      expect(await page.locator("[data-entry-state]").getAttribute("data-entry-state")).toBe("published");

      // The public page, in English: children's words by default, the adults' a link away.
      await page.goto(session.url("/you-said-we-did?p=northshire&lng=en"));
      expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
      const list = page.locator(".you-said-list");
      expect(await list.innerText()).toContain(ENGLISH.heardForChildren);
      expect(await list.innerText()).toContain(ENGLISH.didForChildren);
      expect(await list.innerText()).toContain("We did this on 2 November 2026.");
      await expectNoAxeViolations(page, "You said, we did (English)", { javaScript: false });
      await expectReflow(page, "You said, we did (English)");
      await clickAndLoad(page, page.locator("a[data-readers=adults]"));
      expect(await page.locator(".you-said-list").innerText()).toContain(ENGLISH.heardForAdults);

      // In Arabic: right to left, the translation in the page's language, the rest in English marked as such.
      await page.goto(session.url("/you-said-we-did?p=northshire&lng=ar"));
      expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
      expect(await page.locator("html").getAttribute("lang")).toBe("ar");
      const entry = page.locator(".you-said-entry", { hasText: ARABIC.heardForChildren });
      expect(await entry.count()).toBe(1);
      expect(await entry.locator("[lang]").count()).toBe(0);
      expect(await entry.innerText()).toContain(ARABIC.didForChildren);
      const untranslated = page.locator(".you-said-entry p[lang=en]", { hasText: DEMO_STRATEGY[0]!.entry.texts.en.heardForChildren });
      expect(await untranslated.count()).toBe(1);
      expect(await untranslated.getAttribute("dir")).toBe("ltr");
      expect(await page.locator("h1").innerText()).toBe("قلتم، ففعلنا");
      await expectNoAxeViolations(page, "You said, we did (Arabic)", { javaScript: false });
      await expectReflow(page, "You said, we did (Arabic)");
    });
  });
});
