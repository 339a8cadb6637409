import { data, type AppLoadContext } from "@remix-run/node";
import { requirePartnershipRole, STAFF_NO_STORE } from "~/modules/staff/access.server";
import { assertCsrf, csrfTokenFor } from "~/modules/staff/csrf.server";
import type { StaffRole } from "~/modules/staff/roles";
import { getSurvey, type Actor, type BuilderSurvey } from "./builder.server";
import { WORKSPACE_PAGES } from "~/modules/workspace/pages";

/** Who may build surveys. */
export const BUILDER_ROLES: readonly StaffRole[] = WORKSPACE_PAGES.surveys.roles;

/** The largest definition accepted for import (a survey is a few kilobytes). */
export const MAX_IMPORT_BYTES = 512 * 1024;

type Params = { partnership?: string; surveyId?: string };

export function notFound(): never {
  throw data(null, { status: 404, headers: STAFF_NO_STORE });
}

/** Checks the role in this partnership first (404 otherwise), and gives the CSRF token for forms. */
export async function builderAccess(context: AppLoadContext, request: Request, params: Params) {
  const access = await requirePartnershipRole(context, request, params.partnership, BUILDER_ROLES);
  const actor: Actor = { userId: access.user.id, partnershipId: access.partnership.id };
  return { access, actor, partnership: access.partnership, csrf: csrfTokenFor(context, access) };
}

/** As `builderAccess`, plus the survey, which must be this partnership's (404 otherwise). */
export async function builderSurvey(context: AppLoadContext, request: Request, params: Params) {
  const base = await builderAccess(context, request, params);
  const survey: BuilderSurvey | null = await getSurvey(context.db, base.partnership.id, params.surveyId);
  if (!survey) notFound();
  return { ...base, survey };
}

/** Reads a staff form: access first, then CSRF, before anything else happens. */
export async function builderForm(context: AppLoadContext, request: Request, params: Params) {
  const base = await builderAccess(context, request, params);
  const length = Number(request.headers.get("Content-Length") ?? 0);
  if (length > MAX_IMPORT_BYTES * 2) throw data(null, { status: 413, headers: STAFF_NO_STORE });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw data(null, { status: 400, headers: STAFF_NO_STORE });
  }
  assertCsrf(context, base.access, form);
  return { ...base, form };
}

/** As `builderForm`, for a survey's pages: the survey must be this partnership's. */
export async function builderSurveyForm(context: AppLoadContext, request: Request, params: Params) {
  const base = await builderForm(context, request, params);
  const survey = await getSurvey(context.db, base.partnership.id, params.surveyId);
  if (!survey) notFound();
  return { ...base, survey };
}

export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export { surveyPath, surveysPath } from "./paths";
