import type { Disclosed } from "./suppression";

/**
 * CONTRACT (issue 7): a themed summary for one implementation group and one
 * period, already protected (every count has been through suppression.ts).
 * The summary page, the printable page and every export (PDF, Word, CSV,
 * Excel) are drawn from this one object, so they cannot disagree. Nothing in
 * it is raw text: quotes are approved, redacted excerpts.
 */
export interface ThemedSummary {
  partnership: { id: string; slug: string; name: string };
  group: { id: string; name: string; priority: string | null };
  /** Inclusive YYYY-MM-DD; label e.g. "July to September 2026". */
  period: SummaryPeriod;
  previousPeriod: SummaryPeriod;
  /** What was counted: chosen surveys, and whether feedback was included. */
  sources: { surveys: { id: string; title: string }[]; includesFeedback: boolean };
  /** Texts (answers and feedback) in scope that carry at least one of the group's themes. */
  base: Disclosed;
  themes: ThemeSummary[];
  /** Only dimensions whose base is at least 10; the others are listed in omittedBreakdowns. */
  breakdowns: Breakdown[];
  omittedBreakdowns: BreakdownDimension[];
  /** The analyst's "What this tells us" (may be empty). */
  whatThisTellsUs: string;
  /** ISO timestamp. */
  generatedAt: string;
}

export interface SummaryPeriod {
  from: string;
  to: string;
  label: string;
}

export interface ThemeSummary {
  codeId: string;
  code: string;
  label: string;
  /** Texts with this theme (accepted codings) in the period. */
  count: Disclosed;
  previous: Disclosed;
  /** Shown count minus shown previous count; null when either is hidden. */
  change: number | null;
  /** Approved, redacted quotes for this theme from the period. */
  quotes: string[];
}

export type BreakdownDimension = "audience" | "ageBand" | "channel" | "setting";

export interface Breakdown {
  dimension: BreakdownDimension;
  /** Column headings, e.g. audiences; keys are stable codes, labels are English words. */
  columns: { key: string; label: string }[];
  /** One row per theme, cells in column order. */
  rows: { codeId: string; label: string; cells: Disclosed[]; total: Disclosed }[];
  columnTotals: Disclosed[];
  total: Disclosed;
}
