import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, groupActions, groupActionTexts, implementationGroupMembers, implementationGroups, partnerships, surveys } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { csrfTokenFor } from "~/modules/staff/csrf.server";
import { hashToken } from "~/modules/staff/session.server";
import { codesForGroup, listGroups } from "~/modules/strategy/strategy.server";
import type { YouSaidPage } from "~/modules/you-said/public.server";
import * as actionsPage from "~/routes/staff-p-actions";
import * as surveyYouSaid from "~/routes/survey-you-said";
import * as youSaid from "~/routes/you-said-we-did";
import { partnershipId } from "../support/coding";
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

type RouteFn = (args: { context: AppLoadContext; request: Request; params: Record<string, string> }) => Promise<unknown>;
const P = "northshire";
const PAGE = `/staff/p/${P}/actions`;

function csrfOf(client: TestClient): string {
  const token = client.cookie.split("=")[1]!;
  return csrfTokenFor(context(), { session: { tokenHash: hashToken(token) } as never });
}
const post = (client: TestClient, form: Record<string, string>) =>
  client.run(
    (ctx, request) => (actionsPage.action as RouteFn)({ context: ctx, request, params: { partnership: P } }),
    client.request(PAGE, { ...form, csrf: csrfOf(client) }),
  );
const staffGet = (client: TestClient, path = PAGE) =>
  client.run((ctx, request) => (actionsPage.loader as RouteFn)({ context: ctx, request, params: { partnership: P } }), client.request(path));

/** The public page as someone reading in `language` (the switcher's cookie). */
async function publicPage(path: string, language = "en", params: Record<string, string> = {}): Promise<{ status: number; page: YouSaidPage }> {
  const reader = new TestClient(context);
  reader.cookie = `heard_lang=${language}`;
  const mod = path.startsWith("/s/") ? surveyYouSaid : youSaid;
  const result = await reader.run((ctx, request) => (mod.loader as RouteFn)({ context: ctx, request, params }), reader.request(path));
  return { status: result.status, page: result.data as YouSaidPage };
}

const WORDS = {
  heardForChildren: "You said the bus to the youth club stopped.",
  didForChildren: "We asked the council to bring the bus back.",
  heardForAdults: "Families said the evening bus to the youth club was cut.",
  didForAdults: "We asked the transport team to restore the evening service.",
};

let admin: TestClient;
let member: TestClient;
let memberId: string;
let groups: Awaited<ReturnType<typeof listGroups>>;

async function entryForm(groupIndex: number, extra: Record<string, string> = {}) {
  const group = groups[groupIndex]!;
  const [code] = await codesForGroup(t.db, group.id);
  return { intent: "create", groupId: group.id, codeId: code!.id, surveyId: "", status: "in_progress", actionOn: "2026-10-05", ...WORDS, ...extra };
}

