import type { Database } from "~/modules/db/client.server";
import { auditLog } from "#db/schema/index.ts";

export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "sign_out_everywhere",
  "second_factor_enabled",
  "password_changed",
  "invitation_sent",
  "invitation_accepted",
  "role_granted",
  "role_removed",
  "partnership_created",
  "help_contacts_changed",
  "exit_site_changed",
  "service_created",
  "service_changed",
  "service_deleted",
  "survey_created",
  "survey_published",
  "survey_closed",
  "export",
  "triage_decision",
  "kiosk_code_created",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  actorId: string | null;
  partnershipId: string | null;
  action: AuditAction;
  subjectType?: string;
  subjectId?: string;
  /** Small structured facts only (a role, a version, an outcome code), never text someone wrote. */
  details?: Record<string, string | number | boolean | null>;
}

/** Appends to the audit log (which the database keeps append-only). Pass a transaction to record with the change. */
export async function recordAudit(db: Pick<Database, "insert">, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    partnershipId: entry.partnershipId,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    details: entry.details ?? {},
  });
}
