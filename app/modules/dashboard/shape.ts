import type { ProtectedTable } from "~/modules/reports/suppression";
import type { DashboardPeriod } from "./period";

// What the team dashboard shows: shared by the server module and the page (safe in the browser).

export const CHANNELS = ["web", "kiosk", "school_link", "paper"] as const;
export type Channel = (typeof CHANNELS)[number];
export const AUDIENCES = ["children", "young_people", "parents", "professionals"] as const;
export type Audience = (typeof AUDIENCES)[number];
/** How many settings are named before the rest are grouped as "Other settings". */
export const TOP_SETTINGS = 8;

export type SettingRow = { kind: "setting"; id: string; name: string } | { kind: "other"; settings: number } | { kind: "none" };

export interface OpenTriageDay {
  flaggedOn: string;
  /** Open items flagged that day (staff who may open triage see each one anyway: not suppressed). */
  items: number;
  /** Working days since it was flagged (0 on the day itself; more than 1 is past the target). */
  workingDays: number;
  dueBy: string;
  overdue: boolean;
}

export interface OpenTriage {
  open: number;
  overdue: number;
  /** Oldest first. */
  days: OpenTriageDay[];
}

export interface CodingRow {
  /** null for feedback. */
  surveyId: string | null;
  title: string | null;
}

/** The coding table's columns: each text in the period falls in exactly one. */
export const CODING_COLUMNS = ["coded", "waiting", "notYet"] as const;

export interface Dashboard {
  period: DashboardPeriod;
  /** Sent responses per period (rows, in `period.buckets` order) and channel (columns, CHANNELS order). */
  byTimeAndChannel: ProtectedTable;
  /** Feedback per period: one column. */
  feedbackByTime: ProtectedTable;
  settings: { rows: SettingRow[]; table: ProtectedTable };
  audiences: { rows: Audience[]; table: ProtectedTable };
  /** Null when the person's roles may not open the triage queue. */
  triage: OpenTriage | null;
  coding: {
    rows: CodingRow[];
    /** Columns in CODING_COLUMNS order; row totals are the texts in the period. */
    table: ProtectedTable;
    /** Per row: share coded and share waiting, in whole per cent; null where it may not be shown ([c]). */
    percentages: { coded: number | null; waiting: number | null }[];
    /** The same for all rows together. */
    totalPercentages: { coded: number | null; waiting: number | null };
  };
}

