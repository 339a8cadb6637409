import { SENTIMENTS } from "~/modules/themes/sentiments";
import type { AppLoadContext } from "@remix-run/node";
import { requirePartnershipRole } from "~/modules/staff/access.server";
import { assertCsrf } from "~/modules/staff/csrf.server";
import { readForm } from "~/modules/http/form.server";
import { ukToday } from "~/modules/responses/responses.server";
import { workspaceHref } from "~/modules/workspace/pages";
import {
  notFound,
  requireWorkspacePage,
  workspaceBasics,
} from "~/modules/workspace/workspace.server";
import {
  decideTriageFlag,
  flagTextItem,
  isTriageOutcome,
  isTriageStatus,
  isUuid,
  listResponseTexts,
  listTriageFlags,
  loadTriageReview,
  partnershipSurveys,
  showOriginalWords,
  type FlagOutcome,
  type TriageStatus,
} from "./triage.server";

// The three staff pages of what people said: loaders and actions, access first.

/** Only the safeguarding lead may see the original words or record a decision. */
export const TRIAGE_DECIDERS = ["safeguarding_lead"] as const;

function pageNumber(params: URLSearchParams): number {
  const n = Number.parseInt(params.get("page") ?? "1", 10);
  return Number.isSafeInteger(n) && n >= 1 ? Math.min(n, 100_000) : 1;
}

// ---- /staff/p/:partnership/responses -------------------------------------------------

export async function loadResponsesPage(
  context: AppLoadContext,
  request: Request,
  slug: string | undefined
) {
  const access = await requireWorkspacePage(
    context,
    request,
    slug,
    "responses"
  );
  const params = new URL(request.url).searchParams;
  const surveys = await partnershipSurveys(context.db, access.partnership.id);
  const asked = params.get("survey") ?? "";
  const surveyId = surveys.some((s) => s.id === asked) ? asked : "";
  const askedSentiment = params.get("sentiment") ?? "";
  const sentiment = SENTIMENTS.find((s) => s === askedSentiment) ?? "";
  const texts = await listResponseTexts(context.db, access.partnership.id, {
    surveyId: surveyId || undefined,
    sentiment: sentiment || undefined,
    page: pageNumber(params),
  });
  const flagged = params.get("flagged");
  return {
    ...workspaceBasics(context, access),
    surveys,
    surveyId,
    sentiment,
    unknownSurvey: asked !== "" && surveyId === "",
    texts,
    notice: flagged === "new" || flagged === "already" ? flagged : null,
  };
}

export type ResponsesActionResult =
  | { ok: true; outcome: FlagOutcome; back: string }
  | { ok: false; error: "triage:errors.whichText" };

export async function responsesAction(
  context: AppLoadContext,
  request: Request,
  slug: string | undefined
): Promise<ResponsesActionResult> {
  const access = await requireWorkspacePage(
    context,
    request,
    slug,
    "responses"
  );
  const form = await readForm(request);
  assertCsrf(context, access, form);
  const textItemId = String(form.get("textItem") ?? "");
  if (form.get("intent") !== "flag" || !isUuid(textItemId))
    return { ok: false, error: "triage:errors.whichText" };
  const outcome = await flagTextItem(
    context.db,
    access.user.id,
    access.partnership.id,
    textItemId
  );
  if (outcome === "not_found")
    return { ok: false, error: "triage:errors.whichText" };
  // Back to the same filter and page (Post/Redirect/Get), saying what happened.
  const query = new URLSearchParams();
  const survey = String(form.get("survey") ?? "");
  const page = String(form.get("page") ?? "");
  if (isUuid(survey)) query.set("survey", survey);
  const sentiment = String(form.get("sentiment") ?? "");
  if (SENTIMENTS.some((s) => s === sentiment)) query.set("sentiment", sentiment);
  if (/^\d{1,6}$/.test(page) && page !== "1") query.set("page", page);
  query.set("flagged", outcome === "flagged" ? "new" : "already");
  return {
    ok: true,
    outcome,
    back: `${workspaceHref(access.partnership.slug, "responses")}?${query}`,
  };
}

// ---- /staff/p/:partnership/triage ------------------------------------------------------

export async function loadTriageQueue(
  context: AppLoadContext,
  request: Request,
  slug: string | undefined
) {
  const access = await requireWorkspacePage(context, request, slug, "triage");
  const asked = new URL(request.url).searchParams.get("status") ?? "";
  const status: TriageStatus | "" = isTriageStatus(asked) ? asked : "";
  const today = ukToday();
  const items = await listTriageFlags(
    context.db,
    access.partnership.id,
    { status: status || undefined },
    today
  );
  const roles = workspaceBasics(context, access).roles;
  return {
    ...workspaceBasics(context, access),
    status,
    today,
    items,
    canDecide: roles.includes("safeguarding_lead"),
  };
}

// ---- /staff/p/:partnership/triage/:flagId ----------------------------------------------

export async function loadTriageFlagPage(
  context: AppLoadContext,
  request: Request,
  slug: string | undefined,
  flagId: string | undefined
) {
  const access = await requireWorkspacePage(context, request, slug, "triage");
  const review = await loadTriageReview(
    context.db,
    access.partnership.id,
    flagId ?? ""
  );
  if (!review) notFound();
  const basics = workspaceBasics(context, access);
  const decided = new URL(request.url).searchParams.get("decided") === "1";
  return {
    ...basics,
    review,
    decided,
    canDecide: basics.roles.includes("safeguarding_lead"),
  };
}

export type TriageFlagActionResult =
  | { intent: "show"; ok: true; original: string }
  | { intent: "show"; ok: false; deleted: true }
  | { intent: "decide"; ok: true }
  | { intent: "decide"; ok: false; error: "triage:errors.outcome" };

export async function triageFlagAction(
  context: AppLoadContext,
  request: Request,
  slug: string | undefined,
  flagId: string | undefined
): Promise<TriageFlagActionResult> {
  // The safeguarding lead only: anyone else (admins included) gets a 404, before the form is read.
  const access = await requirePartnershipRole(
    context,
    request,
    slug,
    TRIAGE_DECIDERS
  );
  const form = await readForm(request);
  assertCsrf(context, access, form);
  const id = flagId ?? "";
  if (form.get("intent") === "show") {
    const view = await showOriginalWords(
      context.db,
      access.user.id,
      access.partnership.id,
      id
    );
    if (view.kind === "not_found") notFound();
    return view.kind === "shown"
      ? { intent: "show", ok: true, original: view.text }
      : { intent: "show", ok: false, deleted: true };
  }
  const outcome = form.get("outcome");
  if (!isTriageOutcome(outcome)) {
    // Still a flag of this partnership? Otherwise a 404, as for a page that is not there.
    if (
      !isUuid(id) ||
      !(await loadTriageReview(context.db, access.partnership.id, id))
    )
      notFound();
    return { intent: "decide", ok: false, error: "triage:errors.outcome" };
  }
  const result = await decideTriageFlag(
    context.db,
    access.user.id,
    access.partnership.id,
    id,
    outcome
  );
  if (result === "not_found") notFound();
  return { intent: "decide", ok: true };
}
