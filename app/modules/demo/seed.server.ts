import { eq, sql } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { partnerships, surveyVersions, surveys } from "#db/schema/index.ts";
import { ensureCodebook } from "~/modules/coding/codebook.server";
import { seedDemoServices } from "~/modules/help/demo-services.server";
import { seedDemoLinks } from "~/modules/links/demo-links.server";
import { createVenue, seedReusableCode } from "~/modules/kiosk/kiosk.server";
import { surveyDefinition } from "~/modules/survey/definition";
import { seedDemoStrategy } from "./demo-strategy.server";
import { DEMO_KIOSK, DEMO_SURVEYS, NORTHSHIRE } from "./demo-surveys";

/** True when nobody has set the database up yet: the demo goes only into an empty one. */
export async function isEmptyDatabase(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(partnerships);
  return Number(row?.n ?? 0) === 0;
}

/**
 * Seeds the fictional Northshire partnership, its two published demo
 * surveys, its early-help directory and two school/event links. Safe to run again, and from two
 * processes at once: every insert gives way to a row that is already there.
 */
export async function seedDemo(db: Database): Promise<void> {
  await db.insert(partnerships).values(NORTHSHIRE).onConflictDoNothing({ target: partnerships.slug });
  const [partnership] = await db
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(eq(partnerships.slug, NORTHSHIRE.slug));
  if (!partnership) throw new Error("demo partnership was not created");
  await seedDemoServices(db, partnership.id);
  // The built-in neglect codebook (16 codes) for theme coding.
  await ensureCodebook(db, partnership.id);

  for (const demo of DEMO_SURVEYS) {
    const definition = surveyDefinition.parse(demo.definition);
    await db
      .insert(surveys)
      .values({ partnershipId: partnership.id, slug: demo.slug, audience: demo.audience, status: "published" })
      .onConflictDoNothing({ target: surveys.slug });
    const [survey] = await db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, demo.slug));
    if (!survey) throw new Error(`demo survey ${demo.slug} was not created`);
    await db
      .insert(surveyVersions)
      .values({ surveyId: survey.id, version: 1, definition, publishedAt: new Date() })
      .onConflictDoNothing({ target: [surveyVersions.surveyId, surveyVersions.version] });
  }
  await seedDemoLinks(db, partnership.id);

  // A children's-centre kiosk showing the parents' survey, and a demo code
  // any tablet can use again and again (only ever seeded: staff codes are one-time).
  const [parents] = await db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, DEMO_KIOSK.surveySlug));
  const venueId = await createVenue(db, {
    id: DEMO_KIOSK.venueId,
    partnershipId: partnership.id,
    name: DEMO_KIOSK.name,
    surveyId: parents?.id ?? null,
    idleSeconds: DEMO_KIOSK.idleSeconds,
  });
  await seedReusableCode(db, { venueId, code: DEMO_KIOSK.code, expiresAt: new Date(DEMO_KIOSK.codeExpires) });

  // The strategy: three priorities, a group for each fed by codebook codes, and a published "You said, we did" entry each.
  await seedDemoStrategy(db, partnership.id);
}
