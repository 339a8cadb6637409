import { data, redirect, type AppLoadContext } from "@remix-run/node";
import { and, eq, isNull } from "drizzle-orm";
import { partnerships, staffMemberships, staffUsers } from "#db/schema/index.ts";
import { ROLES_NEEDING_SECOND_FACTOR, type StaffRole } from "./roles";
import { readStaffToken, touchStaffSession, type LiveSession } from "./session.server";

export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  /** Needs a second factor (admins must have one). */
  hasTotp: boolean;
  memberships: { partnershipId: string; partnershipSlug: string; partnershipName: string; role: StaffRole }[];
}

export interface StaffAccess {
  user: StaffUser;
  session: LiveSession;
  token: string;
}

/** Staff pages never go in a shared cache, and never in the browser's. */
export const STAFF_NO_STORE = { "Cache-Control": "no-store" } as const;

const SIGN_IN_PATH = "/staff/sign-in";
export const TWO_FACTOR_SETUP_PATH = "/staff/account/two-factor";

function signInRedirect(request: Request): never {
  const url = new URL(request.url);
  const back = url.pathname.startsWith("/staff") ? `?to=${encodeURIComponent(url.pathname + url.search)}` : "";
  throw redirect(`${SIGN_IN_PATH}${back}`, { headers: STAFF_NO_STORE });
}

/**
 * The signed-in member of staff, with their roles, or a redirect to sign in.
 * A session still waiting for its second factor reaches only the code page;
 * an admin without a second factor reaches only the page that sets one up.
 */
export async function requireStaff(
  context: AppLoadContext,
  request: Request,
  { allowPendingSecondFactor = false, allowTotpSetup = false } = {},
): Promise<StaffAccess> {
  const token = readStaffToken(context, request);
  if (!token) signInRedirect(request);
  const session = await touchStaffSession(context.db, token);
  if (!session) signInRedirect(request);
  if (!session.secondFactorDone && !allowPendingSecondFactor) {
    throw redirect("/staff/sign-in/code", { headers: STAFF_NO_STORE });
  }
  const [user] = await context.db
    .select()
    .from(staffUsers)
    .where(and(eq(staffUsers.id, session.userId), isNull(staffUsers.disabledAt)));
  if (!user) signInRedirect(request);
  const memberships = await context.db
    .select({
      partnershipId: staffMemberships.partnershipId,
      partnershipSlug: partnerships.slug,
      partnershipName: partnerships.name,
      role: staffMemberships.role,
    })
    .from(staffMemberships)
    .innerJoin(partnerships, eq(partnerships.id, staffMemberships.partnershipId))
    .where(eq(staffMemberships.userId, user.id));
  // Admins (of a partnership or of the platform) and safeguarding leads must have a second factor before anything else.
  const needsTotp = user.isPlatformAdmin || memberships.some((m) => ROLES_NEEDING_SECOND_FACTOR.includes(m.role));
  if (needsTotp && user.totpSecret === null && !allowTotpSetup) {
    throw redirect(TWO_FACTOR_SETUP_PATH, { headers: STAFF_NO_STORE });
  }
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      isPlatformAdmin: user.isPlatformAdmin,
      hasTotp: user.totpSecret !== null,
      memberships,
    },
    session,
    token,
  };
}

/**
 * The signed-in member of staff, if they hold one of `roles` in the
 * partnership with this slug. Anyone else gets a 404, not a 403: a foreign
 * partnership's pages do not admit they exist.
 */
export async function requirePartnershipRole(
  context: AppLoadContext,
  request: Request,
  partnershipSlug: string | undefined,
  roles: readonly StaffRole[],
): Promise<StaffAccess & { partnership: { id: string; slug: string; name: string } }> {
  const access = await requireStaff(context, request);
  const held = access.user.memberships.filter((m) => m.partnershipSlug === partnershipSlug);
  const allowed = held.find((m) => roles.includes(m.role));
  if (!allowed) throw data(null, { status: 404, headers: STAFF_NO_STORE });
  return {
    ...access,
    partnership: { id: allowed.partnershipId, slug: allowed.partnershipSlug, name: allowed.partnershipName },
  };
}

/** Platform admins only (creating partnerships). */
export async function requirePlatformAdmin(context: AppLoadContext, request: Request): Promise<StaffAccess> {
  const access = await requireStaff(context, request);
  if (!access.user.isPlatformAdmin) throw data(null, { status: 404, headers: STAFF_NO_STORE });
  return access;
}
