import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { lastSeen } from "~/modules/db/last-seen";
import { partnerships, surveyVersions, surveys, type HelpContacts } from "#db/schema/index.ts";
import { surveyDefinition, type SurveyDefinition } from "./definition";

export interface PartnershipSummary {
  id: string;
  slug: string;
  name: string;
  exitUrl: string;
  helpContacts: HelpContacts;
}

export interface PublishedSurvey {
  surveyId: string;
  slug: string;
  audience: (typeof surveys.$inferSelect)["audience"];
  versionId: string;
  version: number;
  definition: SurveyDefinition;
  partnership: PartnershipSummary;
}

// A published version never changes, so its parsed definition can be kept for as
// long as the process lives. Which version is current can change (publishing,
// closing), so that is looked up again after a few seconds.
const definitionCache = new Map<string, SurveyDefinition>();
const CURRENT_TTL_MS = 5_000;
// While the database is away, the version last seen still lets pages render.
const currentSurveys = lastSeen<PublishedSurvey>();

function parseDefinition(versionId: string, raw: unknown): SurveyDefinition {
  let parsed = definitionCache.get(versionId);
  if (!parsed) {
    parsed = surveyDefinition.parse(raw);
    definitionCache.set(versionId, parsed);
  }
  return parsed;
}

/** The survey at /s/<slug> with its newest published version, or null if it is not open. */
export async function findOpenSurvey(db: Database, slug: string): Promise<PublishedSurvey | null> {
  // The slug comes from the address. Slugs are short, plain letters, digits and hyphens: one with a NUL
  // or a lone surrogate is no survey's (and the database refuses to compare it).
  // eslint-disable-next-line no-control-regex
  if (slug.length > 200 || /[\u0000\ud800-\udfff]/.test(slug)) return null;
  const cached = currentSurveys.get(db, slug);
  if (cached && Date.now() - cached.at < CURRENT_TTL_MS) return cached.value;
  return currentSurveys.lookup(db, slug, async () => {
    const [row] = await queryOpenSurvey(db, slug);
    return row ? { ...row, definition: parseDefinition(row.versionId, row.definition) } : null;
  });
}

function queryOpenSurvey(db: Database, slug: string) {
  return db
    .select({
      surveyId: surveys.id,
      slug: surveys.slug,
      audience: surveys.audience,
      versionId: surveyVersions.id,
      version: surveyVersions.version,
      definition: surveyVersions.definition,
      partnership: {
        id: partnerships.id,
        slug: partnerships.slug,
        name: partnerships.name,
        exitUrl: partnerships.exitUrl,
        helpContacts: partnerships.helpContacts,
      },
    })
    .from(surveys)
    .innerJoin(partnerships, eq(partnerships.id, surveys.partnershipId))
    .innerJoin(surveyVersions, and(eq(surveyVersions.surveyId, surveys.id), isNotNull(surveyVersions.publishedAt)))
    .where(and(eq(surveys.slug, slug), eq(surveys.status, "published")))
    .orderBy(desc(surveyVersions.version))
    .limit(1);
}

/** The definition a response answered, which may be older than the current one. */
export async function definitionOfVersion(db: Database, versionId: string): Promise<SurveyDefinition | null> {
  const cached = definitionCache.get(versionId);
  if (cached) return cached;
  const [row] = await db
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(eq(surveyVersions.id, versionId));
  return row ? parseDefinition(versionId, row.definition) : null;
}

/** How many slugs are remembered for this database (tests: unknown slugs are not). */
export function openSurveyCacheSize(db: Database): number {
  return currentSurveys.size(db);
}

/** For tests that publish and close surveys within one process. */
export function forgetOpenSurveys(db: Database): void {
  currentSurveys.forget(db);
}
