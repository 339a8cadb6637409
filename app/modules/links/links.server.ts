import { randomInt } from "node:crypto";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "~/modules/db/client.server";
import { partnerships, responses, settingLinks, surveys } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import { CODE_ALPHABET, CODE_LENGTH, isLinkKind, normaliseLinkCode, type LinkKind } from "./paths";

// School, class, setting and event links (/l/<code>): a survey's link for one
// place, with a poster. A response started through one records the setting,
// for grouped reporting only: nothing about the person.

/** A fresh random code: CODE_LENGTH characters of CODE_ALPHABET, each chosen evenly. */
export function newLinkCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export interface LinkListItem {
  id: string;
  code: string;
  name: string;
  kind: LinkKind;
  surveyId: string;
  createdAt: Date;
  closedAt: Date | null;
  /** Responses sent through the link (answers still being given are not counted). */
  responses: number;
}

/** The partnership's links, newest first, each with how many responses were sent through it. */
export async function listLinks(db: Database, partnershipId: string): Promise<LinkListItem[]> {
  const rows = await db
    .select({
      id: settingLinks.id,
      code: settingLinks.code,
      name: settingLinks.name,
      kind: settingLinks.kind,
      surveyId: settingLinks.surveyId,
      createdAt: settingLinks.createdAt,
      closedAt: settingLinks.closedAt,
      responses: count(responses.id),
    })
    .from(settingLinks)
    .leftJoin(responses, and(eq(responses.settingId, settingLinks.id), eq(responses.status, "submitted")))
    .where(eq(settingLinks.partnershipId, partnershipId))
    .groupBy(settingLinks.id)
    .orderBy(desc(settingLinks.createdAt), settingLinks.name);
  return rows.map((r) => ({ ...r, responses: Number(r.responses) }));
}

export type LinkRow = typeof settingLinks.$inferSelect;

/** One of this partnership's links, or null (also for an id that is not a uuid, or another partnership's). */
export async function getLink(db: Database, partnershipId: string, linkId: string | undefined): Promise<LinkRow | null> {
  if (!linkId || !z.uuid().safeParse(linkId).success) return null;
  const [row] = await db
    .select()
    .from(settingLinks)
    .where(and(eq(settingLinks.id, linkId), eq(settingLinks.partnershipId, partnershipId)));
  return row ?? null;
}

export type LinkField = "name" | "kind" | "survey";
export interface LinkValues {
  name: string;
  kind: string;
  survey: string;
}
export type CreateLinkResult =
  | { ok: true; id: string; code: string }
  | { ok: false; values: LinkValues; errors: Partial<Record<LinkField, string>> };

export const NAME_MAX = 120;

interface Actor {
  userId: string;
  partnershipId: string;
}

/**
 * Makes a link for one of the partnership's open surveys. Error values are
 * keys in the `linkadmin` namespace. Records `setting_link_created` (ids and
 * the kind only: the name is free text and stays out of the audit log).
 */
