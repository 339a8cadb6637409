import type { Database } from "~/modules/db/client.server";
import { auditLog } from "#db/schema/index.ts";

import type { AuditAction } from "./actions";

export { AUDIT_ACTIONS, type AuditAction } from "./actions";

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
