import { data, type AppLoadContext } from "@remix-run/node";
import { STAFF_NO_STORE, requireStaff } from "./access.server";
import { csrfTokenFor } from "./csrf.server";
import type { StaffRole } from "./roles";
import { IDLE_TIMEOUT_MS } from "./session.server";

/** How long before the idle end the warning shows. */
export const IDLE_WARNING_MS = 5 * 60 * 1000;

export interface PartnershipRoles {
  slug: string;
  name: string;
  roles: StaffRole[];
}

/** Memberships grouped by partnership, in name order. */
export function partnershipsOf(memberships: { partnershipSlug: string; partnershipName: string; role: StaffRole }[]): PartnershipRoles[] {
  const bySlug = new Map<string, PartnershipRoles>();
  for (const m of memberships) {
    const entry = bySlug.get(m.partnershipSlug) ?? { slug: m.partnershipSlug, name: m.partnershipName, roles: [] };
    if (!entry.roles.includes(m.role)) entry.roles.push(m.role);
    bySlug.set(m.partnershipSlug, entry);
  }
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The staff layout: who is signed in, their partnerships, the CSRF token for Sign out, and the idle timer. */
export async function loadStaffShell(context: AppLoadContext, request: Request) {
  const access = await requireStaff(context, request);
  const untilAbsolute = access.session.expiresAt.getTime() - Date.now();
  return data(
    {
      user: { displayName: access.user.displayName, email: access.user.email, isPlatformAdmin: access.user.isPlatformAdmin },
      partnerships: partnershipsOf(access.user.memberships),
      csrf: csrfTokenFor(context, access),
      // Milliseconds from now, not clock times: the browser's clock may be wrong.
      idleMs: Math.min(IDLE_TIMEOUT_MS, untilAbsolute),
      warningMs: IDLE_WARNING_MS,
    },
    { headers: STAFF_NO_STORE },
  );
}

/** /staff: the person's partnerships and roles, and their account. */
export async function loadStaffHome(context: AppLoadContext, request: Request) {
  const access = await requireStaff(context, request);
  return data(
    {
      displayName: access.user.displayName,
      isPlatformAdmin: access.user.isPlatformAdmin,
      hasTotp: access.user.hasTotp,
      partnerships: partnershipsOf(access.user.memberships),
      csrf: csrfTokenFor(context, access),
      twoFactorDone: new URL(request.url).searchParams.has("twoFactor"),
    },
    { headers: STAFF_NO_STORE },
  );
}
