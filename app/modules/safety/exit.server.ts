import type { AppLoadContext } from "@remix-run/node";
import { isDatabaseUnavailable } from "~/modules/db/errors";
import { publicPartnership } from "~/modules/partnerships/partnerships.server";
import { forgetResponses, rememberedResponseIds } from "~/modules/responses/respondent-cookie.server";
import { endResponsesByExit } from "~/modules/responses/responses.server";
import { DEFAULT_EXIT_URL, partnershipSlugParam, safeExitUrl } from "./paths";

// "Exit this page", done on the server as well as in the page: the browser
// forgets every response it held, those responses can never be opened again
// from a copy of the cookie, the browser is told to clear this site's cache,
// cookies and storage, and the person lands on a neutral site (which is told
// nothing of where they came from: the site-wide Referrer-Policy is
// same-origin). Whatever fails on the way, the person still leaves at once.

/** A database that hangs must not keep the person on the page: give up after this long. */
const DATABASE_WAIT_MS = 1_500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Logs what went wrong without anything from the request. */
function logFailure(step: string, error: unknown): void {
  const code = (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
  console.error(`exit: could not ${step} (${isDatabaseUnavailable(error) ? "database unavailable" : "error"}${code ? `, ${code}` : ""})`);
}

/** The neutral site of the partnership named in `?p=` (else the default partnership's), or BBC Weather. */
async function exitUrlFor(context: AppLoadContext, request: Request): Promise<string> {
  const slug = partnershipSlugParam(new URL(request.url).searchParams.get("p"));
  return safeExitUrl((await publicPartnership(context.db, slug))?.exitUrl);
}

/** Runs `work`, logging a failure; waits for it at most `ms`. */
function bounded<T>(step: string, work: () => Promise<T>, fallback: T, ms = DATABASE_WAIT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      console.error(`exit: gave up waiting to ${step}`);
      resolve(fallback);
    }, ms);
  });
  const done = work().catch((error: unknown) => {
    logFailure(step, error);
    return fallback;
  });
  return Promise.race([done, late]).finally(() => clearTimeout(timer));
}

export async function exitThisPage(context: AppLoadContext, request: Request): Promise<Response> {
  const ids = (await rememberedResponseIds(context, request)).filter((id) => UUID.test(id));
  const [location] = await Promise.all([
    bounded("find the partnership", () => exitUrlFor(context, request), DEFAULT_EXIT_URL),
    bounded("end the responses", () => endResponsesByExit(context.db, ids), undefined),
  ]);
  return new Response(null, {
    status: 303,
    headers: {
      Location: location,
      "Clear-Site-Data": '"cache", "cookies", "storage"',
      "Set-Cookie": await forgetResponses(context, request),
      "Cache-Control": "no-store",
    },
  });
}
