import { inArray } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { settingLinks, surveys } from "#db/schema/index.ts";
import type { LinkKind } from "./paths";

/**
 * The demo's links for Northshire, with fixed codes so the demo's posters and
 * the README can name them. (Real links get random codes: newLinkCode.)
 */
export const DEMO_LINKS: readonly { code: string; name: string; kind: LinkKind; surveySlug: string }[] = [
  { code: "y6nrthshre", name: "Northshire Primary Academy (demo), Year 6", kind: "class", surveySlug: "demo-young-people" },
  { code: "fundaysumr", name: "Summer fun day (demo)", kind: "event", surveySlug: "demo-parents" },
];

/** Adds the demo links; safe to run again (a code already there is left as it is). */
export async function seedDemoLinks(db: Database, partnershipId: string): Promise<void> {
  const found = await db
    .select({ id: surveys.id, slug: surveys.slug })
    .from(surveys)
    .where(inArray(surveys.slug, DEMO_LINKS.map((l) => l.surveySlug)));
  const bySlug = new Map(found.map((s) => [s.slug, s.id]));
  const rows = DEMO_LINKS.flatMap((link) => {
    const surveyId = bySlug.get(link.surveySlug);
    return surveyId ? [{ partnershipId, surveyId, code: link.code, name: link.name, kind: link.kind }] : [];
  });
  if (rows.length > 0) await db.insert(settingLinks).values(rows).onConflictDoNothing({ target: settingLinks.code });
}
