import { randomBytes } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~/modules/db/client.server";
import { helpServices, type ServiceContact } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import { NEEDS, SERVICE_AUDIENCES } from "~/modules/help/needs";
import { ukToday } from "~/modules/workspace/dates";
import { BLANK_SERVICE, SERVICE_LIST_FIELDS, SERVICE_TEXT_FIELDS, type ServiceField, type ServiceValues } from "./service-form";

export { BLANK_SERVICE, type ServiceField, type ServiceValues } from "./service-form";
import { firstErrors, isHttpsUrl, isPhoneNumber, listField, textField, type FieldErrors } from "~/modules/workspace/form";

export type HelpServiceRow = typeof helpServices.$inferSelect;

export interface ServiceSummary {
  id: string;
  name: string;
  needs: string[];
  national: boolean;
  lastReviewedOn: string;
}

/** The partnership's services, by name, for the directory's admin list. */
export async function listServices(db: Database, partnershipId: string): Promise<ServiceSummary[]> {
  const rows = await db
    .select({
      id: helpServices.id,
      name: helpServices.name,
      needs: helpServices.needs,
      national: helpServices.national,
      lastReviewedOn: helpServices.lastReviewedOn,
    })
    .from(helpServices)
    .where(eq(helpServices.partnershipId, partnershipId))
    .orderBy(asc(sql`${helpServices.name}->>'en'`));
  return rows.map((r) => ({ ...r, name: r.name.en ?? "" }));
}

/** One of this partnership's services, or null (also for an id that is not a uuid, or another partnership's). */
export async function getService(db: Database, partnershipId: string, id: string | undefined): Promise<HelpServiceRow | null> {
  if (!id || !z.uuid().safeParse(id).success) return null;
  const [row] = await db
    .select()
    .from(helpServices)
    .where(and(eq(helpServices.id, id), eq(helpServices.partnershipId, partnershipId)));
  return row ?? null;
}

export function serviceValues(row: HelpServiceRow): ServiceValues {
  return {
    name: row.name.en ?? "",
    summary: row.summary.en ?? "",
    phone: row.contact.phone ?? "",
    text: row.contact.text ?? "",
    website: row.contact.website ?? "",
    walkIn: row.contact.walkIn ?? "",
    openingHours: row.openingHours.en ?? "",
    languages: row.languages.join(", "),
    cost: row.cost.en ?? "",
    needs: row.needs,
    audiences: row.audiences,
    areas: row.areas,
    national: row.national,
    reviewed: false,
  };
}

function readServiceForm(form: FormData): ServiceValues {
  const values = { ...BLANK_SERVICE };
  for (const field of SERVICE_TEXT_FIELDS) values[field] = textField(form, field);
  for (const field of SERVICE_LIST_FIELDS) values[field] = [...new Set(listField(form, field))];
  values.national = textField(form, "national") === "yes";
  values.reviewed = textField(form, "reviewed") === "yes";
  return values;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** "en, pl  cy" → ["en", "pl", "cy"], canonical BCP 47 tags; null if any is not one. */
export function parseLanguages(value: string): string[] | null {
  const tags = value.split(/[\s,]+/).filter(Boolean);
  if (tags.length === 0 || tags.length > 20 || !tags.every((t) => LANGUAGE_TAG.test(t))) return null;
  try {
    return [...new Set(Intl.getCanonicalLocales(tags))];
  } catch {
    return null;
  }
}

function serviceSchema(areas: readonly string[]) {
  const optionalPhone = z.string().refine((v) => v === "" || isPhoneNumber(v), { error: "admin:services.errors.phoneFormat" });
  return z.object({
    name: z.string().min(1, { error: "admin:services.errors.nameRequired" }).max(120, { error: "admin:services.errors.nameTooLong" }),
    summary: z
      .string()
      .min(1, { error: "admin:services.errors.summaryRequired" })
      .max(600, { error: "admin:services.errors.summaryTooLong" }),
    needs: z.array(z.enum(NEEDS, { error: "admin:services.errors.needsRequired" })).min(1, { error: "admin:services.errors.needsRequired" }),
    audiences: z
      .array(z.enum(SERVICE_AUDIENCES, { error: "admin:services.errors.audiencesRequired" }))
      .min(1, { error: "admin:services.errors.audiencesRequired" }),
    areas: z.array(z.string().refine((a) => areas.includes(a), { error: "admin:services.errors.areaUnknown" })),
    phone: optionalPhone,
    text: z.string().refine((v) => v === "" || isPhoneNumber(v), { error: "admin:services.errors.textFormat" }),
    website: z.string().refine((v) => v === "" || isHttpsUrl(v), { error: "admin:services.errors.websiteFormat" }),
    walkIn: z.string().max(200, { error: "admin:services.errors.walkInTooLong" }),
    openingHours: z
      .string()
      .min(1, { error: "admin:services.errors.openingHoursRequired" })
      .max(200, { error: "admin:services.errors.openingHoursTooLong" }),
    languages: z.string().refine((v) => parseLanguages(v) !== null, { error: "admin:services.errors.languagesFormat" }),
    cost: z.string().min(1, { error: "admin:services.errors.costRequired" }).max(120, { error: "admin:services.errors.costTooLong" }),
  });
}

export type ServiceResult = { ok: true; id: string } | { ok: false; values: ServiceValues; errors: FieldErrors<ServiceField> };

type ValidService = Omit<typeof helpServices.$inferInsert, "id" | "partnershipId" | "slug" | "lastReviewedOn">;

function validate(form: FormData, areas: readonly string[]): { values: ServiceValues; errors: FieldErrors<ServiceField>; service?: ValidService } {
  const values = readServiceForm(form);
  const parsed = serviceSchema(areas).safeParse(values);
  const errors = firstErrors<ServiceField>(parsed);
  // Array items report as "needs.0": the message goes by the list.
  for (const key of Object.keys(errors)) {
    const [field, index] = key.split(".");
    if (index !== undefined) {
      const e = errors as Record<string, string>;
      e[field!] ??= e[key]!;
      delete e[key];
    }
  }
  if (!values.phone && !values.text && !values.website && !values.walkIn) errors.phone ??= "admin:services.errors.contactRequired";
  if (!parsed.success || Object.keys(errors).length > 0) return { values, errors };
  const d = parsed.data;
  const contact: ServiceContact = {
    ...(d.phone ? { phone: d.phone } : {}),
    ...(d.text ? { text: d.text } : {}),
    ...(d.website ? { website: d.website } : {}),
    ...(d.walkIn ? { walkIn: d.walkIn } : {}),
  };
  return {
    values,
    errors,
    service: {
      name: { en: d.name },
      summary: { en: d.summary },
      needs: d.needs,
      audiences: d.audiences,
      areas: d.areas,
      contact,
      openingHours: { en: d.openingHours },
      languages: parseLanguages(d.languages)!,
      cost: { en: d.cost },
      national: values.national,
    },
  };
}

function slugFor(name: string): string {
  const base = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/, "");
  return `${base || "service"}-${randomBytes(3).toString("hex")}`;
}

