import { data, type AppLoadContext } from "@remix-run/node";
import { and, eq, ne } from "drizzle-orm";
import { surveys } from "#db/schema/index.ts";
import { isDatabaseUnavailable } from "~/modules/db/errors";
import { languageOf } from "~/modules/i18n/i18n.server";
import { partnershipById, publicPartnership } from "~/modules/partnerships/partnerships.server";
import { partnershipSlugParam } from "~/modules/safety/paths";
import { localize } from "~/modules/survey/definition";
import { partnershipSurveys, publishedEntries } from "./entries.server";
import { readersFrom, wordsFor, type ActionStatus, type Readers } from "./entries";
import { READERS_PARAM } from "./paths";

export { READERS_PARAM, surveyYouSaidPath, youSaidPath } from "./paths";

// The public "You said, we did" pages: /you-said-we-did (a partnership's,
// `?p=<slug>` like the other public pages) and /s/<slug>/you-said-we-did (one
// survey's). Plain HTML, no answers on them: only what staff published, in
// the reader's language where staff translated it, else in English (marked
// lang="en" on the page).

export interface PublicEntry {
  id: string;
  status: ActionStatus;
  actionOn: string | null;
  /** The language the words below are in: the page's, or English when not translated. */
  language: string;
  heard: string;
  did: string;
}

export interface YouSaidPage {
  partnership: { name: string; slug: string } | null;
  /** Set when the address named the partnership: links keep it. */
  linkSlug: string | null;
  survey: { slug: string; title: string } | null;
  readers: Readers;
  entries: PublicEntry[];
  unavailable: boolean;
}

function entriesIn(found: Awaited<ReturnType<typeof publishedEntries>>, language: string, readers: Readers): PublicEntry[] {
  return found.flatMap((entry) => {
    const words = wordsFor(entry.texts, language);
    if (!words) return [];
    return [
      {
        id: entry.id,
        status: entry.status,
        actionOn: entry.actionOn,
        language: words.language,
        heard: readers === "children" ? words.heardForChildren : words.heardForAdults,
        did: readers === "children" ? words.didForChildren : words.didForAdults,
      },
    ];
  });
}

const UNAVAILABLE: YouSaidPage = { partnership: null, linkSlug: null, survey: null, readers: "children", entries: [], unavailable: true };

async function orUnavailable(work: () => Promise<YouSaidPage>): Promise<YouSaidPage> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Response || !isDatabaseUnavailable(error)) throw error;
    console.error("you said, we did: database unavailable");
    return UNAVAILABLE;
  }
}

/** /you-said-we-did: everything the partnership published. */
export async function loadPartnershipYouSaid(context: AppLoadContext, request: Request) {
  const url = new URL(request.url);
  const asked = partnershipSlugParam(url.searchParams.get("p"));
  const language = await languageOf(request);
  const page = await orUnavailable(async () => {
    const partnership = await publicPartnership(context.db, asked);
    const readers = readersFrom(url.searchParams.get(READERS_PARAM), null);
    const found = partnership ? await publishedEntries(context.db, { partnershipId: partnership.id }) : [];
    return {
      partnership: partnership ? { name: partnership.name, slug: partnership.slug } : null,
      linkSlug: asked && partnership?.slug === asked ? asked : null,
      survey: null,
      readers,
      entries: entriesIn(found, language, readers),
      unavailable: false,
    };
  });
  return data(page);
}

/** /s/<slug>/you-said-we-did: what was published about one survey (not a draft's); 404 for an unknown survey. */
export async function loadSurveyYouSaid(context: AppLoadContext, request: Request, slug: string | undefined) {
  const url = new URL(request.url);
  const language = await languageOf(request);
  const page = await orUnavailable(async () => {
    const [survey] = slug
      ? await context.db
          .select({ id: surveys.id, partnershipId: surveys.partnershipId, audience: surveys.audience })
          .from(surveys)
          .where(and(eq(surveys.slug, slug), ne(surveys.status, "draft")))
      : [];
    if (!survey) throw data(null, { status: 404 });
    const partnership = await partnershipById(context.db, survey.partnershipId);
    const listed = (await partnershipSurveys(context.db, survey.partnershipId)).find((s) => s.id === survey.id);
    const readers = readersFrom(url.searchParams.get(READERS_PARAM), survey.audience);
    const found = await publishedEntries(context.db, { partnershipId: survey.partnershipId, surveyId: survey.id });
    return {
      partnership: partnership ? { name: partnership.name, slug: partnership.slug } : null,
      linkSlug: partnership?.slug ?? null,
      survey: { slug: slug!, title: listed ? localize(listed.title, language) : slug! },
      readers,
      entries: entriesIn(found, language, readers),
      unavailable: false,
    };
  });
  return data(page);
}
