import type { AppLoadContext } from "@remix-run/node";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog, codebookCodes, implementationGroupCodes, implementationGroups, partnerships, strategicPriorities } from "#db/schema/index.ts";
import { seedDemo } from "~/modules/demo/seed.server";
import { seedDemoStaff } from "~/modules/demo/demo-staff.server";
import { DEMO_STRATEGY } from "~/modules/demo/demo-strategy";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { csrfTokenFor } from "~/modules/staff/csrf.server";
import { hashToken } from "~/modules/staff/session.server";
import { codesForGroup, groupsForMember, listGroups, listPriorities } from "~/modules/strategy/strategy.server";
import * as strategyPage from "~/routes/staff-p-strategy";
import { partnershipId } from "../support/coding";
import type { TestClient } from "../support/integration-client";
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
const PAGE = `/staff/p/${P}/strategy`;

function csrfOf(client: TestClient): string {
  const token = client.cookie.split("=")[1]!;
  return csrfTokenFor(context(), { session: { tokenHash: hashToken(token) } as never });
}
const get = (client: TestClient, path = PAGE, partnership = P) =>
  client.run((ctx, request) => (strategyPage.loader as RouteFn)({ context: ctx, request, params: { partnership } }), client.request(path));
const post = (client: TestClient, form: Record<string, string | string[]>, partnership = P) =>
  client.run(
    (ctx, request) => (strategyPage.action as RouteFn)({ context: ctx, request, params: { partnership } }),
    client.request(`/staff/p/${partnership}/strategy`, { ...form, csrf: csrfOf(client) }),
  );

let admin: TestClient;
let analyst: TestClient;
let pid: string;

async function codeIds(...codes: string[]): Promise<string[]> {
  const rows = await t.db.select({ id: codebookCodes.id, code: codebookCodes.code }).from(codebookCodes).where(eq(codebookCodes.partnershipId, pid));
  return codes.map((c) => rows.find((r) => r.code === c)!.id);
}

