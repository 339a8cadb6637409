import { data, type AppLoadContext } from "@remix-run/node";
import { requirePartnershipRole, STAFF_NO_STORE } from "~/modules/staff/access.server";
import { assertCsrf, csrfTokenFor } from "~/modules/staff/csrf.server";
import type { StaffRole } from "~/modules/staff/roles";
import { WORKSPACE_PAGES } from "~/modules/workspace/pages";
import { MAX_IMPORT_BODY_BYTES } from "./limits";
import { importSurvey } from "./imports.server";

/** Who may import answers: the people who run surveys (partnership admins and analysts). */
export const IMPORT_ROLES: readonly StaffRole[] = WORKSPACE_PAGES.surveys.roles;

type Params = { partnership?: string; surveyId?: string };

function refuse(status: number): never {
  throw data(null, { status, headers: STAFF_NO_STORE });
}

/** The role in this partnership first (404 otherwise), then the survey, which must be this partnership's (404 otherwise). */
export async function importAccess(context: AppLoadContext, request: Request, params: Params) {
  const access = await requirePartnershipRole(context, request, params.partnership, IMPORT_ROLES);
  const survey = await importSurvey(context.db, access.partnership.id, params.surveyId);
  if (!survey) refuse(404);
  return { access, partnership: access.partnership, survey, csrf: csrfTokenFor(context, access) };
}

/**
 * Reads a form of at most `maxBytes`, whatever the request says its length
 * is: the body is counted as it arrives and refused (413) past the limit.
 */
export async function readLimitedForm(request: Request, maxBytes: number): Promise<FormData> {
  const declared = Number(request.headers.get("Content-Length") ?? 0);
  if (declared > maxBytes) refuse(413);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        refuse(413);
      }
      chunks.push(value);
    }
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return await new Request(request.url, { method: "POST", headers: request.headers, body }).formData();
  } catch {
    refuse(400);
  }
}

/** As `importAccess`, for a post: access and the survey first, then the form (size-limited), then CSRF, before anything else happens. */
export async function importForm(context: AppLoadContext, request: Request, params: Params) {
  const base = await importAccess(context, request, params);
  const form = await readLimitedForm(request, MAX_IMPORT_BODY_BYTES);
  assertCsrf(context, base.access, form);
  return { ...base, form };
}
