import { data, redirect, type AppLoadContext } from "@remix-run/node";
import type { StaffAccess } from "~/modules/staff/access.server";
import { requirePartnershipRole, STAFF_NO_STORE } from "~/modules/staff/access.server";
import { assertCsrf, csrfTokenFor } from "~/modules/staff/csrf.server";
import { readForm } from "~/modules/http/form.server";
import { WORKSPACE_PAGES, type WorkspacePage } from "./pages";

export type WorkspaceAccess = StaffAccess & { partnership: { id: string; slug: string; name: string } };

/** The signed-in member of staff, if their roles in this partnership open this page; else sign-in or a 404. */
export function requireWorkspacePage(
  context: AppLoadContext,
  request: Request,
  partnershipSlug: string | undefined,
  page: WorkspacePage,
): Promise<WorkspaceAccess> {
  return requirePartnershipRole(context, request, partnershipSlug, WORKSPACE_PAGES[page].roles);
}

/** What every workspace page gets from its loader: the partnership, the person's roles there, and a CSRF token. */
export function workspaceBasics(context: AppLoadContext, access: WorkspaceAccess) {
  return {
    partnership: access.partnership,
    roles: access.user.memberships.filter((m) => m.partnershipId === access.partnership.id).map((m) => m.role),
    csrf: csrfTokenFor(context, access),
  };
}

/** Checks access, then the CSRF token, before an action reads anything else. */
export async function readWorkspaceForm(
  context: AppLoadContext,
  request: Request,
  partnershipSlug: string | undefined,
  page: WorkspacePage,
): Promise<{ access: WorkspaceAccess; form: FormData }> {
  const access = await requireWorkspacePage(context, request, partnershipSlug, page);
  const form = await readForm(request);
  assertCsrf(context, access, form);
  return { access, form };
}

/** After a change: back to a page (Post/Redirect/Get), never cached. */
export function workspaceRedirect(to: string): Response {
  return redirect(to, { headers: STAFF_NO_STORE });
}

/** A staff page's data, never cached. */
export function staffData<T>(value: T, status = 200) {
  return data(value, { status, headers: STAFF_NO_STORE });
}

export function notFound(): never {
  throw data(null, { status: 404, headers: STAFF_NO_STORE });
}
