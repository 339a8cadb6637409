import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { partnerships, surveyVersions, surveys } from "#db/schema/index.ts";
import { surveyDefinition, type LocalizedText } from "~/modules/survey/definition";

export interface SurveyRetention {
  slug: string;
  title: LocalizedText;
  partnershipName: string;
  /** How long its answers are kept (surveys.retention_days). */
  retentionDays: number;
}

/** How long each open survey keeps its answers, for "Your data and your rights". */
export async function openSurveyRetention(db: Database): Promise<SurveyRetention[]> {
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