type Actor = { userId: string; partnershipId: string; areas: readonly string[] };

/** Adds a service to the partnership's directory, reviewed today. Records `service_created`. */
export async function createService(db: Database, actor: Actor, form: FormData, now = new Date()): Promise<ServiceResult> {
  const { values, errors, service } = validate(form, actor.areas);
  if (!service) return { ok: false, values, errors };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(helpServices)
      .values({ ...service, partnershipId: actor.partnershipId, slug: slugFor(values.name), lastReviewedOn: ukToday(now) })
      .returning({ id: helpServices.id });
    await recordAudit(tx, {
      actorId: actor.userId,
      partnershipId: actor.partnershipId,
      action: "service_created",
      subjectType: "help_service",
      subjectId: row!.id,
    });
    return { ok: true as const, id: row!.id };
  });
}

/**
 * Changes a service. The English words are replaced; other languages' words
 * are kept for the translators. Marked reviewed today if asked. Records `service_changed`.
 */
export async function updateService(
  db: Database,
  actor: Actor,
  existing: HelpServiceRow,
  form: FormData,
  now = new Date(),
): Promise<ServiceResult> {
  const { values, errors, service } = validate(form, actor.areas);
  if (!service) return { ok: false, values, errors };
  await db.transaction(async (tx) => {
    await tx
      .update(helpServices)
      .set({
        ...service,
        name: { ...existing.name, ...service.name },
        summary: { ...existing.summary, ...service.summary },
        openingHours: { ...existing.openingHours, ...service.openingHours },
        cost: { ...existing.cost, ...service.cost },
        lastReviewedOn: values.reviewed ? ukToday(now) : existing.lastReviewedOn,
      })
      .where(and(eq(helpServices.id, existing.id), eq(helpServices.partnershipId, actor.partnershipId)));
    await recordAudit(tx, {
      actorId: actor.userId,
      partnershipId: actor.partnershipId,
      action: "service_changed",
      subjectType: "help_service",
      subjectId: existing.id,
      details: { reviewed: values.reviewed },
    });
  });
  return { ok: true, id: existing.id };
}

/** Removes a service from the directory. Records `service_deleted`. */
export async function deleteService(db: Database, actor: { userId: string; partnershipId: string }, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(helpServices)
      .where(and(eq(helpServices.id, id), eq(helpServices.partnershipId, actor.partnershipId)))
      .returning({ id: helpServices.id });
    if (deleted.length === 0) return false;
    await recordAudit(tx, {
      actorId: actor.userId,
      partnershipId: actor.partnershipId,
      action: "service_deleted",
      subjectType: "help_service",
      subjectId: id,
    });
    return true;
  });
}
