import { randomUUID } from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { and, asc, eq } from "drizzle-orm";
import { createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  auditLog,
  codebookCodes,
  codings,
  feedback,
  implementationGroupCodes,
  implementationGroupMembers,
  implementationGroups,
  quotes,
  responses,
  summaryNotes,
  surveys,
  surveyVersions,
  textItems,
} from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { i18nForRequest } from "~/modules/i18n/i18n.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { lastCompleteQuarter, periodLabel, previousPeriod, quarterOf } from "~/modules/reports/periods";
import type { ThemedSummary } from "~/modules/reports/summary-types";
import { buildThemedSummary } from "~/modules/reports/summary.server";
import { formatDisclosed } from "~/modules/reports/suppression";
import { csrfTokenFor } from "~/modules/staff/csrf.server";
import { hashToken } from "~/modules/staff/session.server";
import * as exportRoute from "~/routes/staff-p-summaries-export";
import * as summariesPage from "~/routes/staff-p-summaries";
import { partnershipId } from "../support/coding";
import type { TestClient } from "../support/integration-client";
import { createStaffUser, signedInClient } from "../support/staff";
import { setUpTestDatabase, testDriver } from "../support/test-database";

// The themed summary (issue 7): counts per theme from accepted codings, the
// previous period, the 10-5 rule and secondary suppression, breakdowns only
// where the base is 10 or more, approved quotes only, the group's codes only,
// who may see which group, the analyst's note, and exports (audited).

// The exports' bodies are another helper's work: a stand-in file here.
const rendered = vi.hoisted(() => ({ calls: [] as { format: string; summary: unknown }[] }));
vi.mock("~/modules/exports/summary-export.server", () => ({
  SUMMARY_EXPORT_FORMATS: ["pdf", "docx", "csv", "xlsx"],
  renderSummaryExport: async (summary: { group: { name: string } }, format: string) => {
    rendered.calls.push({ format, summary });
    return { body: new TextEncoder().encode(`summary of ${summary.group.name}`), contentType: "text/csv; charset=utf-8", filename: `summary.${format}` };
  },
}));

// To render the page outside a router: the Remix hooks give the loader's data.
const page = vi.hoisted(() => ({ data: null as unknown }));
vi.mock("@remix-run/react", async (original) => {
  const react = await import("react");
  return {
    ...(await original<Record<string, unknown>>()),
    useLoaderData: () => page.data,
    useActionData: () => undefined,
    useNavigation: () => ({ state: "idle" }),
    Form: ({ children, ...props }: { children?: ReactNode }) => react.createElement("form", props, children),
    Link: ({ to, children, ...props }: { to: string; children?: ReactNode }) => react.createElement("a", { href: to, ...props }, children),
  };
});

const t = setUpTestDatabase();
const context = (): AppLoadContext => ({
  db: t.db,
  cookieSecrets: ["a-test-secret-that-is-long-enough-0001"],
  production: false,
  allowPublicPost: () => true,
});

type RouteFn = (args: { context: AppLoadContext; request: Request; params: Record<string, string> }) => Promise<unknown>;
const P = "northshire";
const BASE = `/staff/p/${P}/summaries`;
const Q3 = "quarter=2026-Q3";

function csrfOf(client: TestClient): string {
  const token = client.cookie.split("=")[1]!;
  return csrfTokenFor(context(), { session: { tokenHash: hashToken(token) } as never });
}
function get(client: TestClient, mod: { loader: unknown }, path: string, params: Record<string, string> = {}) {
  return client.run((ctx, request) => (mod.loader as RouteFn)({ context: ctx, request, params: { partnership: P, ...params } }), client.request(path));
}
function post(client: TestClient, path: string, form: Record<string, string>) {
  return client.run(
    (ctx, request) => (summariesPage.action as RouteFn)({ context: ctx, request, params: { partnership: P } }),
    client.request(path, { ...form, csrf: csrfOf(client) }),
  );
}
const summaryOf = (result: { data: unknown }) => (result.data as { summary: ThemedSummary }).summary;

