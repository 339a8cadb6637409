import type { AppLoadContext } from "@remix-run/node";
import type { HelpContacts } from "#db/schema/index.ts";
import { isDatabaseUnavailable } from "~/modules/db/errors";
import { publicPartnership, type PublicPartnership } from "~/modules/partnerships/partnerships.server";
import { FILTER_PARAMS, parseDirectoryFilter, type DirectoryFilter } from "./filter";
import { listOpenSurveys, type OpenSurveyListing } from "~/modules/survey/catalogue.server";
import { findServices, type HelpService } from "./services.server";

// Loaders for the help pages. Someone in trouble may land on any of them, so
// they never fail: if the database cannot be reached, the national numbers
// (which are in the page's words, not the database) still show.

export interface HelpPartnership {
  name: string;
  helpContacts: HelpContacts;
  areas: string[];
}

export interface HelpPageBase {
  partnership: HelpPartnership | null;
  /** Set when the address named the partnership (`?p=`): links between help pages keep it. */
  linkSlug: string | null;
  /** The database could not be reached: only national help can be shown. */
  unavailable: boolean;
}

async function orUnavailable<T>(work: () => Promise<T>): Promise<T | "unavailable"> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Response || !isDatabaseUnavailable(error)) throw error;
    console.error("help page: database unavailable");
    return "unavailable";
  }
}

function base(partnership: PublicPartnership | null, asked: string | null): HelpPageBase {
  return {
    partnership: partnership
      ? { name: partnership.name, helpContacts: partnership.helpContacts, areas: partnership.areas }
      : null,
    linkSlug: asked && partnership?.slug === asked ? asked : null,
    unavailable: false,
  };
}

const UNAVAILABLE: HelpPageBase = { partnership: null, linkSlug: null, unavailable: true };

/** /help, /worried-about-a-child: the partnership's contacts. */
export async function loadHelpContactsPage(context: AppLoadContext, request: Request): Promise<HelpPageBase> {
  const asked = new URL(request.url).searchParams.get(FILTER_PARAMS.partnership);
  const found = await orUnavailable(() => publicPartnership(context.db, asked));
  return found === "unavailable" ? UNAVAILABLE : base(found, asked);
}

export interface DirectoryPage extends HelpPageBase {
  filter: DirectoryFilter;
  services: HelpService[];
}

/** /help/services: the directory, filtered by what the GET form sent; unknown values are left out. */
export async function loadDirectoryPage(context: AppLoadContext, request: Request): Promise<DirectoryPage> {
  const params = new URL(request.url).searchParams;
  const asked = params.get(FILTER_PARAMS.partnership);
  const found = await orUnavailable(async () => {
    const partnership = await publicPartnership(context.db, asked);
    const filter = parseDirectoryFilter(params, partnership?.areas ?? []);
    const services = partnership ? await findServices(context.db, partnership.id, filter) : [];
    return { ...base(partnership, asked), filter, services };
  });
  if (found === "unavailable") return { ...UNAVAILABLE, filter: parseDirectoryFilter(params, []), services: [] };
  return found;
}

export interface YourDataPage extends HelpPageBase {
  surveys: OpenSurveyListing[];
}

/** /your-data: who is responsible, and how long each open survey keeps answers. */
export async function loadYourDataPage(context: AppLoadContext, request: Request): Promise<YourDataPage> {
  const asked = new URL(request.url).searchParams.get(FILTER_PARAMS.partnership);
  const found = await orUnavailable(async () => ({
    ...base(await publicPartnership(context.db, asked), asked),
    surveys: await listOpenSurveys(context.db),
  }));
  return found === "unavailable" ? { ...UNAVAILABLE, surveys: [] } : found;
}
