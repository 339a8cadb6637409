import type { AppLoadContext } from "@remix-run/node";
import { isDatabaseUnavailable } from "~/modules/db/errors";
import { publicPartnership } from "~/modules/partnerships/partnerships.server";
import { findOpenSurvey } from "~/modules/survey/surveys.server";
import { partnershipSlugParam } from "./paths";
import { safeErrorForLog } from "~/modules/logging/safe-error";

const SURVEY_PATH = /^\/s\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|$)/;

/**
 * The partnership the page belongs to, for "Exit this page" and "Get help now"
 * (`?p=<slug>`): a survey's own partnership on /s/<slug>/..., else the one the
 * page was given in `?p=`. Runs for every page, so it uses only cached
 * lookups; without a database the page still renders, with plain links.
 */
export async function pagePartnershipSlug(context: AppLoadContext, request: Request): Promise<string | null> {
  const url = new URL(request.url);
  try {
    const survey = SURVEY_PATH.exec(url.pathname)?.[1];
    if (survey) {
      const found = await findOpenSurvey(context.db, survey);
      if (found) return found.partnership.slug;
    }
    const named = partnershipSlugParam(url.searchParams.get("p"));
    if (!named) return null;
    return (await publicPartnership(context.db, named))?.slug ?? null;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) console.error(`page partnership: lookup failed: ${safeErrorForLog(error)}`);
    return null;
  }
}
