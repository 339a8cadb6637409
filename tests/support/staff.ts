import type { AppLoadContext } from "@remix-run/node";
import { eq } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { partnerships, staffMemberships, staffUsers } from "#db/schema/index.ts";
import { ROLES_NEEDING_SECOND_FACTOR, type StaffRole } from "~/modules/staff/roles";
import { createStaffSession } from "~/modules/staff/session.server";
import { TestClient } from "./integration-client";

/** The TOTP secret test admins get (base32). */
export const TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

export interface MadeStaff {
  id: string;
  email: string;
}

/** A member of staff with these roles in the partnership with `partnershipSlug` (no password: tests sign them in directly). */
export async function createStaffUser(
  db: Database,
  {
    email,
    roles = [],
    partnershipSlug,
    platformAdmin = false,
    passwordHash = null,
    totpSecret,
  }: {
    email: string;
    roles?: StaffRole[];
    partnershipSlug?: string;
    platformAdmin?: boolean;
    passwordHash?: string | null;
    totpSecret?: string | null;
  },
): Promise<MadeStaff> {
  // Admins must have a second factor (or every page sends them to set one up): give them one unless told otherwise.
  const needsTotp = platformAdmin || roles.some((role) => ROLES_NEEDING_SECOND_FACTOR.includes(role));
  const secret = totpSecret === undefined ? (needsTotp ? TEST_TOTP_SECRET : null) : totpSecret;
  const [user] = await db
    .insert(staffUsers)
    .values({ email: email.toLowerCase(), displayName: email.split("@")[0]!, isPlatformAdmin: platformAdmin, passwordHash, totpSecret: secret })
    .returning({ id: staffUsers.id, email: staffUsers.email });
  if (roles.length > 0) {
    const [partnership] = await db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, partnershipSlug ?? ""));
    if (!partnership) throw new Error(`no partnership ${partnershipSlug}`);
    await db.insert(staffMemberships).values(roles.map((role) => ({ userId: user!.id, partnershipId: partnership.id, role })));
  }
  return user!;
}

/** A TestClient already signed in as this user (second factor done), as the sign-in page would leave it. */
export async function signedInClient(context: () => AppLoadContext, db: Database, userId: string): Promise<TestClient> {
  const token = await createStaffSession(db, userId, { secondFactorDone: true });
  const client = new TestClient(context);
  client.cookie = `heard_staff=${token}`;
  return client;
}
