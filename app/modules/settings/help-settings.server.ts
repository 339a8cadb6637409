import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~/modules/db/client.server";
import { partnerships, type HelpContacts } from "#db/schema/index.ts";
import type { HelpContact } from "#db/schema/help-contacts.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import { forgetPartnerships } from "~/modules/partnerships/partnerships.server";
import { ukToday } from "~/modules/workspace/dates";
import { CONTACT_FIELDS, CONTACT_KINDS, type ContactField, type ContactKind, type ContactsFormField, type ContactsValues } from "./help-contacts-form";
import { firstErrors, isHttpsUrl, isPhoneNumber, textField, type FieldErrors } from "~/modules/workspace/form";

export interface HelpSettings {
  helpContacts: HelpContacts;
  exitUrl: string;
}

export async function loadHelpSettings(db: Database, partnershipId: string): Promise<HelpSettings> {
  const [row] = await db
    .select({ helpContacts: partnerships.helpContacts, exitUrl: partnerships.exitUrl })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId));
  if (!row) throw new Error("partnership not found");
  return row;
}

const required = (key: string, max: number, tooLong: string) => z.string().min(1, { error: key }).max(max, { error: tooLong });
const optionalPhone = z
  .string()
  .max(30, { error: "admin:helpContacts.errors.phoneFormat" })
  .refine((v) => v === "" || isPhoneNumber(v), { error: "admin:helpContacts.errors.phoneFormat" });
const optionalWebsite = z.string().refine((v) => v === "" || isHttpsUrl(v), { error: "admin:helpContacts.errors.websiteFormat" });

const contactSchema = z.object({
  name: required("admin:helpContacts.errors.nameRequired", 120, "admin:helpContacts.errors.nameTooLong"),
  phone: optionalPhone,
  website: optionalWebsite,
  openingHours: required("admin:helpContacts.errors.openingHoursRequired", 200, "admin:helpContacts.errors.openingHoursTooLong"),
  forWhom: required("admin:helpContacts.errors.forWhomRequired", 200, "admin:helpContacts.errors.forWhomTooLong"),
});

export type ContactsResult =
  | { ok: true }
  | { ok: false; values: ContactsValues; errors: FieldErrors<ContactsFormField> };

/**
 * Saves the front door and early help contacts, and marks them reviewed
 * today if asked. Records `help_contacts_changed` (whether reviewed; no text).
 */
export async function saveHelpContacts(
  db: Database,
  actor: { userId: string; partnershipId: string },
  form: FormData,
  now = new Date(),
): Promise<ContactsResult> {
  const values = { reviewed: textField(form, "reviewed") === "yes" } as ContactsValues;
  for (const kind of CONTACT_KINDS) for (const field of CONTACT_FIELDS) values[`${kind}.${field}`] = textField(form, `${kind}.${field}`);

  const errors: FieldErrors<ContactsFormField> = {};
  const parsed: Partial<Record<ContactKind, HelpContact>> = {};
  for (const kind of CONTACT_KINDS) {
    const input = Object.fromEntries(CONTACT_FIELDS.map((f) => [f, values[`${kind}.${f}`]]));
    const result = contactSchema.safeParse(input);
    for (const [field, key] of Object.entries(firstErrors<ContactField>(result))) errors[`${kind}.${field as ContactField}`] = key;
    if (!values[`${kind}.phone`] && !values[`${kind}.website`]) errors[`${kind}.phone`] ??= "admin:helpContacts.errors.phoneOrWebsite";
    if (result.success) {
      const { phone, website, ...rest } = result.data;
      parsed[kind] = { ...rest, ...(phone ? { phone } : {}), ...(website ? { website } : {}) };
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.frontDoor || !parsed.earlyHelp) return { ok: false, values, errors };

  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ helpContacts: partnerships.helpContacts })
      .from(partnerships)
      .where(eq(partnerships.id, actor.partnershipId))
      .for("update");
    const helpContacts: HelpContacts = {
      frontDoor: parsed.frontDoor!,
      earlyHelp: parsed.earlyHelp!,
      lastReviewedOn: values.reviewed ? ukToday(now) : current!.helpContacts.lastReviewedOn,
    };
    await tx.update(partnerships).set({ helpContacts }).where(eq(partnerships.id, actor.partnershipId));
    await recordAudit(tx, {
      actorId: actor.userId,
      partnershipId: actor.partnershipId,
      action: "help_contacts_changed",
      subjectType: "partnership",
      subjectId: actor.partnershipId,
      details: { reviewed: values.reviewed },
    });
  });
  forgetPartnerships();
  return { ok: true };
}

export type ExitResult = { ok: true } | { ok: false; values: { exitUrl: string }; errors: FieldErrors<"exitUrl"> };

const exitSchema = z.object({
  exitUrl: z
    .string()
    .min(1, { error: "admin:helpContacts.errors.exitRequired" })
    .refine(isHttpsUrl, { error: "admin:helpContacts.errors.exitFormat" }),
});

/** Changes where "Exit this page" goes: an https address. Records `exit_site_changed` (no address in the log). */
export async function saveExitSite(
  db: Database,
  actor: { userId: string; partnershipId: string },
  form: FormData,
): Promise<ExitResult> {
  const values = { exitUrl: textField(form, "exitUrl") };
  const parsed = exitSchema.safeParse(values);
  if (!parsed.success) return { ok: false, values, errors: firstErrors<"exitUrl">(parsed) };
  const exitUrl = new URL(parsed.data.exitUrl).href;
  await db.transaction(async (tx) => {
    await tx.update(partnerships).set({ exitUrl }).where(eq(partnerships.id, actor.partnershipId));
    await recordAudit(tx, {
      actorId: actor.userId,
      partnershipId: actor.partnershipId,
      action: "exit_site_changed",
      subjectType: "partnership",
      subjectId: actor.partnershipId,
    });
  });
  forgetPartnerships();
  return { ok: true };
}
