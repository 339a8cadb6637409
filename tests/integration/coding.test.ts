import type { AppLoadContext } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, codebookCodes, codeSuggestions, codings, partnerships, quotes, surveys } from "#db/schema/index.ts";
import { ensureCodebook, listCodes } from "~/modules/coding/codebook.server";
import { acceptedCodeCounts, type CodingScreen } from "~/modules/coding/codings.server";
import { approvedQuotes } from "~/modules/coding/quotes.server";
import type { Agreement } from "~/modules/coding/samples.server";
import { suggestForItems } from "~/modules/coding/suggestions.server";
import { seedDemo } from "~/modules/demo/seed.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { csrfTokenFor } from "~/modules/staff/csrf.server";
import { hashToken } from "~/modules/staff/session.server";
import { DEFAULT_CODEBOOK } from "~/modules/themes/codebook";
import type { CodeSuggestion, LearnedExample } from "~/modules/themes/suggest";
import * as codebookPage from "~/routes/staff-p-codebook";
import * as codingPage from "~/routes/staff-p-coding";
import * as samplesPage from "~/routes/staff-p-coding-samples";
import * as emergingPage from "~/routes/staff-p-themes-emerging";
import * as quotesPage from "~/routes/staff-p-quotes";
import { addSuggestions, addTextItems, partnershipId } from "../support/coding";
import type { TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

// The analyser's suggester is another helper's work: a fake stands in for it
// (the routes call the real module, mocked here; the modules take it as a parameter too).
const fakeSuggest = vi.hoisted(() => vi.fn());
vi.mock("~/modules/themes/suggest", () => ({
  suggestCodes: (...args: unknown[]) => fakeSuggest(...args),
  sentimentOf: () => "neutral",
}));

const t = setUpTestDatabase();
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

type RouteFn = (args: { context: AppLoadContext; request: Request; params: Record<string, string> }) => Promise<unknown>;
const P = "northshire";
const BASE = `/staff/p/${P}`;

function csrfOf(client: TestClient): string {
  const token = client.cookie.split("=")[1]!;
  return csrfTokenFor(context(), { session: { tokenHash: hashToken(token) } as never });
}

function get(client: TestClient, mod: { loader: unknown }, path: string, partnership = P) {
  return client.run((ctx, request) => (mod.loader as RouteFn)({ context: ctx, request, params: { partnership } }), client.request(path));
}

function post(client: TestClient, mod: { action: unknown }, path: string, form: Record<string, string | string[]>, partnership = P) {
  return client.run(
    (ctx, request) => (mod.action as RouteFn)({ context: ctx, request, params: { partnership } }),
    client.request(path, { ...form, csrf: csrfOf(client) }),
  );
}

const screenOf = (result: { data: unknown }) => (result.data as { screen: CodingScreen }).screen;

let northshire = "";
let analyst: TestClient;
let second: TestClient;
let analystId = "";
let secondId = "";

async function codeId(code: string, pid = northshire) {
  const [row] = await t.db.select({ id: codebookCodes.id }).from(codebookCodes).where(and(eq(codebookCodes.partnershipId, pid), eq(codebookCodes.code, code)));
  return row!.id;
}

/** The fake suggester: "food" suggests basic_needs, "school" suggests school. */
function keywordSuggester(text: string): CodeSuggestion[] {
  const out: CodeSuggestion[] = [];
  if (/food|hungry/i.test(text)) out.push({ code: "basic_needs", score: 0.8, reason: { phrases: [text.match(/food|hungry/i)![0]], similar: [] } });
  if (/school/i.test(text)) out.push({ code: "school", score: 0.7, reason: { phrases: ["school"], similar: [] } });
  return out;
}

describe(`theme coding on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetPartnerships();
    await seedDemo(t.db);
    northshire = await partnershipId(t.db, P);
    fakeSuggest.mockReset();
    fakeSuggest.mockImplementation(keywordSuggester);
    const a = await createStaffUser(t.db, { email: "ana@northshire.test", roles: ["analyst"], partnershipSlug: P });
    const b = await createStaffUser(t.db, { email: "ben@northshire.test", roles: ["analyst"], partnershipSlug: P });
    analystId = a.id;
    secondId = b.id;
    analyst = await signedInClient(context, t.db, a.id);
    second = await signedInClient(context, t.db, b.id);
  });

  it("seeds the 16 built-in codes once, however often and however many at once", async () => {
    await ensureCodebook(t.db, northshire);
    await Promise.all([ensureCodebook(t.db, northshire), ensureCodebook(t.db, northshire)]);
    const rows = await t.db.select().from(codebookCodes).where(eq(codebookCodes.partnershipId, northshire));
    expect(rows).toHaveLength(16);
    expect(rows.map((r) => r.code).sort()).toEqual(DEFAULT_CODEBOOK.map((c) => c.code).sort());
    expect(rows.every((r) => r.builtIn && r.staffDescription && r.childDescription && r.examplePhrases.length > 0)).toBe(true);
  });

  it("codebook: edit, add (audited), refuse a bad or taken code, archive a custom code only", async () => {
    const basic = await codeId("basic_needs");
    const saved = await post(analyst, codebookPage, `${BASE}/codebook`, {
      intent: "save",
      codeId: basic,
      label: "Food, clothes and warmth",
      staffDescription: "Food and the like.",
      childDescription: "",
      examplePhrases: "no food\nempty fridge\n\nno food",
    });
    expect(saved.status).toBe(302);
    const [row] = await t.db.select().from(codebookCodes).where(eq(codebookCodes.id, basic));
    expect(row).toMatchObject({ label: "Food, clothes and warmth", code: "basic_needs", examplePhrases: ["no food", "empty fridge"] });

    const bad = await post(analyst, codebookPage, `${BASE}/codebook`, { intent: "add", code: "Bus Fares", label: "Bus fares", staffDescription: "x", childDescription: "", examplePhrases: "" });
    expect(bad.status).toBe(400);
    expect((bad.data as { errors: Record<string, string> }).errors.code).toBe("coding:errors.codeFormat");
    const taken = await post(analyst, codebookPage, `${BASE}/codebook`, { intent: "add", code: "school", label: "S", staffDescription: "x", childDescription: "", examplePhrases: "" });
    expect((taken.data as { errors: Record<string, string> }).errors.code).toBe("coding:errors.codeTaken");

    const added = await post(analyst, codebookPage, `${BASE}/codebook`, {
      intent: "add",
      code: "bus_fares",
      label: "Bus fares",
      staffDescription: "The cost of getting about.",
      childDescription: "",
      examplePhrases: "bus fare, too expensive",
    });
    expect(added).toMatchObject({ status: 302, location: `${BASE}/codebook?done=added` });
    const bus = await codeId("bus_fares");
    expect((await listCodes(t.db, northshire)).map((c) => c.code)).toContain("bus_fares");

    expect((await post(analyst, codebookPage, `${BASE}/codebook`, { intent: "archive", codeId: basic })).status).toBe(400);
    expect((await post(analyst, codebookPage, `${BASE}/codebook`, { intent: "archive", codeId: bus })).status).toBe(302);
    expect((await listCodes(t.db, northshire)).map((c) => c.code)).not.toContain("bus_fares");

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.partnershipId, northshire));
    expect(audit.filter((a) => a.action === "code_created").map((a) => a.subjectId)).toEqual([bus]);
    expect(audit.filter((a) => a.action === "code_changed").map((a) => a.subjectId).sort()).toEqual([basic, bus].sort());
    // Ids and codes only: nothing anyone typed.
    expect(JSON.stringify(audit)).not.toMatch(/Bus fares|getting about|Food, clothes/);
  });

  it("stores suggestions once per text, from the partnership's codebook, and shows them with why", async () => {
    const [food, school, other] = await addTextItems(t.db, P, [
      { text: "There is never enough food at home.", surveySlug: "demo-young-people" },
      { text: "School is fine but the homework is a lot.", surveySlug: "demo-young-people" },
      { text: "Nothing to say." },
    ]);
    const first = await get(analyst, codingPage, `${BASE}/coding`);
    expect(first.status).toBe(200);
    const screen = screenOf(first);
    expect(screen.item!.id).toBe(food);
    expect(screen.item!.question).toBe("What one thing would make life better for young people here?");
    expect(screen.item!.surveyTitle).toBeTruthy();
    expect(screen.suggestions.map((s) => [s.code, s.phrases])).toEqual([["basic_needs", ["food"]]]);
    expect(screen.total).toBe(3);
    expect(screen.coded).toBe(0);
    // The codebook handed to the suggester is the partnership's (16 codes).
    expect((fakeSuggest.mock.calls[0]![1] as unknown[]).length).toBe(16);
    const calls = fakeSuggest.mock.calls.length;
    expect(calls).toBe(3);

    await get(analyst, codingPage, `${BASE}/coding`);
    await get(analyst, codingPage, `${BASE}/coding?item=${school}`);
    // Texts with suggestions are not analysed again; the one with none may be.
    const again = fakeSuggest.mock.calls.slice(calls).map((c) => c[0]);
    expect(again).not.toContain("There is never enough food at home.");
    expect(again).not.toContain("School is fine but the homework is a lot.");
    const stored = await t.db.select().from(codeSuggestions);
    expect(stored).toHaveLength(2);
    expect(await suggestForItems(t.db, northshire, [food!, school!], fakeSuggest)).toBe(0);
    expect(other).toBeTruthy();
  });

  it("accept, reject and add: one row per coder per code; accepted codes are what counts", async () => {
    const [food, school] = await addTextItems(t.db, P, [
      { text: "I go to school hungry because there is no food.", surveySlug: "demo-young-people" },
      { text: "My school is good.", surveySlug: "demo-young-people" },
    ]);
    await get(analyst, codingPage, `${BASE}/coding`);
    const basic = await codeId("basic_needs");
    const schoolCode = await codeId("school");
    const health = await codeId("health");

    const accepted = await post(analyst, codingPage, `${BASE}/coding`, { intent: "accept", item: food!, code: basic, todo: "1" });
    expect(accepted).toMatchObject({ status: 302, location: `${BASE}/coding?todo=1&item=${food}` });
    await post(analyst, codingPage, `${BASE}/coding`, { intent: "reject", item: food!, code: schoolCode });
    await post(analyst, codingPage, `${BASE}/coding`, { intent: "add", item: food!, code: health });
    // Changing one's mind updates the same row.
    await post(analyst, codingPage, `${BASE}/coding`, { intent: "reject", item: food!, code: basic });
    await post(analyst, codingPage, `${BASE}/coding`, { intent: "accept", item: food!, code: basic });
    const noCode = await post(analyst, codingPage, `${BASE}/coding`, { intent: "add", item: food!, code: "" });
    expect(noCode.status).toBe(400);

    const rows = await t.db.select().from(codings).where(eq(codings.textItemId, food!));
    expect(rows.map((r) => [r.codeId, r.decision, r.coderId]).sort()).toEqual(
      [
        [basic, "accepted", analystId],
        [schoolCode, "rejected", analystId],
        [health, "accepted", analystId],
      ].sort(),
    );

    const screen = screenOf(await get(analyst, codingPage, `${BASE}/coding?item=${food}`));
    expect(screen.suggestions.find((s) => s.code === "basic_needs")!.decision).toBe("accepted");
    expect(screen.suggestions.find((s) => s.code === "school")!.decision).toBe("rejected");
    expect(screen.added.map((a) => a.code)).toEqual(["health"]);
    expect(screen.coded).toBe(1);
    expect(screen.nextId).toBe(school);

    // "Not yet coded" leaves the coded text out.
    const todo = screenOf(await get(analyst, codingPage, `${BASE}/coding?todo=1`));
    expect(todo.item!.id).toBe(school);
    expect(todo.inView).toBe(1);

    // The second analyst accepts school on the first text too: each text counts once per code.
    await post(second, codingPage, `${BASE}/coding`, { intent: "accept", item: food!, code: schoolCode });
    await post(second, codingPage, `${BASE}/coding`, { intent: "accept", item: food!, code: basic });
    const counts = await acceptedCodeCounts(t.db, northshire);
    const byCode = Object.fromEntries(counts.map((c) => [c.code, c.texts]));
    expect(byCode).toMatchObject({ basic_needs: 1, school: 1, health: 1, money_housing: 0 });
    const [young] = await t.db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, "demo-parents"));
    expect((await acceptedCodeCounts(t.db, northshire, { surveyId: young!.id })).every((c) => c.texts === 0)).toBe(true);
    // Outside the main screen, the others' accepted codes are shown.
    const seen = screenOf(await get(analyst, codingPage, `${BASE}/coding?item=${food}`));
    expect(seen.othersAccepted!.map((o) => o.code).sort()).toEqual(["basic_needs", "school"]);
  });

  it("suggestions learn from the partnership's accepted codes (passed as learned examples)", async () => {
    const [first] = await addTextItems(t.db, P, [{ text: "We are always hungry at the end of the month." }]);
    await get(analyst, codingPage, `${BASE}/coding`);
    await post(analyst, codingPage, `${BASE}/coding`, { intent: "accept", item: first!, code: await codeId("basic_needs") });
    await post(analyst, codingPage, `${BASE}/coding`, { intent: "add", item: first!, code: await codeId("money_housing") });
    const [later] = await addTextItems(t.db, P, [{ text: "Money is tight." }]);
    fakeSuggest.mockClear();
    await get(analyst, codingPage, `${BASE}/coding?item=${later}`);
    const call = fakeSuggest.mock.calls.find((c) => c[0] === "Money is tight.")!;
    expect(call[2] as LearnedExample[]).toEqual([{ id: first, text: "We are always hungry at the end of the month.", codes: ["basic_needs", "money_housing"] }]);
  });

  it("a blind sample hides the other analyst's decisions; the agreement page shows kappa per code", async () => {
    const ids = await addTextItems(
      t.db,
      P,
      ["no food at home", "hungry at school", "school is ok", "food bank", "the park", "bored"].map((text) => ({ text })),
    );
    const made = await post(analyst, samplesPage, `${BASE}/coding/samples`, { intent: "create", name: "March double coding", size: "6" });
    expect(made.status).toBe(302);
    const samples = (await get(analyst, samplesPage, `${BASE}/coding/samples`)).data as { samples: { id: string; items: number; name: string }[] };
    expect(samples.samples).toMatchObject([{ name: "March double coding", items: 6 }]);
    const sample = samples.samples[0]!.id;
    const bad = await post(analyst, samplesPage, `${BASE}/coding/samples`, { intent: "create", name: "", size: "1" });
    expect(bad.status).toBe(400);

    const basic = await codeId("basic_needs");
    // Ana: basic_needs yes on items 0, 1, 3; no on 2 (rejected), and decides on all but item 5.
    // Ben: basic_needs yes on 0, 1; no on 3; codes 0..4.
    const decideAll = async (client: TestClient, plan: [number, "accept" | "reject"][]) => {
      for (const [i, intent] of plan) await post(client, codingPage, `${BASE}/coding`, { intent, item: ids[i]!, code: basic, sample });
    };
    await decideAll(analyst, [
      [0, "accept"],
      [1, "accept"],
      [2, "reject"],
      [3, "accept"],
      [4, "reject"],
    ]);
    const blind = screenOf(await get(second, codingPage, `${BASE}/coding?sample=${sample}&item=${ids[0]}`));
    expect(blind.sample!.name).toBe("March double coding");
    expect(blind.othersAccepted).toBeNull();
    expect(blind.suggestions.find((s) => s.code === "basic_needs")?.decision ?? null).toBeNull();
    // In a sample, "coded" is per coder: Ben has coded nothing yet.
    expect(blind.coded).toBe(0);
    expect(blind.total).toBe(6);
    await decideAll(second, [
      [0, "accept"],
      [1, "accept"],
      [2, "reject"],
      [3, "reject"],
      [4, "reject"],
    ]);
    // School: Ana yes on item 2 only, Ben yes on 1 and 2.
    const school = await codeId("school");
    await post(analyst, codingPage, `${BASE}/coding`, { intent: "add", item: ids[2]!, code: school, sample });
    await post(second, codingPage, `${BASE}/coding`, { intent: "add", item: ids[1]!, code: school, sample });
    await post(second, codingPage, `${BASE}/coding`, { intent: "add", item: ids[2]!, code: school, sample });

    const page = await get(analyst, samplesPage, `${BASE}/coding/samples?sample=${sample}`);
    const agreement = (page.data as { agreement: Agreement }).agreement;
    expect(agreement.items).toBe(6);
    expect(agreement.bothCoded).toBe(5);
    expect(agreement.coders.map((c) => c.name).sort()).toEqual(["ana", "ben"]);
    const byCode = Object.fromEntries(agreement.codes.map((c) => [c.code, c.result]));
    // basic_needs over 5 texts: A yyny n... A = [y,y,n,y,n], B = [y,y,n,n,n]; po = 4/5;
    // pA = 3/5, pB = 2/5; pe = .24 + .24 = .48; kappa = (.8 - .48) / .52
    expect(byCode.basic_needs!.kappa).toBeCloseTo(0.32 / 0.52, 10);
    // school: A = [n,n,y,n,n], B = [n,y,y,n,n]; po = .8; pA = .2, pB = .4; pe = .08 + .48 = .56; kappa = .24/.44
    expect(byCode.school!.kappa).toBeCloseTo(0.24 / 0.44, 10);
    // Decisions on a sample are ordinary codings too: outside the sample, Ana sees Ben's.
    const open = screenOf(await get(analyst, codingPage, `${BASE}/coding?item=${ids[1]}`));
    expect(open.othersAccepted!.map((o) => o.code).sort()).toEqual(["basic_needs", "school"]);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "coding_sample_created"));
    expect(audit).toHaveLength(1);
  });

  it("groups texts the codebook misses, and makes a code from a group (audited, then suggested for its texts)", async () => {
    fakeSuggest.mockImplementation(() => []);
    const ids = await addTextItems(t.db, P, [
      { text: "The bus to town costs too much and the buses are always late." },
      { text: "Buses are late and the bus fare is too high." },
      { text: "I wait ages for the bus, it is always late." },
      { text: "There is never enough food." },
      { text: "Wifi keeps cutting out at home." },
    ]);
    // A text with a sure suggestion is covered: not grouped.
    await addSuggestions(t.db, P, ids[3]!, [{ code: "basic_needs", score: 0.9, phrases: ["food"] }]);
    const page = await get(analyst, emergingPage, `${BASE}/themes/emerging?group=0`);
    const data = page.data as { uncovered: number; groups: { keyWords: string[]; itemIds: string[]; prefill: Record<string, string> }[]; making: number | null };
    expect(data.uncovered).toBe(4);
    expect(data.groups).toHaveLength(1);
    const group = data.groups[0]!;
    expect(group.itemIds.sort()).toEqual(ids.slice(0, 3).sort());
    expect(group.keyWords[0]).toBe("bus");
    expect(group.prefill.code).toMatch(/^bus/);
    expect(data.making).toBe(0);

    const made = await post(analyst, emergingPage, `${BASE}/themes/emerging`, {
      intent: "make",
      group: "0",
      items: group.itemIds,
      code: "transport",
      label: "Getting about",
      staffDescription: "Buses, fares and getting about.",
      childDescription: "",
      examplePhrases: "bus\nlate",
    });
    expect(made.status).toBe(302);
    const transport = await codeId("transport");
    expect(made.location).toBe(`${BASE}/themes/emerging?made=${transport}`);
    const suggested = await t.db.select().from(codeSuggestions).where(eq(codeSuggestions.codeId, transport));
    expect(suggested.map((s) => s.textItemId).sort()).toEqual(ids.slice(0, 3).sort());
    expect(suggested[0]!.reason.phrases).toContain("bus");
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "code_created"), eq(auditLog.subjectId, transport)));
    expect(audit[0]!.details).toEqual({ source: "emergent_group" });
    // Now suggested, the group's texts are covered: no group left.
    const after = (await get(analyst, emergingPage, `${BASE}/themes/emerging`)).data as { groups: unknown[] };
    expect(after.groups).toHaveLength(0);
    // A bad code is refused with the values kept.
    const bad = await post(analyst, emergingPage, `${BASE}/themes/emerging`, { intent: "make", group: "0", code: "transport", label: "x", staffDescription: "y" });
    expect(bad.status).toBe(400);
  });

  it("proposes short varied quotes from redacted texts with an accepted code; approving is audited; only approved are ready", async () => {
    const texts = [
      "We never have enough food at home by the end of the month.",
      "We never have enough food at home by the end of the week.",
      "My mum skips meals so that [name] and me can eat something. She says she is fine.",
      "The fridge is empty most days and I go to school hungry. Nobody notices.",
      "Free school meals are the only proper meal I get in a day.",
      "Sometimes the food bank at [place] is closed when we need it most.",
      "I take extra bread from school lunch to bring home for later.",
    ];
    const ids = await addTextItems(t.db, P, texts.map((text) => ({ text })));
    const basic = await codeId("basic_needs");
    for (const id of ids) await post(analyst, codingPage, `${BASE}/coding`, { intent: "add", item: id, code: basic });

    const overview = (await get(analyst, quotesPage, `${BASE}/quotes`)).data as { overview: { code: string; texts: number }[] };
    expect(overview.overview.find((c) => c.code === "basic_needs")!.texts).toBe(7);
    const page = await get(analyst, quotesPage, `${BASE}/quotes?code=${basic}`);
    const proposed = (page.data as { quotes: { quotes: { id: string; excerpt: string; status: string }[] } }).quotes.quotes;
    expect(proposed).toHaveLength(5);
    for (const q of proposed) {
      expect(q.status).toBe("proposed");
      expect(q.excerpt.length).toBeLessThanOrEqual(200);
      expect(texts.some((text) => text.startsWith(q.excerpt))).toBe(true);
    }
    expect(proposed.filter((q) => q.excerpt.startsWith("We never have enough food"))).toHaveLength(1);
    expect(await approvedQuotes(t.db, northshire, basic)).toEqual([]);

    const approved = await post(analyst, quotesPage, `${BASE}/quotes`, { intent: "approve", quote: proposed[0]!.id });
    expect(approved).toMatchObject({ status: 302, location: `${BASE}/quotes?code=${basic}` });
    await post(analyst, quotesPage, `${BASE}/quotes`, { intent: "reject", quote: proposed[1]!.id });
    const ready = await approvedQuotes(t.db, northshire, basic);
    expect(ready.map((q) => q.excerpt)).toEqual([proposed[0]!.excerpt]);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "quote_approved"));
    expect(audit.map((a) => a.subjectId)).toEqual([proposed[0]!.id]);
    expect(JSON.stringify(audit)).not.toContain(proposed[0]!.excerpt);
    // After a rejection, another is proposed if the texts allow (five live ones at most).
    const again = (await get(analyst, quotesPage, `${BASE}/quotes?code=${basic}`)).data as { quotes: { quotes: unknown[]; rejected: number } };
    expect(again.quotes.rejected).toBe(1);
    expect(again.quotes.quotes.length).toBeLessThanOrEqual(5);
    const rows = await t.db.select().from(quotes);
    expect(rows.every((r) => texts.some((text) => text.startsWith(r.excerpt)))).toBe(true);
  });

  it("never shows another partnership's texts, codes, samples or quotes (404), nor codes them", async () => {
    const [northshireRow] = await t.db.select().from(partnerships).where(eq(partnerships.slug, P));
    await t.db.insert(partnerships).values({ slug: "southvale", name: "Southvale", helpContacts: northshireRow!.helpContacts });
    const southvale = await partnershipId(t.db, "southvale");
    const [foreign] = await addTextItems(t.db, "southvale", [{ text: "A Southvale answer about food." }]);
    await ensureCodebook(t.db, southvale);
    const foreignCode = await codeId("basic_needs", southvale);
    await addTextItems(t.db, P, [{ text: "A Northshire answer about food." }]);

    expect((await get(analyst, codingPage, `${BASE}/coding?item=${foreign}`)).status).toBe(404);
    expect((await get(analyst, codingPage, `${BASE}/coding?item=not-a-uuid`)).status).toBe(404);
    expect((await get(analyst, quotesPage, `${BASE}/quotes?code=${foreignCode}`)).status).toBe(404);
    const screen = screenOf(await get(analyst, codingPage, `${BASE}/coding`));
    expect(screen.total).toBe(1);
    expect(screen.item!.redacted).toBe("A Northshire answer about food.");
    // Their own code on our text, and our code on their text: refused, nothing stored.
    expect((await post(analyst, codingPage, `${BASE}/coding`, { intent: "accept", item: foreign!, code: await codeId("basic_needs") })).status).toBe(400);
    expect((await post(analyst, codingPage, `${BASE}/coding`, { intent: "accept", item: screen.item!.id, code: foreignCode })).status).toBe(400);
    expect(await t.db.select().from(codings)).toEqual([]);
    // A Southvale sample is not found from Northshire.
    const southAnalyst = await createStaffUser(t.db, { email: "sam@southvale.test", roles: ["analyst"], partnershipSlug: "southvale" });
    const south = await signedInClient(context, t.db, southAnalyst.id);
    await post(south, samplesPage, `/staff/p/southvale/coding/samples`, { intent: "create", name: "S", size: "2" }, "southvale");
    const southSamples = (await get(south, samplesPage, `/staff/p/southvale/coding/samples`, "southvale")).data as { samples: { id: string }[] };
    expect((await get(analyst, samplesPage, `${BASE}/coding/samples?sample=${southSamples.samples[0]!.id}`)).status).toBe(404);
    expect((await get(analyst, codingPage, `${BASE}/coding?sample=${southSamples.samples[0]!.id}`)).status).toBe(404);
    // Nor is it reachable as Southvale's page by a Northshire analyst.
    expect((await get(analyst, codingPage, `/staff/p/southvale/coding`, "southvale")).status).toBe(404);
    expect(secondId).toBeTruthy();
  });
});
