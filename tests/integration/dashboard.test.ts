import { randomUUID } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { asc, eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from "react-router-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import {
  codebookCodes,
  codeSuggestions,
  codings,
  feedback,
  partnerships,
  responses,
  settingLinks,
  surveyVersions,
  surveys,
  textItems,
  triageFlags,
} from "#db/schema/index.ts";
import { dashboardCounts, protectDashboard } from "~/modules/dashboard/dashboard.server";
import { loadDashboardPage } from "~/modules/dashboard/page.server";
import { seedDemo } from "~/modules/demo/seed.server";
import { i18nForRequest } from "~/modules/i18n/i18n.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { MIN_SHOWN, type Disclosed, type ProtectedTable } from "~/modules/reports/suppression";
import type { StaffRole } from "~/modules/staff/roles";
import DashboardPage, { loader } from "~/routes/staff-p-dashboard";
import { TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

const t = setUpTestDatabase();
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

/** A Monday. The 12 months run from 1 December 2025. */
const TODAY = "2026-11-23";
const URL_ = "/staff/p/northshire/dashboard";

type Channel = "web" | "kiosk" | "school_link" | "paper";

const ids = {
  northshire: "",
  southvale: "",
  surveys: {} as Record<string, string>,
  settingA: "",
  settingB: "",
  coder1: "",
  coder2: "",
};

async function versionOf(surveyId: string): Promise<string> {
  const [version] = await t.db.select({ id: surveyVersions.id }).from(surveyVersions).where(eq(surveyVersions.surveyId, surveyId)).orderBy(asc(surveyVersions.version));
  return version!.id;
}

/** `n` responses to a survey on a day, in one insert; returns their ids. */
async function addResponses(
  slug: string,
  channel: Channel,
  day: string,
  n: number,
  { settingId = null, status = "submitted" }: { settingId?: string | null; status?: "submitted" | "in_progress" } = {},
): Promise<string[]> {
  const surveyId = ids.surveys[slug]!;
  const versionId = await versionOf(surveyId);
  const rows = Array.from({ length: n }, () => ({
    id: randomUUID(),
    surveyId,
    surveyVersionId: versionId,
    channel,
    status,
    startedOn: day,
    submittedOn: status === "submitted" ? day : null,
    settingId,
  }));
  await t.db.insert(responses).values(rows);
  return rows.map((r) => r.id);
}

/** One text item per response (question one-change), received the day the response was sent. */
async function addTexts(partnershipId: string, surveyId: string, responseIds: string[], day: string): Promise<string[]> {
  const rows = await t.db
    .insert(textItems)
    .values(responseIds.map((responseId) => ({ partnershipId, surveyId, responseId, questionId: "one-change", questionCode: "one-change", redacted: "words", receivedOn: day })))
    .returning({ id: textItems.id });
  return rows.map((r) => r.id);
}

/** `n` pieces of feedback on a day, each with its text item; returns the text items' ids. */
async function addFeedback(partnershipId: string, day: string, n: number): Promise<string[]> {
  const rows = Array.from({ length: n }, () => ({ id: randomUUID(), partnershipId, text: "words", receivedOn: day }));
  await t.db.insert(feedback).values(rows);
  const items = await t.db
    .insert(textItems)
    .values(rows.map((f) => ({ partnershipId, feedbackId: f.id, redacted: "words", receivedOn: day })))
    .returning({ id: textItems.id });
  return items.map((r) => r.id);
}

async function codeIds(): Promise<string[]> {
  const rows = await t.db.select({ id: codebookCodes.id }).from(codebookCodes).where(eq(codebookCodes.partnershipId, ids.northshire)).orderBy(asc(codebookCodes.code));
  return rows.map((r) => r.id);
}

async function staffClient(role: StaffRole, partnershipSlug = "northshire") {
  const user = await createStaffUser(t.db, { email: `${role}-${randomUUID().slice(0, 8)}@${partnershipSlug}.test`, roles: [role], partnershipSlug });
  return signedInClient(context, t.db, user.id);
}

/**
 * The seeded answers (Northshire, 1 December 2025 to 23 November 2026):
 *   Nov 2026: young people's survey: web 23, kiosk 3, school link 12 (Oakfield Primary)
 *   Oct 2026: young people's survey: web 15, school link 5 (Hill Top Youth Club), paper 4
 *   Sep 2026: parents' survey: kiosk 11
 *   Aug 2026: children's survey: web 2
 * and, not counted: 30 sent in November 2025, 7 not sent, Southvale's 20.
 */
async function seed() {
  forgetPartnerships();
  await seedDemo(t.db);
  const [northshire] = await t.db.select().from(partnerships).where(eq(partnerships.slug, "northshire"));
  ids.northshire = northshire!.id;
  const [southvale] = await t.db
    .insert(partnerships)
    .values({ slug: "southvale", name: "Southvale Safeguarding Children Partnership", helpContacts: northshire!.helpContacts })
    .returning({ id: partnerships.id });
  ids.southvale = southvale!.id;
  for (const row of await t.db.select({ id: surveys.id, slug: surveys.slug }).from(surveys)) ids.surveys[row.slug] = row.id;
  // Southvale's own survey, sharing the young people's definition.
  const [yp] = await t.db.select().from(surveyVersions).where(eq(surveyVersions.surveyId, ids.surveys["demo-young-people"]!));
  const [sv] = await t.db.insert(surveys).values({ partnershipId: ids.southvale, slug: "southvale-young-people", audience: "young_people", status: "published" }).returning({ id: surveys.id });
  await t.db.insert(surveyVersions).values({ surveyId: sv!.id, version: 1, definition: yp!.definition, publishedAt: new Date() });
  ids.surveys["southvale-young-people"] = sv!.id;

  const link = (name: string) => ({ partnershipId: ids.northshire, surveyId: ids.surveys["demo-young-people"]!, code: randomUUID().slice(0, 10), name, kind: "school" as const });
  const [a, b] = await t.db.insert(settingLinks).values([link("Oakfield Primary"), link("Hill Top Youth Club")]).returning({ id: settingLinks.id });
  ids.settingA = a!.id;
  ids.settingB = b!.id;

  const novWeb = await addResponses("demo-young-people", "web", "2026-11-05", 23);
  const novKiosk = await addResponses("demo-young-people", "kiosk", "2026-11-12", 3);
  await addResponses("demo-young-people", "school_link", "2026-11-20", 12, { settingId: ids.settingA });
  const octWeb = await addResponses("demo-young-people", "web", "2026-10-31", 15);
  await addResponses("demo-young-people", "school_link", "2026-10-01", 5, { settingId: ids.settingB });
  await addResponses("demo-young-people", "paper", "2026-10-15", 4);
  const sepKiosk = await addResponses("demo-parents", "kiosk", "2026-09-30", 11);
  await addResponses("demo-growing-up", "web", "2026-08-01", 2);
  // Not counted: before the period, not sent, another partnership's.
  const old = await addResponses("demo-young-people", "web", "2025-11-30", 30);
  await addResponses("demo-young-people", "web", "2026-11-22", 7, { status: "in_progress" });
  const foreign = await addResponses("southvale-young-people", "web", "2026-11-02", 20);

  // Feedback: 12 in November, 3 in June.
  const novFeedback = await addFeedback(ids.northshire, "2026-11-10", 12);
  const junFeedback = await addFeedback(ids.northshire, "2026-06-15", 3);
  await addFeedback(ids.southvale, "2026-11-10", 11);

  // Texts: the young people's survey 40 (22 coded, 9 waiting, 9 neither), the parents' 5 (none coded), feedback 15 (12 waiting).
  const ypTexts = [
    ...(await addTexts(ids.northshire, ids.surveys["demo-young-people"]!, novWeb, "2026-11-05")),
    ...(await addTexts(ids.northshire, ids.surveys["demo-young-people"]!, octWeb.concat(novKiosk), "2026-10-31")),
  ];
  expect(ypTexts).toHaveLength(41);
  const [outOfPeriod] = await addTexts(ids.northshire, ids.surveys["demo-young-people"]!, old.slice(0, 1), "2025-11-30");
  await addTexts(ids.northshire, ids.surveys["demo-parents"]!, sepKiosk.slice(0, 5), "2026-09-30");
  await addTexts(ids.southvale, ids.surveys["southvale-young-people"]!, foreign, "2026-11-02");
  const [c1, c2] = await Promise.all([
    createStaffUser(t.db, { email: "coder1@northshire.test", roles: ["analyst"], partnershipSlug: "northshire" }),
    createStaffUser(t.db, { email: "coder2@northshire.test", roles: ["analyst"], partnershipSlug: "northshire" }),
  ]);
  ids.coder1 = c1.id;
  ids.coder2 = c2.id;
  const [code1, code2] = await codeIds();
  const coded = ypTexts.slice(0, 22);
  const waiting = ypTexts.slice(22, 31);
  const rejectedOnly = ypTexts.slice(31, 35);
  // ypTexts[35..40] have nothing: 6 of them, and one more dropped below to make 40 in the period.
  await t.db.delete(textItems).where(eq(textItems.id, ypTexts[40]!));
  await t.db.insert(codings).values([
    ...coded.map((id) => ({ textItemId: id, codeId: code1!, coderId: ids.coder1, decision: "accepted" as const })),
    // Accepted by one coder, rejected by the other: still coded.
    { textItemId: coded[0]!, codeId: code1!, coderId: ids.coder2, decision: "rejected" as const },
    ...rejectedOnly.map((id) => ({ textItemId: id, codeId: code1!, coderId: ids.coder1, decision: "rejected" as const })),
    // Out of the period: not counted.
    { textItemId: outOfPeriod!, codeId: code1!, coderId: ids.coder1, decision: "accepted" as const },
  ]);
  const suggestion = (textItemId: string, codeId: string) => ({ textItemId, codeId, score: 0.9, reason: { phrases: [], similar: [] } });
  await t.db.insert(codeSuggestions).values([
    // A coded text with another suggestion waiting still counts as coded.
    suggestion(coded[1]!, code2!),
    ...waiting.map((id) => suggestion(id, code1!)),
    // Suggestions someone has decided on are not waiting.
    ...rejectedOnly.map((id) => suggestion(id, code1!)),
    ...novFeedback.map((id) => suggestion(id, code2!)),
  ]);
  expect(junFeedback).toHaveLength(3);

  // Open triage items: 3 flagged on Monday 16 November (5 working days), 1 on Friday 20th (1), 2 today (0); one reviewed.
  const flag = (responseId: string, flaggedOn: string, partnershipId = ids.northshire) => ({
    partnershipId,
    responseId,
    questionId: "one-change",
    source: "detector" as const,
    flaggedOn,
  });
  await t.db.insert(triageFlags).values([
    flag(novWeb[0]!, "2026-11-16"),
    flag(novWeb[1]!, "2026-11-16"),
    flag(novWeb[2]!, "2026-11-16"),
    flag(novWeb[3]!, "2026-11-20"),
    flag(novWeb[4]!, TODAY),
    flag(novWeb[5]!, TODAY),
    { ...flag(novWeb[6]!, "2026-11-02"), status: "reviewed" as const, outcome: "no_concern" as const, reviewedAt: new Date() },
    flag(foreign[0]!, "2026-11-02", ids.southvale),
  ]);
}

/** A shown count must come from a raw count of at least 10 and be that count rounded to 5. */
function expectProtected(shown: Disclosed | undefined, raw: number) {
  expect(shown).toBeDefined();
  if (raw < MIN_SHOWN) expect(shown).toEqual({ shown: false });
  if (shown?.shown) {
    expect(raw).toBeGreaterThanOrEqual(MIN_SHOWN);
    expect(shown.value % 5).toBe(0);
    expect(Math.abs(shown.value - raw)).toBeLessThanOrEqual(2.5);
  }
}

function expectTableProtects(table: ProtectedTable, cells: number[][]) {
  cells.forEach((row, r) => {
    row.forEach((raw, c) => expectProtected(table.cells[r]![c], raw));
    expectProtected(table.rowTotals[r], row.reduce((a, b) => a + b, 0));
  });
  const columns = cells[0]?.length ?? 0;
  for (let c = 0; c < columns; c += 1) expectProtected(table.columnTotals[c], cells.reduce((a, row) => a + row[c]!, 0));
  expectProtected(table.total, cells.flat().reduce((a, b) => a + b, 0));
}

/** The page as the server draws it, for this person's loader data. */
async function renderPage(data: object): Promise<string> {
  const handler = createStaticHandler([{ id: "dashboard", path: "/staff/p/:partnership/dashboard", loader: () => data, element: createElement(DashboardPage) }]);
  const routerContext = await handler.query(new Request(`http://heard.test${URL_}`));
  if (routerContext instanceof Response) throw new Error("the router answered with a response");
  const router = createStaticRouter(handler.dataRoutes, routerContext);
  const i18n = await i18nForRequest(new Request(`http://heard.test${URL_}`));
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(StaticRouterProvider, { router, context: routerContext, hydrate: false })));
}