export async function createLink(db: Database, actor: Actor, values: LinkValues): Promise<CreateLinkResult> {
  const errors: Partial<Record<LinkField, string>> = {};
  const name = values.name.trim();
  if (!name) errors.name = "linkadmin:errors.nameRequired";
  else if (name.length > NAME_MAX) errors.name = "linkadmin:errors.nameTooLong";
  if (!isLinkKind(values.kind)) errors.kind = "linkadmin:errors.kindRequired";
  let surveyId: string | null = null;
  if (!values.survey) errors.survey = "linkadmin:errors.surveyRequired";
  else if (z.uuid().safeParse(values.survey).success) {
    const [survey] = await db
      .select({ id: surveys.id })
      .from(surveys)
      .where(and(eq(surveys.id, values.survey), eq(surveys.partnershipId, actor.partnershipId), eq(surveys.status, "published")));
    surveyId = survey?.id ?? null;
  }
  if (values.survey && !surveyId) errors.survey = "linkadmin:errors.surveyNotOpen";
  if (Object.keys(errors).length > 0 || !surveyId || !isLinkKind(values.kind)) return { ok: false, values, errors };
  const kind = values.kind;

  return db.transaction(async (tx) => {
    // A code already taken (about one chance in 10^14 a time) is simply drawn again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = newLinkCode();
      const [row] = await tx
        .insert(settingLinks)
        .values({ partnershipId: actor.partnershipId, surveyId, code, name, kind })
        .onConflictDoNothing({ target: settingLinks.code })
        .returning({ id: settingLinks.id });
      if (!row) continue;
      await recordAudit(tx, {
        actorId: actor.userId,
        partnershipId: actor.partnershipId,
        action: "setting_link_created",
        subjectType: "setting_link",
        subjectId: row.id,
        details: { kind, surveyId },
      });
      return { ok: true as const, id: row.id, code };
    }
    throw new Error("could not find an unused link code");
  });
}

/**
 * Closes a link: it then leads to a polite "this link has closed" page, and
 * starts no response. Records `setting_link_closed`. Closing twice changes nothing.
 */
export async function closeLink(db: Database, actor: Actor, linkId: string): Promise<"closed" | "already_closed" | "not_found"> {
  const link = await getLink(db, actor.partnershipId, linkId);
  if (!link) return "not_found";
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(settingLinks)
      .set({ closedAt: new Date() })
      .where(and(eq(settingLinks.id, link.id), eq(settingLinks.partnershipId, actor.partnershipId), isNull(settingLinks.closedAt)))
      .returning({ id: settingLinks.id });
    if (closed.length === 0) return "already_closed" as const;
    await recordAudit(tx, {
      actorId: actor.userId,
      partnershipId: actor.partnershipId,
      action: "setting_link_closed",
      subjectType: "setting_link",
      subjectId: link.id,
    });
    return "closed" as const;
  });
}

// ---- The public side ---------------------------------------------------------------

export interface OpenLink {
  id: string;
  code: string;
}

/**
 * The open link with this code for this survey, or null: a code for another
 * survey, a closed link, or anything that is not a code is ignored.
 */
export async function findOpenLink(db: Database, rawCode: string | null | undefined, surveyId: string): Promise<OpenLink | null> {
  const code = normaliseLinkCode(rawCode);
  if (!code) return null;
  const [row] = await db
    .select({ id: settingLinks.id, code: settingLinks.code })
    .from(settingLinks)
    .where(and(eq(settingLinks.code, code), eq(settingLinks.surveyId, surveyId), isNull(settingLinks.closedAt)));
  return row ?? null;
}

export type LinkLookup =
  | { state: "open"; code: string; surveySlug: string }
  | { state: "closed"; partnershipSlug: string; partnershipName: string }
  | { state: "unknown" };

/** What /l/<code> leads to: the survey (link and survey open), a closed link, or nothing known. */
export async function lookupLink(db: Database, rawCode: string | undefined): Promise<LinkLookup> {
  const code = normaliseLinkCode(rawCode);
  if (!code) return { state: "unknown" };
  const [row] = await db
    .select({
      code: settingLinks.code,
      closedAt: settingLinks.closedAt,
      surveySlug: surveys.slug,
      surveyStatus: surveys.status,
      partnershipSlug: partnerships.slug,
      partnershipName: partnerships.name,
    })
    .from(settingLinks)
    .innerJoin(surveys, eq(surveys.id, settingLinks.surveyId))
    .innerJoin(partnerships, eq(partnerships.id, settingLinks.partnershipId))
    .where(eq(settingLinks.code, code));
  if (!row) return { state: "unknown" };
  if (row.closedAt === null && row.surveyStatus === "published") return { state: "open", code: row.code, surveySlug: row.surveySlug };
  return { state: "closed", partnershipSlug: row.partnershipSlug, partnershipName: row.partnershipName };
}