let northshire = "";
let analystId = "";
let analyst: TestClient;
let member: TestClient;
let groupA = "";
let groupB = "";
const surveyIds: Record<string, string> = {};
const versionIds: Record<string, string> = {};

async function codeId(code: string) {
  const [row] = await t.db.select({ id: codebookCodes.id }).from(codebookCodes).where(and(eq(codebookCodes.partnershipId, northshire), eq(codebookCodes.code, code)));
  return row!.id;
}

interface Texts {
  n: number;
  codes: string[];
  /** A survey slug; feedback when not given. */
  survey?: string;
  on: string | string[];
  ageBand?: string;
  from?: "young_person" | "parent_carer" | "professional" | "someone_else";
  decision?: "accepted" | "rejected";
}

/** Adds n texts (each with its own response or feedback), coded by the analyst; returns their ids. */
async function addTexts({ n, codes, survey, on, ageBand, from, decision = "accepted" }: Texts): Promise<string[]> {
  const days = [on].flat();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const receivedOn = days[i % days.length]!;
    if (survey) {
      const responseId = randomUUID();
      await t.db.insert(responses).values({
        id: responseId,
        surveyId: surveyIds[survey]!,
        surveyVersionId: versionIds[survey]!,
        status: "submitted",
        startedOn: receivedOn,
        submittedOn: receivedOn,
        ageBand: ageBand ?? null,
      });
      const [item] = await t.db
        .insert(textItems)
        .values({ partnershipId: northshire, surveyId: surveyIds[survey]!, responseId, questionId: "q", redacted: `text ${i}`, receivedOn })
        .returning({ id: textItems.id });
      ids.push(item!.id);
    } else {
      const feedbackId = randomUUID();
      await t.db.insert(feedback).values({ id: feedbackId, partnershipId: northshire, text: "x", from: from ?? null, receivedOn });
      const [item] = await t.db.insert(textItems).values({ partnershipId: northshire, feedbackId, redacted: `feedback ${i}`, receivedOn }).returning({ id: textItems.id });
      ids.push(item!.id);
    }
  }
  for (const code of codes) {
    const id = await codeId(code);
    if (ids.length > 0) await t.db.insert(codings).values(ids.map((textItemId) => ({ textItemId, codeId: id, coderId: analystId, decision })));
  }
  return ids;
}

