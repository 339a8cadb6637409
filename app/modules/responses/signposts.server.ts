import type { Database } from "~/modules/db/client.server";
import type { Need } from "~/modules/help/needs";
import { findServices, type HelpService } from "~/modules/help/services.server";
import type { SurveyDefinition } from "~/modules/survey/definition";
import type { Answers } from "./journey";
import { signpostedNeeds } from "./signposts";

/** A few services per need: enough to act on, short enough to read on a phone. */
export const SERVICES_PER_NEED = 3;

export type SignpostedService = Pick<HelpService, "slug" | "name" | "summary" | "contact" | "openingHours" | "national">;

export interface Signpost {
  need: Need;
  services: SignpostedService[];
}

/**
 * Help that fits the answers given: for each need the chosen options point
 * to, a few of the partnership's services (local before national). Worked
 * out when the page is shown; nothing about it is stored. A service that
 * helps with two needs is listed once, under the first.
 */
export async function signpostsFor(
  db: Database,
  partnershipId: string,
  definition: SurveyDefinition,
  answers: Answers,
): Promise<Signpost[]> {
  const needs = signpostedNeeds(definition, answers);
  if (needs.length === 0) return [];
  const services = await findServices(db, partnershipId, { needs });
  const listed = new Set<string>();
  const signposts: Signpost[] = [];
  for (const need of needs) {
    const fitting = services
      .filter((s) => s.needs.includes(need) && !listed.has(s.id))
      .slice(0, SERVICES_PER_NEED);
    for (const s of fitting) listed.add(s.id);
    signposts.push({
      need,
      services: fitting.map(({ slug, name, summary, contact, openingHours, national }) => ({
        slug,
        name,
        summary,
        contact,
        openingHours,
        national,
      })),
    });
  }
  return signposts;
}
