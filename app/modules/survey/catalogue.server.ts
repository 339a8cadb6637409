import { data } from "@remix-run/node";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { isDatabaseUnavailable } from "~/modules/db/errors";
import { partnerships, surveyVersions, surveys } from "#db/schema/index.ts";
import { surveyDefinition, type LocalizedText } from "./definition";

export interface OpenSurveyListing {
  slug: string;
  title: LocalizedText;
  partnershipName: string;
  /** How long its answers are kept, in days (for "Your data and your rights"). */
  retentionDays: number;
}

/** Every survey open now, newest version's title, for the home page and the privacy page. */
export async function listOpenSurveys(db: Database): Promise<OpenSurveyListing[]> {
  try {
    return await queryOpenSurveys(db);
  } catch (error) {
    // The database away for a moment: "please try again in a minute" (the root error page), not "something went wrong".
    if (isDatabaseUnavailable(error)) throw data(null, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } });
    throw error;
  }
}

async function queryOpenSurveys(db: Database): Promise<OpenSurveyListing[]> {
  const rows = await db
    .selectDistinctOn([surveys.id], {
      slug: surveys.slug,
      definition: surveyVersions.definition,
      partnershipName: partnerships.name,
      retentionDays: surveys.retentionDays,
    })
    .from(surveys)
    .innerJoin(partnerships, eq(partnerships.id, surveys.partnershipId))
    .innerJoin(surveyVersions, and(eq(surveyVersions.surveyId, surveys.id), isNotNull(surveyVersions.publishedAt)))
    .where(eq(surveys.status, "published"))
    .orderBy(surveys.id, sql`${surveyVersions.version} desc`);
  return rows
    .map((r) => ({
      slug: r.slug,
      title: surveyDefinition.parse(r.definition).title,
      partnershipName: r.partnershipName,
      retentionDays: r.retentionDays,
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}
