import { data, redirect, type AppLoadContext } from "@remix-run/node";
import { asc, sql } from "drizzle-orm";
import { z } from "zod";
import { NEVER_REVIEWED, partnerships, staffMemberships, type HelpContacts } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import { SLUG_PATTERN } from "~/modules/builder/builder.server";
import { readForm } from "~/modules/http/form.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { requirePlatformAdmin, STAFF_NO_STORE } from "~/modules/staff/access.server";
import { assertCsrf, csrfTokenFor } from "~/modules/staff/csrf.server";
import { mailInvitation, storeInvitation } from "~/modules/staff/invitations.server";
import { publicOrigin } from "~/modules/links/staff.server";
import { firstErrors, textField, type FieldErrors } from "~/modules/workspace/form";

// Platform admins create partnerships (the tenants): a name, a slug for its
// addresses, and the first partnership admin, who is invited by email.

export const PARTNERSHIPS_PATH = "/staff/platform/partnerships";
export const NAME_MAX = 200;
export const SLUG_MAX = 60;

// "Never reviewed" is a day older than any real review, so every "review due" check flags it.
export { NEVER_REVIEWED };

/** Help contacts as stored for a new partnership: the demo's shape, marked as not yet reviewed. */
export type NewHelpContacts = HelpContacts & { notYetReviewed?: true };

/**
 * Help contacts a new partnership starts with, until its admin puts in its
 * own (and marks them reviewed). They point to national GOV.UK pages that
 * find the right local council, so they are never wrong for anyone who sees
 * them before then; the names say they are not yet reviewed.
 */
export const DEFAULT_HELP_CONTACTS: NewHelpContacts = {
  frontDoor: {
    name: "Children's services front door (not yet reviewed)",
    website: "https://www.gov.uk/report-child-abuse-to-local-council",
    openingHours: "Not yet reviewed: the partnership will add its own number and opening hours.",
    forWhom: "Anyone worried that a child is being hurt or not looked after",
  },
  earlyHelp: {
    name: "Early help (not yet reviewed)",
    website: "https://www.gov.uk/find-local-council",
    openingHours: "Not yet reviewed: the partnership will add its own number and opening hours.",
    forWhom: "Families who want support before problems get bigger",
  },
  lastReviewedOn: NEVER_REVIEWED,
  notYetReviewed: true,
};

export function contactsReviewed(contacts: HelpContacts): boolean {
  return !(contacts as NewHelpContacts).notYetReviewed && contacts.lastReviewedOn !== NEVER_REVIEWED;
}

export interface PartnershipRow {
  id: string;
  slug: string;
  name: string;
  createdAt: string;
  members: number;
  contactsReviewed: boolean;
}

export async function listPartnerships(context: AppLoadContext): Promise<PartnershipRow[]> {
  const rows = await context.db
    .select({
      id: partnerships.id,
      slug: partnerships.slug,
      name: partnerships.name,
      createdAt: partnerships.createdAt,
      helpContacts: partnerships.helpContacts,
      members: sql<number>`(select count(distinct ${staffMemberships.userId})::int from ${staffMemberships} where ${staffMemberships.partnershipId} = ${partnerships.id})`,
    })
    .from(partnerships)
    .orderBy(asc(partnerships.name));
  return rows.map(({ helpContacts, createdAt, members, ...row }) => ({
    ...row,
    createdAt: createdAt.toISOString(),
    members: Number(members),
    contactsReviewed: contactsReviewed(helpContacts),
  }));
}

export type PartnershipField = "name" | "slug" | "adminEmail";
export type PartnershipValues = Record<PartnershipField, string>;

const partnershipSchema = z.object({
  name: z
    .string()
    .min(1, { error: "platform:partnerships.errors.nameRequired" })
    .max(NAME_MAX, { error: "platform:partnerships.errors.nameTooLong" }),
  slug: z
    .string()
    .min(1, { error: "platform:partnerships.errors.slugRequired" })
    .max(SLUG_MAX, { error: "platform:partnerships.errors.slugFormat" })
    .regex(SLUG_PATTERN, { error: "platform:partnerships.errors.slugFormat" }),
  adminEmail: z
    .string()
    .min(1, { error: "platform:partnerships.errors.emailRequired" })
    .max(254, { error: "platform:partnerships.errors.emailFormat" })
    .pipe(z.email({ error: "platform:partnerships.errors.emailFormat" })),
});

export type CreatePartnershipResult =
  | { ok: true; partnershipId: string; slug: string; invitationToken: string }
  | { ok: false; values: PartnershipValues; errors: FieldErrors<PartnershipField> };

/**
 * Creates a partnership with default help contacts (not yet reviewed) and
 * invites its first partnership admin, in one transaction; records
 * `partnership_created` (ids only) and `invitation_sent`. A slug already in
 * use is a clear error, never a 500.
 */
export async function createPartnership(
  context: AppLoadContext,
  actorId: string,
  form: FormData,
  /** Where the emailed link points (publicOrigin of the admin's request). */
  origin?: string,
): Promise<CreatePartnershipResult> {
  const values: PartnershipValues = {
    name: textField(form, "name"),
    slug: textField(form, "slug").toLowerCase(),
    adminEmail: textField(form, "adminEmail").toLowerCase(),
  };
  const parsed = partnershipSchema.safeParse(values);
  if (!parsed.success) return { ok: false, values, errors: firstErrors<PartnershipField>(parsed) };
  const { name, slug, adminEmail } = parsed.data;

  const created = await context.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(partnerships)
      .values({ slug, name, helpContacts: DEFAULT_HELP_CONTACTS })
      .onConflictDoNothing({ target: partnerships.slug })
      .returning({ id: partnerships.id });
    if (!row) return null;
    await recordAudit(tx, {
      actorId,
      partnershipId: row.id,
      action: "partnership_created",
      subjectType: "partnership",
      subjectId: row.id,
    });
    const invitation = await storeInvitation(tx, { email: adminEmail, partnershipId: row.id, role: "partnership_admin", invitedBy: actorId });
    return { partnershipId: row.id, token: invitation.token };
  });
  if (!created) return { ok: false, values, errors: { slug: "platform:partnerships.errors.slugTaken" } };
  forgetPartnerships();
  // The mail goes once everything is stored; if it fails, the partnership's team page can invite again.
  await mailInvitation(context.db, { email: adminEmail, partnershipId: created.partnershipId, token: created.token, origin });
  return { ok: true, partnershipId: created.partnershipId, slug, invitationToken: created.token };
}

// ---- The page's loader and action ------------------------------------------------------

export async function loadPartnershipsPage(context: AppLoadContext, request: Request) {
  const access = await requirePlatformAdmin(context, request);
  const created = new URL(request.url).searchParams.get("created");
  const list = await listPartnerships(context);
  return data(
    {
      csrf: csrfTokenFor(context, access),
      partnerships: list,
      // Only a slug that exists is echoed back.
      created: list.find((p) => p.slug === created)?.name ?? null,
    },
    { headers: STAFF_NO_STORE },
  );
}

export async function submitPartnership(context: AppLoadContext, request: Request) {
  const access = await requirePlatformAdmin(context, request);
  const form = await readForm(request);
  assertCsrf(context, access, form);
  const result = await createPartnership(context, access.user.id, form, publicOrigin(request));
  if (!result.ok) return data({ values: result.values, errors: result.errors }, { status: 400, headers: STAFF_NO_STORE });
  throw redirect(`${PARTNERSHIPS_PATH}?created=${encodeURIComponent(result.slug)}`, { headers: STAFF_NO_STORE });
}

