import { and, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "~/modules/db/client.server";
import { auditLog, staffMemberships, staffUsers } from "#db/schema/index.ts";
import { isIsoDay } from "~/modules/workspace/dates";
import { AUDIT_ACTIONS, type AuditAction } from "./audit.server";

/** Entries on one page of the audit log. */
export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action?: AuditAction;
  /** UK dates, yyyy-mm-dd, both days included. */
  from?: string;
  to?: string;
  page: number;
}

export type AuditFilterField = "action" | "from" | "to";

export interface ParsedAuditFilter {
  filter: AuditFilter;
  /** What was typed, to show again. */
  values: Record<AuditFilterField, string>;
  errors: Partial<Record<AuditFilterField, string>>;
}

function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The GET form's filter (?action=&from=&to=&page=). A field that does not make sense is an error and is not applied. */
export function parseAuditFilter(params: URLSearchParams): ParsedAuditFilter {
  const values = {
    action: (params.get("action") ?? "").trim(),
    from: (params.get("from") ?? "").trim(),
    to: (params.get("to") ?? "").trim(),
  };
  const errors: ParsedAuditFilter["errors"] = {};
  const pageNumber = Number.parseInt(params.get("page") ?? "1", 10);
  const filter: AuditFilter = { page: Number.isSafeInteger(pageNumber) && pageNumber >= 1 ? Math.min(pageNumber, 100_000) : 1 };
  if (values.action) {
    if (isAuditAction(values.action)) filter.action = values.action;
    else errors.action = "admin:audit.errors.actionUnknown";
  }
  if (values.from) {
    if (isIsoDay(values.from)) filter.from = values.from;
    else errors.from = "admin:audit.errors.fromFormat";
  }
  if (values.to) {
    if (isIsoDay(values.to)) filter.to = values.to;
    else errors.to = "admin:audit.errors.toFormat";
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    errors.to = "admin:audit.errors.toBeforeFrom";
    delete filter.to;
  }
  return { filter, values, errors };
}

export interface AuditRow {
  id: string;
  at: string;
  action: string;
  /** The actor's display name; null for the system, or someone whose account has gone. */
  actorName: string | null;
  actorId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, string | number | boolean | null>;
}

export interface AuditPage {
  entries: AuditRow[];
  page: number;
  pageCount: number;
  total: number;
}

/**
 * Events of a person's account rather than of a partnership (recorded with no
 * partnership): each partnership's admins see them for the people who work there.
 */
export const ACCOUNT_ACTIONS: readonly AuditAction[] = [
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "sign_out_everywhere",
  "sign_out_idle",
  "second_factor_enabled",
  "password_changed",
];

/** The partnership's own entries, and the account events of its members (by them, or against their account). */
function belongsTo(db: Database, partnershipId: string): SQL {
  const members = db.select({ id: staffMemberships.userId }).from(staffMemberships).where(eq(staffMemberships.partnershipId, partnershipId));
  return or(
    eq(auditLog.partnershipId, partnershipId),
    and(
      isNull(auditLog.partnershipId),
      inArray(auditLog.action, [...ACCOUNT_ACTIONS]),
      or(
        inArray(auditLog.actorId, members),
        and(
          eq(auditLog.subjectType, "staff_user"),
          sql`${auditLog.subjectId} in (select ${staffMemberships.userId}::text from ${staffMemberships} where ${staffMemberships.partnershipId} = ${partnershipId})`,
        ),
      ),
    ),
  )!;
}

/** The partnership's audit log, newest first, one page at a time. Read only: there is no way to change it. */
export async function readAuditLog(db: Database, partnershipId: string, filter: AuditFilter): Promise<AuditPage> {
  const conditions: SQL[] = [belongsTo(db, partnershipId)];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  // Days are UK days: midnight in London, whatever the server's time zone.
  if (filter.from) conditions.push(sql`${auditLog.at} >= (${filter.from}::date)::timestamp at time zone 'Europe/London'`);
  if (filter.to) conditions.push(sql`${auditLog.at} < ((${filter.to}::date + 1)::timestamp at time zone 'Europe/London')`);
  const where = and(...conditions);
  const [{ total } = { total: 0 }] = await db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorName: staffUsers.displayName,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return { entries: rows.map((r) => ({ ...r, at: r.at.toISOString() })), page, pageCount, total };
}
