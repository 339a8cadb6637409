import { and, arrayContains, arrayOverlaps, asc, eq, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { helpServices } from "#db/schema/index.ts";
import type { Need, ServiceAudience } from "./needs";

export type HelpService = typeof helpServices.$inferSelect;

export interface ServiceFilter {
  /** Services that help with any of these needs. */
  needs?: Need[];
  audience?: ServiceAudience;
  /** Services covering this area (and those covering the whole partnership). */
  area?: string;
}

/** A partnership's early-help services that match the filter, national ones last. */
export async function findServices(db: Database, partnershipId: string, filter: ServiceFilter = {}): Promise<HelpService[]> {
  const conditions: SQL[] = [eq(helpServices.partnershipId, partnershipId)];
  if (filter.needs && filter.needs.length > 0) conditions.push(arrayOverlaps(helpServices.needs, filter.needs));
  if (filter.audience) conditions.push(arrayContains(helpServices.audiences, [filter.audience]));
  if (filter.area) {
    conditions.push(
      or(sql`cardinality(${helpServices.areas}) = 0`, arrayContains(helpServices.areas, [filter.area]))!,
    );
  }
  return db
    .select()
    .from(helpServices)
    .where(and(...conditions))
    .orderBy(asc(helpServices.national), sql`${helpServices.name}->>'en'`);
}
