import { eq } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { partnerships, staffMemberships, staffUsers } from "#db/schema/index.ts";
import { hashPassword } from "~/modules/staff/password.server";
import type { StaffRole } from "~/modules/staff/roles";
import { seedDemoGroupMember } from "./demo-strategy.server";
import { NORTHSHIRE } from "./demo-surveys";

/** The demo's authenticator secret (base32) for the admins and the safeguarding lead: add it to an app as a setup key. */
export const DEMO_TOTP_SECRET = "HEARDDEMOADMINTOTPSECRETKEY23456";

export interface DemoStaffMember {
  email: string;
  displayName: string;
  password: string;
  platformAdmin: boolean;
  roles: StaffRole[];
  totpSecret: string | null;
}

/** Demo accounts only: these passwords are public (README), and the demo is for trying Heard out. */
export const DEMO_STAFF: DemoStaffMember[] = [
  {
    email: "platform.admin@heard.example",
    displayName: "Pat Platform (demo)",
    password: "violet kettle harbour demo",
    platformAdmin: true,
    roles: [],
    totpSecret: DEMO_TOTP_SECRET,
  },
  {
    email: "admin@northshire.example",
    displayName: "Alex Admin (demo)",
    password: "copper lantern meadow demo",
    platformAdmin: false,
    roles: ["partnership_admin"],
    totpSecret: DEMO_TOTP_SECRET,
  },
  {
    email: "analyst@northshire.example",
    displayName: "Ash Analyst (demo)",
    password: "quiet river pebble demo",
    platformAdmin: false,
    roles: ["analyst"],
    totpSecret: null,
  },
  {
    // Sees the original words of flagged answers: a second factor, like the admins.
    email: "sam.safeguarding@northshire.example",
    displayName: "Sam Safeguarding (demo)",
    password: "amber lighthouse thistle demo",
    platformAdmin: false,
    roles: ["safeguarding_lead"],
    totpSecret: DEMO_TOTP_SECRET,
  },
  {
    // Sits on the "Early help subgroup": writes "You said, we did" entries for it, and reads its summaries.
    email: "member@northshire.example",
    displayName: "Morgan Member (demo)",
    password: "harbour violet ember demo",
    platformAdmin: false,
    roles: ["implementation_member"],
    totpSecret: null,
  },
];

/**
 * Seeds the demo's staff: a platform admin, and Northshire's partnership
 * admin, analyst, safeguarding lead and an implementation group member. Safe to run again (nothing is changed for an email that
 * is already there). Returns the accounts it created, for the log.
 */
export async function seedDemoStaff(db: Database): Promise<DemoStaffMember[]> {
  const [partnership] = await db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.slug, NORTHSHIRE.slug));
  if (!partnership) throw new Error("seed the demo partnership first");
  const created: DemoStaffMember[] = [];
  for (const member of DEMO_STAFF) {
    const inserted = await db
      .insert(staffUsers)
      .values({
        email: member.email,
        displayName: member.displayName,
        passwordHash: await hashPassword(member.password),
        totpSecret: member.totpSecret,
        isPlatformAdmin: member.platformAdmin,
      })
      .onConflictDoNothing({ target: staffUsers.email })
      .returning({ id: staffUsers.id });
    if (inserted.length > 0) created.push(member);
    const [user] = await db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, member.email));
    if (member.roles.length > 0) {
      await db
        .insert(staffMemberships)
        .values(member.roles.map((role) => ({ userId: user!.id, partnershipId: partnership.id, role })))
        .onConflictDoNothing();
    }
  }
  await seedDemoGroupMember(db, partnership.id, "member@northshire.example");
  return created;
}

/** What the server prints the first time it seeds the demo. */
export function demoStaffNotice(created: DemoStaffMember[]): string {
  if (created.length === 0) return "";
  const lines = created.map(
    (m) => `  ${m.email}  password: "${m.password}"${m.totpSecret ? "  (then a code from an authenticator app)" : ""}`,
  );
  return [
    "Heard: demo staff accounts (sign in at /staff/sign-in):",
    ...lines,
    `  Authenticator setup key for the admins: ${DEMO_TOTP_SECRET}`,
  ].join("\n");
}
