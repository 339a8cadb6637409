import type { AppLoadContext } from "@remix-run/node";
import { and, asc, count, eq, inArray, isNotNull } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { feedback, responses, surveyVersions, surveys } from "#db/schema/index.ts";
import { recordAudit } from "~/modules/audit/audit.server";
import { readForm } from "~/modules/http/form.server";
import { WORKSPACE_PAGES } from "~/modules/workspace/pages";
import { requireWorkspacePage, type WorkspaceAccess } from "~/modules/workspace/workspace.server";
import { assertCsrf, csrfTokenFor } from "~/modules/staff/csrf.server";
import { textField } from "~/modules/workspace/form";
import {
  IDLE_SECONDS_DEFAULT,
  IDLE_SECONDS_MAX,
  IDLE_SECONDS_MIN,
  createKioskCode,
  createVenue,
  findVenue,
  listVenues,
  revokeVenueDevices,
  type VenueSummary,
} from "./kiosk.server";
import { FEEDBACK_CHOICE } from "./paths";

// The staff side of kiosks: venues, one-time codes and revoking tablets.
// Partnership admins only. Every change is audited with ids only.

export const KIOSK_ADMIN_ROLES = WORKSPACE_PAGES.kiosks.roles;

export function requireKioskAdmin(context: AppLoadContext, request: Request, slug: string | undefined): Promise<WorkspaceAccess> {
  return requireWorkspacePage(context, request, slug, "kiosks");
}

export interface SurveyChoice {
  id: string;
  title: string;
}