describe(`"You said, we did" on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetPartnerships();
    await seedDemo(t.db);
    const pid = await partnershipId(t.db, P);
    groups = await listGroups(t.db, pid);
    admin = await signedInClient(context, t.db, (await createStaffUser(t.db, { email: "admin@northshire.test", roles: ["partnership_admin"], partnershipSlug: P })).id);
    const made = await createStaffUser(t.db, { email: "member@northshire.test", roles: ["implementation_member"], partnershipSlug: P });
    memberId = made.id;
    member = await signedInClient(context, t.db, made.id);
    // The member sits on the first group only.
    await t.db.insert(implementationGroupMembers).values({ groupId: groups[0]!.id, staffUserId: memberId });
  });

  it("shows the demo's published entries on the public page, children's words by default", async () => {
    const { status, page } = await publicPage(`/you-said-we-did?p=${P}`);
    expect(status).toBe(200);
    expect(page.partnership?.slug).toBe(P);
    expect(page.readers).toBe("children");
    expect(page.entries).toHaveLength(3);
    expect(page.entries.map((e) => e.heard)).toContain("You told us it is hard for families to find help. You did not know where to go.");
    const adults = await publicPage(`/you-said-we-did?p=${P}&for=adults`);
    expect(adults.page.readers).toBe("adults");
    expect(adults.page.entries.map((e) => e.heard)).toContain(
      "Parents told us they did not know where to go for early help, and that being passed between services put them off asking.",
    );
  });

  it("lets a member record, translate and publish an entry for their own group, audited; it is public only once published", async () => {
    const created = await post(member, await entryForm(0));
    expect(created.status).toBe(302);
    const [entry] = await t.db.select().from(groupActions).where(eq(groupActions.createdBy, memberId));
    expect(created.location).toBe(`${PAGE}?edit=${entry!.id}&done=created`);
    expect(entry!.publishedAt).toBeNull();
    const heard = (page: YouSaidPage) => page.entries.map((e) => e.heard);
    // A draft is never public: not on the partnership's page, not in any language.
    for (const language of ["en", "ar"]) expect(heard((await publicPage(`/you-said-we-did?p=${P}`, language)).page)).not.toContain(WORDS.heardForChildren);

    const arabic = {
      heardForChildren: "قلتم إن حافلة نادي الشباب توقفت.",
      didForChildren: "طلبنا من المجلس إعادة الحافلة.",
      heardForAdults: "قالت العائلات إن الحافلة المسائية إلى نادي الشباب أُلغيت.",
      didForAdults: "طلبنا من فريق النقل إعادة الخدمة المسائية.",
    };
    const translated = await post(member, {
      intent: "translate",
      entryId: entry!.id,
      language: "ar",
      ...Object.fromEntries(Object.entries(arabic).map(([k, v]) => [`tr-${k}`, v])),
    });
    expect(translated.status).toBe(302);
    expect(await t.db.select().from(groupActionTexts).where(eq(groupActionTexts.actionId, entry!.id))).toHaveLength(2);
    expect((await post(member, { intent: "publish", entryId: entry!.id })).status).toBe(302);

    const english = (await publicPage(`/you-said-we-did?p=${P}`)).page.entries.find((e) => e.id === entry!.id);
    expect(english).toMatchObject({ language: "en", heard: WORDS.heardForChildren, did: WORDS.didForChildren, status: "in_progress", actionOn: "2026-10-05" });
    const inArabic = (await publicPage(`/you-said-we-did?p=${P}`, "ar")).page.entries.find((e) => e.id === entry!.id);
    expect(inArabic).toMatchObject({ language: "ar", heard: arabic.heardForChildren });
    // No translation into Romanian: the English words, marked as English.
    const inRomanian = (await publicPage(`/you-said-we-did?p=${P}`, "ro")).page.entries.find((e) => e.id === entry!.id);
    expect(inRomanian).toMatchObject({ language: "en", heard: WORDS.heardForChildren });

    // Taken down: gone from the public page again.
    expect((await post(member, { intent: "unpublish", entryId: entry!.id })).status).toBe(302);
    expect(heard((await publicPage(`/you-said-we-did?p=${P}`)).page)).not.toContain(WORDS.heardForChildren);

    const audits = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, entry!.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["you_said_changed", "you_said_created", "you_said_published", "you_said_unpublished"]);
    expect(JSON.stringify(audits)).not.toMatch(/bus|حافلة/);
  });

  it("refuses a member's entry for a group they do not sit on, and their changes to its entries (404)", async () => {
    const refused = await post(member, await entryForm(1));
    expect(refused.status).toBe(400);
    expect(refused.data).toMatchObject({ errors: { groupId: "strategy:errors.groupNotYours" } });
    expect(await t.db.select().from(groupActions).where(eq(groupActions.createdBy, memberId))).toHaveLength(0);

    // The admin writes for the second group; the member cannot change, translate, publish or take it down.
    const created = await post(admin, await entryForm(1));
    expect(created.status).toBe(302);
    const entryId = new URL(`http://x${created.location}`).searchParams.get("edit")!;
    const forms: Record<string, string>[] = [
      { ...(await entryForm(1)), intent: "save", entryId },
      { intent: "translate", entryId, language: "pl", "tr-heardForChildren": "a", "tr-didForChildren": "b", "tr-heardForAdults": "c", "tr-didForAdults": "d" },
      { intent: "publish", entryId },
    ];
    for (const form of forms) {
      expect((await post(member, form)).status).toBe(404);
    }
    const [entry] = await t.db.select().from(groupActions).where(eq(groupActions.id, entryId));
    expect(entry!.publishedAt).toBeNull();
    // Moving their own entry to another group is refused too.
    const own = await post(member, await entryForm(0));
    const ownId = new URL(`http://x${own.location}`).searchParams.get("edit")!;
    const moved = await post(member, { ...(await entryForm(1)), intent: "save", entryId: ownId });
    expect(moved.data).toMatchObject({ errors: { groupId: "strategy:errors.groupNotYours" } });
    // The page shows them only their own group to write for.
    const page = await staffGet(member, `${PAGE}?edit=${entryId}`);
    expect((page.data as { groups: { id: string }[] }).groups.map((g) => g.id)).toEqual([groups[0]!.id]);
    expect(page.data).toMatchObject({ editing: { id: entryId, writable: false } });
  });

  it("takes only a theme that feeds the chosen group, and only the partnership's surveys", async () => {
    const otherGroupCode = (await codesForGroup(t.db, groups[1]!.id))[0]!;
    const wrongTheme = await post(admin, await entryForm(0, { codeId: otherGroupCode.id }));
    expect(wrongTheme.data).toMatchObject({ errors: { codeId: "strategy:errors.codeNotInGroup" } });
    const wrongSurvey = await post(admin, await entryForm(0, { surveyId: crypto.randomUUID() }));
    expect(wrongSurvey.data).toMatchObject({ errors: { surveyId: "strategy:errors.surveyUnknown" } });
    const empty = await post(admin, { intent: "create" });
    expect(empty.status).toBe(400);
    expect(Object.keys((empty.data as { errors: object }).errors).sort()).toEqual(
      ["codeId", "didForAdults", "didForChildren", "groupId", "heardForAdults", "heardForChildren", "status"].sort(),
    );
  });

  it("shows a survey's page with only that survey's published entries, in the words its readers expect", async () => {
    const [parents] = await t.db.select().from(surveys).where(eq(surveys.slug, "demo-parents"));
    const forParents = await publicPage("/s/demo-parents/you-said-we-did", "en", { slug: "demo-parents" });
    expect(forParents.status).toBe(200);
    // A parents' survey: adults' words first.
    expect(forParents.page.readers).toBe("adults");
    expect(forParents.page.entries).toHaveLength(1);
    const [seeded] = await t.db.select().from(groupActions).where(eq(groupActions.surveyId, parents!.id));
    expect(forParents.page.entries[0]!.id).toBe(seeded!.id);
    // In Urdu, the demo's translation; in Portuguese, English marked as such.
    expect((await publicPage("/s/demo-parents/you-said-we-did", "ur", { slug: "demo-parents" })).page.entries[0]!.language).toBe("ur");
    expect((await publicPage("/s/demo-parents/you-said-we-did", "pt", { slug: "demo-parents" })).page.entries[0]!.language).toBe("en");
    // A young people's survey: children's words first.
    expect((await publicPage("/s/demo-young-people/you-said-we-did", "en", { slug: "demo-young-people" })).page.readers).toBe("children");
    // An unknown survey is a 404.
    expect((await publicPage("/s/no-such-survey/you-said-we-did", "en", { slug: "no-such-survey" })).status).toBe(404);
  });

  it("keeps partnerships apart: another partnership's page shows none of Northshire's entries, and its staff get a 404", async () => {
    const [northshire] = await t.db.select().from(partnerships).where(eq(partnerships.slug, P));
    await t.db.insert(partnerships).values({ slug: "southvale", name: "Southvale", helpContacts: northshire!.helpContacts });
    forgetPartnerships();
    const southvale = await publicPage("/you-said-we-did?p=southvale");
    expect(southvale.page.partnership?.slug).toBe("southvale");
    expect(southvale.page.entries).toEqual([]);
    const foreign = await signedInClient(context, t.db, (await createStaffUser(t.db, { email: "a@southvale.test", roles: ["partnership_admin"], partnershipSlug: "southvale" })).id);
    expect((await staffGet(foreign)).status).toBe(404);
    const lead = await signedInClient(context, t.db, (await createStaffUser(t.db, { email: "lead@northshire.test", roles: ["safeguarding_lead"], partnershipSlug: P })).id);
    expect((await staffGet(lead)).status).toBe(404);
  });

  it("hides entries of an archived group from the public", async () => {
    const before = (await publicPage(`/you-said-we-did?p=${P}`)).page.entries.length;
    await t.db.update(implementationGroups).set({ archivedAt: new Date() }).where(eq(implementationGroups.id, groups[2]!.id));
    expect((await publicPage(`/you-said-we-did?p=${P}`)).page.entries).toHaveLength(before - 1);
  });
});
