import { data, redirect, type AppLoadContext } from "@remix-run/node";
import { isDatabaseUnavailable } from "~/modules/db/errors";
import { surveyPath } from "~/modules/responses/paths";
import { lookupLink, type LinkLookup } from "./links.server";
import { LINK_PARAM } from "./paths";

/** Nothing about a link page is kept by the browser or anything in between. */
const NO_STORE = { "Cache-Control": "no-store" } as const;

export type LinkPageData =
  | { state: "closed"; partnership: { slug: string; name: string } }
  | { state: "unknown" }
  | { state: "unavailable" };

/**
 * /l/<code>: an open link goes on to its survey's own start page, carrying
 * the code (which "Start now" sends back, so the response records the
 * setting). A closed or unknown code gets a polite page, never an error.
 */
export async function loadLinkPage(context: AppLoadContext, code: string | undefined) {
  let found: LinkLookup;
  try {
    found = await lookupLink(context.db, code);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return data<LinkPageData>({ state: "unavailable" }, { status: 503, headers: { ...NO_STORE, "Retry-After": "60" } });
  }
  switch (found.state) {
    case "open":
      throw redirect(`${surveyPath(found.surveySlug)}?${LINK_PARAM}=${encodeURIComponent(found.code)}`, { headers: NO_STORE });
    case "closed":
      return data<LinkPageData>(
        { state: "closed", partnership: { slug: found.partnershipSlug, name: found.partnershipName } },
        { status: 410, headers: NO_STORE },
      );
    case "unknown":
      return data<LinkPageData>({ state: "unknown" }, { status: 404, headers: NO_STORE });
  }
}