async function pageFor(role: StaffRole, range?: string) {
  const client = await staffClient(role);
  const result = await client.run((ctx, request) => loadDashboardPage(ctx, request, "northshire", TODAY), client.request(range ? `${URL_}?range=${range}` : URL_));
  return result.data as Awaited<ReturnType<typeof loadDashboardPage>>;
}

/** The text of every numeric cell of the statistics tables (outside the triage section). */
function statisticCells(html: string): { text: string; percent: boolean }[] {
  const withoutTriage = html.replace(/<section[^>]*data-section="triage"[\s\S]*?<\/section>/, "");
  return [...withoutTriage.matchAll(/<td class="table__cell--numeric"([^>]*)>([\s\S]*?)<\/td>/g)].map((m) => ({
    text: m[2]!.replace(/<[^>]+>/g, "").trim(),
    percent: m[1]!.includes("data-percent"),
  }));
}

describe(`team dashboard on ${testDriver}`, () => {
  beforeEach(seed);

  it("groups sent responses by month and channel, feedback by month, in the database", async () => {
    const counts = await dashboardCounts(t.db, ids.northshire, { range: "12m", today: TODAY, roles: ["analyst"] });
    expect(counts.period.buckets[0]).toBe("2025-12");
    const row = (month: string) => counts.byTimeAndChannel[counts.period.buckets.indexOf(month)];
    // Channels: web, kiosk, school link, paper.
    expect(row("2026-11")).toEqual([23, 3, 12, 0]);
    expect(row("2026-10")).toEqual([15, 0, 5, 4]);
    expect(row("2026-09")).toEqual([0, 11, 0, 0]);
    expect(row("2026-08")).toEqual([2, 0, 0, 0]);
    expect(row("2025-12")).toEqual([0, 0, 0, 0]);
    expect(counts.byTimeAndChannel.flat().reduce((a, b) => a + b, 0)).toBe(75);
    expect(counts.feedbackByTime[counts.period.buckets.indexOf("2026-11")]).toBe(12);
    expect(counts.feedbackByTime[counts.period.buckets.indexOf("2026-06")]).toBe(3);
    expect(counts.feedbackByTime.reduce((a, b) => a + b, 0)).toBe(15);
  });

  it("by quarter: the last 4 calendar quarters", async () => {
    const counts = await dashboardCounts(t.db, ids.northshire, { range: "4q", today: TODAY, roles: ["analyst"] });
    expect(counts.period.buckets).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(counts.byTimeAndChannel[3]).toEqual([38, 3, 17, 4]);
    expect(counts.byTimeAndChannel[2]).toEqual([2, 11, 0, 0]);
    expect(counts.feedbackByTime).toEqual([0, 3, 0, 12]);
  });

  it("by setting (small settings grouped as Other settings) and by audience", async () => {
    const counts = await dashboardCounts(t.db, ids.northshire, { range: "12m", today: TODAY, roles: ["analyst"] });
    expect(counts.settings.rows).toEqual([{ kind: "setting", id: ids.settingA, name: "Oakfield Primary" }, { kind: "other", settings: 1 }, { kind: "none" }]);
    expect(counts.settings.values).toEqual([12, 5, 58]);
    expect(Object.fromEntries(counts.audiences.rows.map((a, i) => [a, counts.audiences.values[i]]))).toEqual({
      children: 2,
      young_people: 62,
      parents: 11,
      professionals: 0,
    });
  });

  it("how much is coded, per survey and for feedback: a text is coded once any coder accepted a code", async () => {
    const counts = await dashboardCounts(t.db, ids.northshire, { range: "12m", today: TODAY, roles: ["analyst"] });
    const byRow = Object.fromEntries(counts.coding.rows.map((r, i) => [r.surveyId ?? "feedback", counts.coding.cells[i]]));
    // [coded, suggestions waiting, neither]
    expect(byRow).toEqual({
      [ids.surveys["demo-young-people"]!]: [22, 9, 9],
      [ids.surveys["demo-parents"]!]: [0, 0, 5],
      feedback: [0, 12, 3],
    });
    expect(counts.coding.rows.at(-1)).toEqual({ surveyId: null, title: null });
    expect(counts.coding.rows.find((r) => r.surveyId === ids.surveys["demo-young-people"])?.title).toBeTruthy();
  });

  it("every shown count is protected: under 10 hidden, the rest rounded to 5; percentages only from shown counts with a base of 10 or more", async () => {
    const counts = await dashboardCounts(t.db, ids.northshire, { range: "12m", today: TODAY, roles: ["analyst"] });
    const shown = protectDashboard(counts);
    expectTableProtects(shown.byTimeAndChannel, counts.byTimeAndChannel);
    expectTableProtects(shown.feedbackByTime, counts.feedbackByTime.map((n) => [n]));
    expectTableProtects(shown.settings.table, counts.settings.values.map((n) => [n]));
    expectTableProtects(shown.audiences.table, counts.audiences.values.map((n) => [n]));
    expectTableProtects(shown.coding.table, counts.coding.cells);
    // Small cells are [c] whatever the secondary suppression does.
    const nov = counts.period.buckets.indexOf("2026-11");
    expect(shown.byTimeAndChannel.cells[nov]![1]).toEqual({ shown: false });
    expect(shown.audiences.table.cells[0]![0]).toEqual({ shown: false });
    shown.coding.rows.forEach((row, i) => {
      const base = counts.coding.cells[i]!.reduce((a, b) => a + b, 0);
      const { coded, waiting } = shown.coding.percentages[i]!;
      const cells = shown.coding.table.cells[i]!;
      const total = shown.coding.table.rowTotals[i]!;
      if (base < MIN_SHOWN) expect([coded, waiting]).toEqual([null, null]);
      // Worked out from the figures as shown, so they cannot be used to undo the rounding.
      expect(coded).toBe(cells[0]!.shown && total.shown ? Math.round((cells[0]!.value / total.value) * 100) : null);
      expect(waiting).toBe(cells[1]!.shown && total.shown ? Math.round((cells[1]!.value / total.value) * 100) : null);
    });
    const parents = shown.coding.rows.findIndex((r) => r.surveyId === ids.surveys["demo-parents"]);
    expect(shown.coding.percentages[parents]).toEqual({ coded: null, waiting: null });
    // The young people's survey (22 of 40 coded; 9 waiting is hidden).
    const yp = shown.coding.rows.findIndex((r) => r.surveyId === ids.surveys["demo-young-people"]);
    expect(shown.coding.percentages[yp]!.waiting).toBeNull();
    if (shown.coding.table.cells[yp]![0]!.shown && shown.coding.table.rowTotals[yp]!.shown) expect(shown.coding.percentages[yp]!.coded).toBe(50);
  });

  it("the rendered page shows [c] for small counts and no number under 10 in any statistics table cell", async () => {
    for (const role of ["analyst", "safeguarding_lead", "partnership_admin"] as const) {
      const html = await renderPage(await pageFor(role));
      const cells = statisticCells(html);
      expect(cells.length).toBeGreaterThan(50);
      expect(cells.filter((c) => c.text === "[c]").length).toBeGreaterThan(5);
      for (const cell of cells) {
        if (cell.text === "[c]") continue;
        if (cell.percent) {
          expect(cell.text).toMatch(/^\d{1,3}%$/);
          continue;
        }
        expect(cell.text, `a shown count: ${cell.text}`).toMatch(/^[\d,]+$/);
        const n = Number(cell.text.replace(/,/g, ""));
        expect(n).toBeGreaterThanOrEqual(MIN_SHOWN);
        expect(n % 5).toBe(0);
      }
      // The charts' drawn values too.
      for (const m of html.matchAll(/<text[^>]*class="chart__value"[^>]*>([^<]*)<\/text>/g)) {
        expect(m[1] === "[c]" || Number(m[1]!.replace(/,/g, "")) >= MIN_SHOWN, `chart value ${m[1]}`).toBe(true);
      }
      // The raw counts that are small never appear as a figure: e.g. 3 kiosk answers in November.
      expect(html).toContain("Oakfield Primary");
      expect(html).toContain("Other settings (1 setting)");
      expect(html).toMatch(/<svg[^>]*class="chart__svg"[^>]*aria-hidden="true"/);
    }
  });

  it("open triage items, oldest first, with their age in working days: only for roles that may open triage", async () => {
    const lead = await pageFor("safeguarding_lead");
    expect(lead.dashboard.triage).toEqual({
      open: 6,
      overdue: 3,
      days: [
        { flaggedOn: "2026-11-16", items: 3, workingDays: 5, dueBy: "2026-11-17", overdue: true },
        { flaggedOn: "2026-11-20", items: 1, workingDays: 1, dueBy: "2026-11-23", overdue: false },
        { flaggedOn: TODAY, items: 2, workingDays: 0, dueBy: "2026-11-24", overdue: false },
      ],
    });
    expect(lead.links.triage).toBe(true);
    const leadHtml = await renderPage(lead);
    expect(leadHtml).toContain('data-section="triage"');
    expect(leadHtml).toContain('href="/staff/p/northshire/triage?status=new"');
    expect(leadHtml).toMatch(/data-flagged-on="2026-11-16"[\s\S]*data-flagged-on="2026-11-20"[\s\S]*data-flagged-on="2026-11-23"/);
    // Safeguarding leads may not open the coding page: counts, no links to it.
    expect(lead.links.coding).toBe(false);
    expect(leadHtml).not.toContain("/staff/p/northshire/coding");

    const admin = await pageFor("partnership_admin");
    expect(admin.dashboard.triage?.open).toBe(6);

    const analyst = await pageFor("analyst");
    expect(analyst.dashboard.triage).toBeNull();
    expect(analyst.links.triage).toBe(false);
    const analystHtml = await renderPage(analyst);
    expect(analystHtml).not.toContain('data-section="triage"');
    expect(analystHtml).not.toContain("/triage");
    expect(analystHtml).not.toMatch(/triage/i);
    // Analysts get the coding links, with the survey filter and only texts still to code.
    expect(analystHtml).toContain(`href="/staff/p/northshire/coding?survey=${ids.surveys["demo-young-people"]}&amp;todo=1"`);
  });

  it("the period form: quarters by quarter; anything else is the last 12 months", async () => {
    const quarters = await pageFor("analyst", "8q");
    expect(quarters.dashboard.period).toMatchObject({ range: "8q", unit: "quarter", from: "2025-01-01" });
    const html = await renderPage(quarters);
    expect(html).toContain("October to December 2026");
    expect(html).toContain('<option value="8q" selected="">');
    const fallback = await pageFor("analyst", "<script>");
    expect(fallback.dashboard.period.range).toBe("12m");
  });

  it("access: signed in with a dashboard role; another partnership's staff and implementation members get a 404", async () => {
    const run = async (client: TestClient, slug = "northshire") =>
      client.run((ctx, request) => loader({ context: ctx, request, params: { partnership: slug } }), client.request(`/staff/p/${slug}/dashboard`));
    for (const role of ["partnership_admin", "analyst", "safeguarding_lead"] as const) {
      const result = await run(await staffClient(role));
      expect(result.status, role).toBe(200);
      expect(result.headers?.get("Cache-Control")).toBe("no-store");
    }
    expect((await run(await staffClient("implementation_member"))).status).toBe(404);
    // Southvale's admin cannot open Northshire's dashboard, and Northshire's cannot open Southvale's.
    expect((await run(await staffClient("partnership_admin", "southvale"))).status).toBe(404);
    expect((await run(await staffClient("partnership_admin"), "southvale")).status).toBe(404);
    const nobody = await run(new TestClient(context));
    expect(nobody.status).toBe(302);
    expect(nobody.location).toMatch(/^\/staff\/sign-in/);
  });

  it("a partnership's dashboard counts only its own answers, feedback and flags", async () => {
    const counts = await dashboardCounts(t.db, ids.southvale, { range: "12m", today: TODAY, roles: ["partnership_admin"] });
    expect(counts.byTimeAndChannel.flat().reduce((a, b) => a + b, 0)).toBe(20);
    expect(counts.feedbackByTime.reduce((a, b) => a + b, 0)).toBe(11);
    expect(counts.triage).toMatchObject({ open: 1, overdue: 1 });
    expect(counts.coding.cells).toEqual([[0, 0, 20], [0, 0, 11]]);
    // And Northshire's rows stay Northshire's.
    const northshire = await dashboardCounts(t.db, ids.northshire, { range: "12m", today: TODAY, roles: ["partnership_admin"] });
    expect(northshire.triage?.open).toBe(6);
  });
});
