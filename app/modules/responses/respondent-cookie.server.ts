import { createCookie, type AppLoadContext, type Cookie } from "@remix-run/node";

/**
 * The one cookie a respondent gets: strictly necessary, it holds only the
 * random ids of the responses they have started in this browser session, so
 * each page can save against the right response. No expiry: it goes when the
 * browser closes. Signed, so it cannot be edited into something else.
 */
const COOKIE_NAME = "heard_response";
const MAX_REMEMBERED = 8;
const cookies = new Map<string, Cookie>();

// A real deployment is never reached at localhost; there, a plain-HTTP
// `npm start` must still work in every browser, so the cookie is not Secure.
function isLocalhost(request: Request): boolean {
  const host = new URL(request.url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "[::1]";
}

function respondentCookie(context: AppLoadContext, request: Request): Cookie {
  const secure = context.production && !isLocalhost(request);
  const key = `${secure}:${context.cookieSecrets.join(",")}`;
  let cookie = cookies.get(key);
  if (!cookie) {
    cookie = createCookie(COOKIE_NAME, {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: "/",
      secrets: context.cookieSecrets,
    });
    cookies.set(key, cookie);
  }
  return cookie;
}

type Remembered = Record<string, string>;

async function readRemembered(context: AppLoadContext, request: Request): Promise<Remembered> {
  const value: unknown = await respondentCookie(context, request).parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
}

/** The response this browser has started for a survey, if any. */
export async function rememberedResponseId(
  context: AppLoadContext,
  request: Request,
  surveyId: string,
): Promise<string | undefined> {
  return (await readRemembered(context, request))[surveyId];
}

/** A Set-Cookie header that remembers `responseId` for the survey. */
export async function rememberResponse(
  context: AppLoadContext,
  request: Request,
  surveyId: string,
  responseId: string,
): Promise<string> {
  const remembered = await readRemembered(context, request);
  delete remembered[surveyId];
  const entries = [...Object.entries(remembered), [surveyId, responseId] as const].slice(-MAX_REMEMBERED);
  return respondentCookie(context, request).serialize(Object.fromEntries(entries));
}

/** Every response this browser has started, whatever the survey (for "Exit this page"). */
export async function rememberedResponseIds(context: AppLoadContext, request: Request): Promise<string[]> {
  return Object.values(await readRemembered(context, request));
}

/** A Set-Cookie header that deletes the cookie: the browser forgets every response it held. */
export async function forgetResponses(context: AppLoadContext, request: Request): Promise<string> {
  return respondentCookie(context, request).serialize("", { expires: new Date(0), maxAge: 0 });
}
