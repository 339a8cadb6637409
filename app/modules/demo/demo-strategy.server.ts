import { and, eq, sql } from "drizzle-orm";
import {
  codebookCodes,
  groupActions,
  groupActionTexts,
  implementationGroupCodes,
  implementationGroupMembers,
  implementationGroups,
  staffUsers,
  strategicPriorities,
  surveys,
} from "#db/schema/index.ts";
import type { Database } from "~/modules/db/client.server";
import { DEMO_MEMBER_GROUP, DEMO_STRATEGY } from "./demo-strategy";

/**
 * Seeds Northshire's demo strategy (priorities, groups, the codes that feed
 * them, one published entry each) when the partnership has no priorities
 * yet. Runs after the codebook and the demo surveys are seeded.
 */
export async function seedDemoStrategy(db: Database, partnershipId: string): Promise<void> {
  await db.transaction(async (tx) => {
    // One seeding at a time (two processes may start together): a transaction-wide advisory lock.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('heard-demo-strategy'))`);
    const [existing] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(strategicPriorities)
      .where(eq(strategicPriorities.partnershipId, partnershipId));
    if (Number(existing?.n ?? 0) > 0) return;
    const codes = await tx.select({ id: codebookCodes.id, code: codebookCodes.code }).from(codebookCodes).where(eq(codebookCodes.partnershipId, partnershipId));
    const codeId = (code: string) => codes.find((c) => c.code === code)?.id;
    for (const [index, demo] of DEMO_STRATEGY.entries()) {
      const [priority] = await tx
        .insert(strategicPriorities)
        .values({ partnershipId, title: demo.priority.title, description: demo.priority.description, position: index + 1 })
        .returning({ id: strategicPriorities.id });
      const [group] = await tx
        .insert(implementationGroups)
        .values({ partnershipId, priorityId: priority!.id, name: demo.name, description: demo.description, position: index + 1 })
        .returning({ id: implementationGroups.id });
      const ids = demo.codes.map(codeId).filter((id): id is string => Boolean(id));
      if (ids.length > 0) await tx.insert(implementationGroupCodes).values(ids.map((id) => ({ groupId: group!.id, codeId: id })));
      const [survey] = demo.entry.surveySlug
        ? await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, demo.entry.surveySlug))
        : [];
      const [action] = await tx
        .insert(groupActions)
        .values({
          partnershipId,
          groupId: group!.id,
          codeId: codeId(demo.entry.code) ?? null,
          surveyId: survey?.id ?? null,
          status: demo.entry.status,
          actionOn: demo.entry.actionOn,
          publishedAt: new Date(),
        })
        .returning({ id: groupActions.id });
      await tx
        .insert(groupActionTexts)
        .values(Object.entries(demo.entry.texts).map(([language, texts]) => ({ actionId: action!.id, language, ...texts })));
    }
  });
}

/** Puts the demo's implementation group member on their group (after the demo staff exist). Safe to run again. */
export async function seedDemoGroupMember(db: Database, partnershipId: string, email: string): Promise<void> {
  const [user] = await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, email));
  const [group] = await db
    .select({ id: implementationGroups.id })
    .from(implementationGroups)
    .where(and(eq(implementationGroups.partnershipId, partnershipId), eq(implementationGroups.name, DEMO_MEMBER_GROUP)));
  if (!user || !group) return;
  await db.insert(implementationGroupMembers).values({ groupId: group.id, staffUserId: user.id }).onConflictDoNothing();
}