describe(`themed summary on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetPartnerships();
    rendered.calls = [];
    await seedDemo(t.db);
    northshire = await partnershipId(t.db, P);
    for (const slug of ["demo-young-people", "demo-parents"]) {
      const [s] = await t.db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, slug));
      const [v] = await t.db.select({ id: surveyVersions.id }).from(surveyVersions).where(eq(surveyVersions.surveyId, s!.id)).orderBy(asc(surveyVersions.version));
      surveyIds[slug] = s!.id;
      versionIds[slug] = v!.id;
    }
    const a = await createStaffUser(t.db, { email: "ana@northshire.test", roles: ["analyst"], partnershipSlug: P });
    const m = await createStaffUser(t.db, { email: "mo@northshire.test", roles: ["implementation_member"], partnershipSlug: P });
    analystId = a.id;
    analyst = await signedInClient(context, t.db, a.id);
    member = await signedInClient(context, t.db, m.id);
    const [ga] = await t.db.insert(implementationGroups).values({ partnershipId: northshire, name: "Basic needs subgroup", position: 1 }).returning();
    const [gb] = await t.db.insert(implementationGroups).values({ partnershipId: northshire, name: "Safety subgroup", position: 2 }).returning();
    groupA = ga!.id;
    groupB = gb!.id;
    await t.db.insert(implementationGroupCodes).values([
      { groupId: groupA, codeId: await codeId("basic_needs") },
      { groupId: groupA, codeId: await codeId("school") },
      { groupId: groupB, codeId: await codeId("safety_supervision") },
    ]);
    await t.db.insert(implementationGroupMembers).values({ groupId: groupA, staffUserId: m.id });
  });

  /**
   * July to September 2026 for group A (basic_needs, school):
   * basic_needs: 18 young people (first and last day included) + 7 parents (also school) + 1 coded by two analysts = 26 → 25;
   * school: 7 + 6 young people = 13 → 15; base 32 → 30. April to June: basic_needs 11 → 10, school 3 → [c].
   */
  async function seedQuarter() {
    await addTexts({ n: 18, codes: ["basic_needs"], survey: "demo-young-people", on: ["2026-07-01", "2026-08-15", "2026-09-30"], ageBand: "11-15" });
    await addTexts({ n: 7, codes: ["basic_needs", "school"], survey: "demo-parents", on: "2026-08-01" });
    await addTexts({ n: 6, codes: ["school"], survey: "demo-young-people", on: "2026-09-01" });
    const [twice] = await addTexts({ n: 1, codes: ["basic_needs"], survey: "demo-young-people", on: "2026-08-02" });
    const second = await createStaffUser(t.db, { email: "ben@northshire.test", roles: ["analyst"], partnershipSlug: P });
    await t.db.insert(codings).values({ textItemId: twice!, codeId: await codeId("basic_needs"), coderId: second.id, decision: "accepted" });
    // Not counted: another group's code, rejected codings, outside the period.
    await addTexts({ n: 12, codes: ["safety_supervision"], survey: "demo-young-people", on: "2026-08-01" });
    await addTexts({ n: 4, codes: ["basic_needs"], survey: "demo-young-people", on: "2026-08-01", decision: "rejected" });
    await addTexts({ n: 2, codes: ["basic_needs"], survey: "demo-young-people", on: "2026-10-01" });
    // The previous quarter: 10 in May, 1 on its last day; school 3.
    await addTexts({ n: 10, codes: ["basic_needs"], survey: "demo-young-people", on: "2026-05-10" });
    await addTexts({ n: 1, codes: ["basic_needs"], survey: "demo-young-people", on: "2026-06-30" });
    await addTexts({ n: 3, codes: ["school"], survey: "demo-parents", on: "2026-04-01" });
    await addTexts({ n: 1, codes: ["basic_needs"], survey: "demo-young-people", on: "2026-03-31" });
  }

  it("periods: quarters, labels, the previous period of the same length", () => {
    expect(quarterOf("2026-08-15")).toMatchObject({ from: "2026-07-01", to: "2026-09-30", label: "July to September 2026", key: "2026-Q3" });
    expect(lastCompleteQuarter("2026-11-23")).toMatchObject({ from: "2026-07-01", to: "2026-09-30" });
    expect(lastCompleteQuarter("2026-01-01")).toMatchObject({ from: "2025-10-01", to: "2025-12-31", label: "October to December 2025" });
    expect(previousPeriod("2026-07-01", "2026-09-30")).toMatchObject({ from: "2026-04-01", to: "2026-06-30", label: "April to June 2026" });
    expect(previousPeriod("2026-01-01", "2026-03-31")).toMatchObject({ from: "2025-10-01", to: "2025-12-31" });
    expect(previousPeriod("2026-07-10", "2026-07-19")).toMatchObject({ from: "2026-06-30", to: "2026-07-09" });
    expect(periodLabel("2026-03-01", "2026-03-31")).toBe("March 2026");
    expect(periodLabel("2025-11-01", "2026-01-31")).toBe("November 2025 to January 2026");
    expect(periodLabel("2026-07-03", "2026-08-14")).toBe("3 July to 14 August 2026");
  });

  it("counts distinct texts per theme with accepted codings, the group's codes only, bounds inclusive; the previous period; 10-5 rule; change", async () => {
    await seedQuarter();
    const s = await buildThemedSummary(t.db, { partnershipId: northshire, groupId: groupA, from: "2026-07-01", to: "2026-09-30", surveyIds: [], includeFeedback: true });
    expect(s.period).toEqual({ from: "2026-07-01", to: "2026-09-30", label: "July to September 2026" });
    expect(s.previousPeriod).toEqual({ from: "2026-04-01", to: "2026-06-30", label: "April to June 2026" });
    expect(s.themes.map((th) => th.code).sort()).toEqual(["basic_needs", "school"]);
    const basic = s.themes.find((th) => th.code === "basic_needs")!;
    const school = s.themes.find((th) => th.code === "school")!;
    expect(basic.count).toEqual({ shown: true, value: 25 });
    expect(basic.previous).toEqual({ shown: true, value: 10 });
    expect(basic.change).toBe(15);
    expect(school.count).toEqual({ shown: true, value: 15 });
    expect(school.previous).toEqual({ shown: false });
    expect(school.change).toBeNull();
    expect(s.base).toEqual({ shown: true, value: 30 });
    expect(s.group).toMatchObject({ id: groupA, name: "Basic needs subgroup" });
    expect(s.partnership.slug).toBe(P);

    // Audience: rows add up across; [c] cells take a partner; the column totals are their own count.
    const audience = s.breakdowns.find((b) => b.dimension === "audience")!;
    expect(audience.columns.map((c) => c.key)).toEqual(["young_people", "parents"]);
    const cells = (code: string) => audience.rows.find((r) => r.codeId === (code === "basic_needs" ? basic.codeId : school.codeId))!.cells.map((c) => formatDisclosed(c));
    expect(cells("basic_needs")).toEqual(["[c]", "[c]"]); // 19 and 7: 7 is under 10, so 19 goes too
    expect(cells("school")).toEqual(["[c]", "[c]"]); // 6 and 7
    expect(audience.columnTotals.map((c) => formatDisclosed(c))).toEqual(["[c]", "[c]"]); // 25 and 7
    expect(formatDisclosed(audience.total)).toBe("30");
    expect(audience.rows.map((r) => formatDisclosed(r.total))).toEqual(s.themes.map((th) => formatDisclosed(th.count)));

    const channel = s.breakdowns.find((b) => b.dimension === "channel")!;
    expect(channel.columns).toEqual([{ key: "web", label: "Online" }]);
    // Age band: 18 of 32 texts have one; setting: none.
    expect(s.breakdowns.map((b) => b.dimension)).toEqual(["audience", "ageBand", "channel"]);
    expect(s.omittedBreakdowns).toEqual(["setting"]);
    const age = s.breakdowns.find((b) => b.dimension === "ageBand")!;
    expect(age.columns).toEqual([
      { key: "11-15", label: "11 to 15" },
      { key: "not_recorded", label: "Not recorded" },
    ]);
  });

  it("only chosen surveys; feedback only when asked, counted by who gave it", async () => {
    await seedQuarter();
    await addTexts({ n: 9, codes: ["school"], on: "2026-08-20", from: "parent_carer" });
    const parentsOnly = await buildThemedSummary(t.db, {
      partnershipId: northshire,
      groupId: groupA,
      from: "2026-07-01",
      to: "2026-09-30",
      surveyIds: [surveyIds["demo-parents"]!],
      includeFeedback: false,
    });
    expect(parentsOnly.sources.surveys.map((x) => x.id)).toEqual([surveyIds["demo-parents"]]);
    expect(parentsOnly.themes.map((th) => formatDisclosed(th.count))).toEqual(["[c]", "[c]"]); // 7 and 7
    expect(parentsOnly.omittedBreakdowns).toEqual(["audience", "ageBand", "channel", "setting"]);

    const withFeedback = await buildThemedSummary(t.db, { partnershipId: northshire, groupId: groupA, from: "2026-07-01", to: "2026-09-30", surveyIds: [], includeFeedback: true });
    const school = withFeedback.themes.find((th) => th.code === "school")!;
    expect(school.count).toEqual({ shown: true, value: 20 }); // 13 + 9 = 22
    const audience = withFeedback.breakdowns.find((b) => b.dimension === "audience")!;
    const parents = audience.columns.findIndex((c) => c.key === "parents");
    // Parents: 7 from the survey and 9 parents' feedback = 16 texts with any theme.
    expect(audience.columnTotals[parents]).toEqual({ shown: true, value: 15 });
  });

  it("approved quotes only, from the period, for the group's themes", async () => {
    const [inPeriod, proposed, rejected] = await addTexts({ n: 3, codes: ["basic_needs"], survey: "demo-young-people", on: "2026-08-01" });
    const [old] = await addTexts({ n: 1, codes: ["basic_needs"], survey: "demo-young-people", on: "2026-05-01" });
    const [other] = await addTexts({ n: 1, codes: ["safety_supervision"], survey: "demo-young-people", on: "2026-08-01" });
    const basic = await codeId("basic_needs");
    await t.db.insert(quotes).values([
      { textItemId: inPeriod!, codeId: basic, excerpt: "There is never enough food.", status: "approved" },
      { textItemId: proposed!, codeId: basic, excerpt: "Proposed words.", status: "proposed" },
      { textItemId: rejected!, codeId: basic, excerpt: "Rejected words.", status: "rejected" },
      { textItemId: old!, codeId: basic, excerpt: "Last quarter's words.", status: "approved" },
      { textItemId: other!, codeId: await codeId("safety_supervision"), excerpt: "Another group's words.", status: "approved" },
    ]);
    const s = await buildThemedSummary(t.db, { partnershipId: northshire, groupId: groupA, from: "2026-07-01", to: "2026-09-30", surveyIds: [], includeFeedback: true });
    expect(s.themes.flatMap((th) => th.quotes)).toEqual(["There is never enough food."]);
    // Everything is small here: nothing shown, every breakdown left out.
    expect(s.base).toEqual({ shown: false });
    expect(s.omittedBreakdowns).toEqual(["audience", "ageBand", "channel", "setting"]);
  });

  it("the page: an implementation member sees only their groups; another group's summary is a 404; export too", async () => {
    await seedQuarter();
    const mine = await get(member, summariesPage, `${BASE}?group=${groupA}&${Q3}&feedback=yes`);
    expect(mine.status).toBe(200);
    expect((mine.data as { groups: { id: string }[] }).groups.map((g) => g.id)).toEqual([groupA]);
    expect(summaryOf(mine).themes.length).toBe(2);
    expect((mine.data as { canWrite: boolean }).canWrite).toBe(false);
    expect((await get(member, summariesPage, `${BASE}?group=${groupB}&${Q3}`)).status).toBe(404);
    expect((await get(member, exportRoute, `${BASE}/export/csv?group=${groupB}&${Q3}`, { format: "csv" })).status).toBe(404);
    // The analyst sees every group.
    const all = await get(analyst, summariesPage, BASE);
    // (The demo's own three groups are there too.)
    const allIds = (all.data as { groups: { id: string }[] }).groups.map((g) => g.id);
    expect(allIds.filter((id) => id === groupA || id === groupB)).toEqual([groupA, groupB]);
    expect(allIds.length).toBeGreaterThan(2);
    expect(summaryOf(all)).toBeNull();
    // A bad date: the error, no summary, never a 500.
    const bad = await get(analyst, summariesPage, `${BASE}?group=${groupA}&quarter=custom&from=2026-13-01&to=2026-09-30`);
    expect(bad.status).toBe(200);
    expect((bad.data as { errors: Record<string, string> }).errors).toEqual({ from: "summaries:errors.from" });
    expect(summaryOf(bad)).toBeNull();
  });

  it("exports: the same summary, audited with the format; a missing group is a 400; an unknown format a 404", async () => {
    await seedQuarter();
    const csv = await get(member, exportRoute, `${BASE}/export/csv?group=${groupA}&${Q3}&feedback=yes`, { format: "csv" });
    expect(csv.status).toBe(200);
    expect(csv.headers?.get("Content-Disposition")).toBe('attachment; filename="summary.csv"');
    expect(csv.headers?.get("Cache-Control")).toBe("no-store");
    expect(rendered.calls.map((c) => c.format)).toEqual(["csv"]);
    expect((rendered.calls[0]!.summary as ThemedSummary).base).toEqual({ shown: true, value: 30 });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "summary_exported"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ partnershipId: northshire, subjectType: "implementation_group", subjectId: groupA, details: { format: "csv", from: "2026-07-01", to: "2026-09-30" } });
    expect((await get(member, exportRoute, `${BASE}/export/csv`, { format: "csv" })).status).toBe(400);
    expect((await get(member, exportRoute, `${BASE}/export/exe?group=${groupA}`, { format: "exe" })).status).toBe(404);
  });

  it("what this tells us: analysts save it (audited, ids only), it shows on the summary; implementation members cannot", async () => {
    await seedQuarter();
    const query = `group=${groupA}&${Q3}&feedback=yes`;
    const saved = await post(analyst, `${BASE}?${query}`, { intent: "note", query, note: "Food worries are rising.\n\nSchool is steady." });
    expect(saved.status).toBe(302);
    expect(saved.location).toBe(`${BASE}?${query}&saved=note#what-this-tells-us`);
    const [row] = await t.db.select().from(summaryNotes).where(eq(summaryNotes.groupId, groupA));
    expect(row).toMatchObject({ periodFrom: "2026-07-01", periodTo: "2026-09-30", text: "Food worries are rising.\n\nSchool is steady.", updatedBy: analystId });
    // Saving again replaces it.
    await post(analyst, `${BASE}?${query}`, { intent: "note", query, note: "Food worries are rising." });
    expect(await t.db.select().from(summaryNotes).where(eq(summaryNotes.groupId, groupA))).toHaveLength(1);
    const shown = await get(member, summariesPage, `${BASE}?${query}`);
    expect(summaryOf(shown).whatThisTellsUs).toBe("Food worries are rising.");
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "summary_note_saved"));
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toMatch(/Food worries/);

    expect((await post(member, `${BASE}?${query}`, { intent: "note", query, note: "Mine" })).status).toBe(404);
    const tooLong = await post(analyst, `${BASE}?${query}`, { intent: "note", query, note: "x".repeat(5001) });
    expect(tooLong.status).toBe(400);
    const otherPeriod = await get(member, summariesPage, `${BASE}?group=${groupA}&quarter=2026-Q2`);
    expect(summaryOf(otherPeriod).whatThisTellsUs).toBe("");
  });

  it("the rendered page shows no number under 10 in any table cell or chart label, and [c] where counts are small", async () => {
    await seedQuarter();
    const result = await get(analyst, summariesPage, `${BASE}?group=${groupA}&${Q3}&feedback=yes`);
    page.data = result.data;
    const i18n = await i18nForRequest(new Request(`http://heard.test${BASE}`));
    const html = renderToString(createElement(I18nextProvider, { i18n }, createElement(summariesPage.default)));
    expect(html).toContain("July to September 2026");
    expect(html).toContain('<svg class="chart__svg"');
    const cells = [...html.matchAll(/<(td|text)[^>]*>([^<]*)<\/\1>/g)].map((m) => m[2]!.trim()).filter((x) => x !== "");
    expect(cells.length).toBeGreaterThan(10);
    expect(cells).toContain("[c]");
    for (const cell of cells) {
      const numbers = [...cell.replace(/,/g, "").matchAll(/\d+/g)].map((m) => Number(m[0]));
      for (const n of numbers) {
        expect(n, `"${cell}"`).toBeGreaterThanOrEqual(10);
        expect(n % 5, `"${cell}"`).toBe(0);
      }
    }
    // The breakdown tables are there, and the one left out is named.
    expect(html).toContain('data-breakdown="audience"');
    expect(html).toContain("Not shown, because fewer than 10 answers and comments had this recorded: school or setting.");
    expect(html).toContain(`/export/pdf?group=${groupA}`);
  });
});