describe(`strategy set-up on ${testDriver}`, () => {
  beforeEach(async () => {
    forgetPartnerships();
    await seedDemo(t.db);
    pid = await partnershipId(t.db, P);
    const [northshire] = await t.db.select().from(partnerships).where(eq(partnerships.slug, P));
    await t.db.insert(partnerships).values({ slug: "southvale", name: "Southvale", helpContacts: northshire!.helpContacts });
    admin = await signedInClient(context, t.db, (await createStaffUser(t.db, { email: "admin@northshire.test", roles: ["partnership_admin"], partnershipSlug: P })).id);
    analyst = await signedInClient(context, t.db, (await createStaffUser(t.db, { email: "analyst@northshire.test", roles: ["analyst"], partnershipSlug: P })).id);
  });

  it("seeds Northshire's three priorities, one group each, fed by built-in codes, and the member on the first group", async () => {
    const priorities = await listPriorities(t.db, pid);
    expect(priorities.map((p) => p.title)).toEqual(DEMO_STRATEGY.map((d) => d.priority.title));
    const groups = await listGroups(t.db, pid);
    expect(groups.map((g) => g.name)).toEqual(["Early help subgroup", "Hearing children subgroup", "Practice and workforce subgroup"]);
    expect(groups.map((g) => g.priorityId)).toEqual(priorities.map((p) => p.id));
    expect((await codesForGroup(t.db, groups[0]!.id)).map((c) => c.code).sort()).toEqual([...DEMO_STRATEGY[0]!.codes].sort());
    // Seeding again changes nothing.
    await seedDemo(t.db);
    expect(await listGroups(t.db, pid)).toHaveLength(3);
    await seedDemoStaff(t.db);
    const [member] = (await t.db.query.staffUsers.findMany()).filter((u) => u.email === "member@northshire.example");
    expect((await groupsForMember(t.db, pid, member!.id)).map((g) => g.name)).toEqual(["Early help subgroup"]);
  });

  it("lets an admin add, rename, reorder and archive priorities, audited", async () => {
    const added = await post(admin, { intent: "addPriority", title: "Keep teenagers safe", description: "", position: "" });
    expect(added.status).toBe(302);
    const [made] = await t.db.select().from(strategicPriorities).where(eq(strategicPriorities.title, "Keep teenagers safe"));
    expect(made!.position).toBe(4);
    expect((await post(admin, { intent: "savePriority", priorityId: made!.id, title: "Keep adolescents safe", description: "Older children", position: "0" })).status).toBe(302);
    expect((await listPriorities(t.db, pid))[0]).toMatchObject({ title: "Keep adolescents safe", description: "Older children", position: 0 });
    expect((await post(admin, { intent: "archivePriority", priorityId: made!.id })).status).toBe(302);
    expect((await listPriorities(t.db, pid)).map((p) => p.title)).not.toContain("Keep adolescents safe");
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, made!.id));
    expect(audits.map((a) => a.action).sort()).toEqual(["strategy_priority_changed", "strategy_priority_changed", "strategy_priority_created"]);
    // Ids and codes only: never the words typed.
    expect(JSON.stringify(audits)).not.toContain("adolescents");
  });

  it("shows the error summary's fields and keeps what was typed", async () => {
    const failed = await post(admin, { intent: "addPriority", title: "", description: "Kept", position: "x" });
    expect(failed.status).toBe(400);
    expect(failed.data).toMatchObject({
      intent: "addPriority",
      values: { title: "", description: "Kept", position: "x" },
      errors: { title: "strategy:errors.titleMissing", position: "strategy:errors.positionFormat" },
    });
    const group = await post(admin, { intent: "addGroup", name: "G", description: "", priorityId: crypto.randomUUID(), position: "" });
    expect(group.data).toMatchObject({ errors: { priorityId: "strategy:errors.priorityUnknown" } });
  });

  it("feeds a code to more than one group and a group from many codes (many to many), replacing the ticked list", async () => {
    const added = await post(admin, { intent: "addGroup", name: "Adolescents subgroup", description: "", priorityId: "", position: "" });
    expect(added.status).toBe(302);
    const [group] = await t.db.select().from(implementationGroups).where(eq(implementationGroups.name, "Adolescents subgroup"));
    expect(added.location).toContain(`group=${group!.id}`);
    const ids = await codeIds("being_heard", "adolescent_risk", "school");
    expect((await post(admin, { intent: "saveCodes", groupId: group!.id, codes: ids })).status).toBe(302);
    expect((await codesForGroup(t.db, group!.id)).map((c) => c.code).sort()).toEqual(["adolescent_risk", "being_heard", "school"]);
    // being_heard now feeds two groups.
    const feeding = await t.db.select().from(implementationGroupCodes).where(eq(implementationGroupCodes.codeId, ids[0]!));
    expect(feeding).toHaveLength(2);
    // Unticking replaces the list.
    await post(admin, { intent: "saveCodes", groupId: group!.id, codes: [ids[2]!] });
    expect((await codesForGroup(t.db, group!.id)).map((c) => c.code)).toEqual(["school"]);
    // Another partnership's code, or something that is not an id, changes nothing.
    const southvale = await partnershipId(t.db, "southvale");
    const [foreignCode] = await t.db.insert(codebookCodes).values({ partnershipId: southvale, code: "their_code", label: "Theirs", staffDescription: "x", childDescription: "" }).returning();
    expect((await post(admin, { intent: "saveCodes", groupId: group!.id, codes: [ids[0]!, foreignCode!.id] })).status).toBe(400);
    expect((await post(admin, { intent: "saveCodes", groupId: group!.id, codes: ["basic_needs"] })).status).toBe(400);
    expect((await codesForGroup(t.db, group!.id)).map((c) => c.code)).toEqual(["school"]);
  });

  it("puts the partnership's staff on a group, and nobody else", async () => {
    const [group] = await listGroups(t.db, pid);
    const member = await createStaffUser(t.db, { email: "m@northshire.test", roles: ["implementation_member"], partnershipSlug: P });
    const outsider = await createStaffUser(t.db, { email: "o@southvale.test", roles: ["analyst"], partnershipSlug: "southvale" });
    expect((await post(admin, { intent: "saveMembers", groupId: group!.id, members: [member.id] })).status).toBe(302);
    expect((await groupsForMember(t.db, pid, member.id)).map((g) => g.id)).toEqual([group!.id]);
    expect((await post(admin, { intent: "saveMembers", groupId: group!.id, members: [member.id, outsider.id] })).status).toBe(400);
    expect((await listGroups(t.db, pid))[0]!.memberIds).toEqual([member.id]);
  });

  it("archives a group: it leaves the lists the summaries use, and can come back", async () => {
    const [group] = await listGroups(t.db, pid);
    expect((await post(admin, { intent: "archiveGroup", groupId: group!.id })).status).toBe(302);
    expect((await listGroups(t.db, pid)).map((g) => g.id)).not.toContain(group!.id);
    expect((await post(admin, { intent: "restoreGroup", groupId: group!.id })).status).toBe(302);
    expect((await listGroups(t.db, pid)).map((g) => g.id)).toContain(group!.id);
  });

  it("lets analysts read the strategy but not change it (their posts are a 404 and change nothing)", async () => {
    const page = await get(analyst, `${PAGE}?group=anything`);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ canEdit: false, editGroupId: null });
    expect((page.data as { groups: unknown[] }).groups).toHaveLength(3);
    const before = await t.db.select().from(strategicPriorities);
    const tried = await post(analyst, { intent: "addPriority", title: "Analyst's idea", description: "", position: "" });
    expect(tried.status).toBe(404);
    expect(await t.db.select().from(strategicPriorities)).toHaveLength(before.length);
    const adminPage = await get(admin);
    expect(adminPage.data).toMatchObject({ canEdit: true });
  });

  it("is a 404 for another partnership's admin, and never touches another partnership's groups", async () => {
    const foreign = await signedInClient(context, t.db, (await createStaffUser(t.db, { email: "a@southvale.test", roles: ["partnership_admin"], partnershipSlug: "southvale" })).id);
    expect((await get(foreign)).status).toBe(404);
    const [northshireGroup] = await listGroups(t.db, pid);
    // Through their own partnership's page, Northshire's group is unknown.
    const tried = await post(foreign, { intent: "archiveGroup", groupId: northshireGroup!.id }, "southvale");
    expect(tried.status).toBe(400);
    const renamed = await post(foreign, { intent: "saveGroup", groupId: northshireGroup!.id, name: "Mine", description: "", priorityId: "", position: "" }, "southvale");
    expect(renamed.status).toBe(400);
    const [still] = await t.db.select().from(implementationGroups).where(and(eq(implementationGroups.id, northshireGroup!.id)));
    expect(still).toMatchObject({ name: "Early help subgroup", archivedAt: null });
  });
});