/** The partnership's surveys that have a published version (a kiosk can only show those). */
export async function kioskSurveyChoices(db: Database, partnershipId: string): Promise<SurveyChoice[]> {
  const rows = await db
    .selectDistinctOn([surveys.id], { id: surveys.id, slug: surveys.slug, title: surveyVersions.definition, version: surveyVersions.version })
    .from(surveys)
    .innerJoin(surveyVersions, and(eq(surveyVersions.surveyId, surveys.id), isNotNull(surveyVersions.publishedAt)))
    .where(and(eq(surveys.partnershipId, partnershipId), eq(surveys.status, "published")))
    .orderBy(surveys.id, asc(surveyVersions.version));
  return rows
    .map((r) => ({ id: r.id, title: (r.title as { title?: { en?: string } }).title?.en ?? r.slug }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

export interface VenueRow extends VenueSummary {
  /** Survey responses and feedback sent from this venue's tablets. */
  sent: number;
}

async function sentCounts(db: Database, venueIds: string[]): Promise<Map<string, number>> {
  const sent = new Map<string, number>();
  if (venueIds.length === 0) return sent;
  const [fromResponses, fromFeedback] = await Promise.all([
    db
      .select({ venueId: responses.venueId, n: count() })
      .from(responses)
      .where(and(inArray(responses.venueId, venueIds), eq(responses.status, "submitted")))
      .groupBy(responses.venueId),
    db.select({ venueId: feedback.venueId, n: count() }).from(feedback).where(inArray(feedback.venueId, venueIds)).groupBy(feedback.venueId),
  ]);
  for (const row of [...fromResponses, ...fromFeedback]) {
    if (row.venueId) sent.set(row.venueId, (sent.get(row.venueId) ?? 0) + Number(row.n));
  }
  return sent;
}

export async function loadKioskAdmin(context: AppLoadContext, access: WorkspaceAccess) {
  const [venues, choices] = await Promise.all([
    listVenues(context.db, access.partnership.id),
    kioskSurveyChoices(context.db, access.partnership.id),
  ]);
  const sent = await sentCounts(context.db, venues.map((v) => v.id));
  const titles = new Map(choices.map((c) => [c.id, c.title]));
  return {
    partnership: access.partnership,
    csrf: csrfTokenFor(context, access),
    venues: venues.map((v) => ({
      id: v.id,
      name: v.name,
      shows: v.surveyId === null ? null : (titles.get(v.surveyId) ?? v.surveySlug ?? ""),
      showsClosed: v.surveyId !== null && !titles.has(v.surveyId),
      idleSeconds: v.idleSeconds,
      activeDevices: v.activeDevices,
      sent: sent.get(v.id) ?? 0,
    })),
    surveys: choices,
  };
}

export type VenueField = "name" | "shows" | "idleSeconds";
export type VenueErrors = Partial<Record<VenueField, string>>;
export interface VenueValues {
  name: string;
  shows: string;
  idleSeconds: string;
}

export type KioskAdminResult =
  | { intent: "venue"; ok: true }
  | { intent: "venue"; ok: false; errors: VenueErrors; values: VenueValues }
  | { intent: "code"; ok: true; code: string; venueName: string; expiresAt: string }
  | { intent: "revoke"; ok: true; venueName: string; revoked: number }
  | { intent: "unknown"; ok: false };

/** Checks access and the CSRF token, then does what the form asks. */
export async function kioskAdminAction(context: AppLoadContext, request: Request, slug: string | undefined): Promise<KioskAdminResult> {
  const access = await requireKioskAdmin(context, request, slug);
  const form = await readForm(request);
  assertCsrf(context, access, form);
  const actor = { actorId: access.user.id, partnershipId: access.partnership.id };
  const intent = textField(form, "intent");

  if (intent === "venue") {
    const values: VenueValues = { name: textField(form, "name"), shows: textField(form, "shows"), idleSeconds: textField(form, "idleSeconds") };
    const errors: VenueErrors = {};
    if (values.name === "") errors.name = "kioskadmin:errors.nameMissing";
    else if (values.name.length > 120) errors.name = "kioskadmin:errors.nameTooLong";
    const choices = await kioskSurveyChoices(context.db, access.partnership.id);
    if (values.shows !== FEEDBACK_CHOICE && !choices.some((c) => c.id === values.shows)) errors.shows = "kioskadmin:errors.showsMissing";
    const idle = values.idleSeconds === "" ? IDLE_SECONDS_DEFAULT : Number(values.idleSeconds);
    if (!Number.isInteger(idle) || idle < IDLE_SECONDS_MIN || idle > IDLE_SECONDS_MAX) errors.idleSeconds = "kioskadmin:errors.idleRange";
    if (Object.keys(errors).length > 0) return { intent, ok: false, errors, values };
    await context.db.transaction(async (tx) => {
      const venueId = await createVenue(tx, {
        partnershipId: access.partnership.id,
        name: values.name,
        surveyId: values.shows === FEEDBACK_CHOICE ? null : values.shows,
        idleSeconds: idle,
      });
      await recordAudit(tx, { ...actor, action: "kiosk_venue_created", subjectType: "kiosk_venue", subjectId: venueId });
    });
    return { intent, ok: true };
  }

  const venue = await findVenue(context.db, access.partnership.id, textField(form, "venue"));
  if (!venue) return { intent: "unknown", ok: false };
  if (intent === "code") {
    const made = await context.db.transaction(async (tx) => {
      const code = await createKioskCode(tx, { venueId: venue.id, createdBy: access.user.id });
      // Ids only: never the code, nor its hash.
      await recordAudit(tx, { ...actor, action: "kiosk_code_created", subjectType: "kiosk_venue", subjectId: venue.id });
      return code;
    });
    return { intent, ok: true, code: made.code, venueName: venue.name, expiresAt: made.expiresAt.toISOString() };
  }
  if (intent === "revoke") {
    const revoked = await context.db.transaction(async (tx) => {
      const n = await revokeVenueDevices(tx, venue.id);
      await recordAudit(tx, { ...actor, action: "kiosk_devices_revoked", subjectType: "kiosk_venue", subjectId: venue.id, details: { devices: n } });
      return n;
    });
    return { intent, ok: true, venueName: venue.name, revoked };
  }
  return { intent: "unknown", ok: false };
}
