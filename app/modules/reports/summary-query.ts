import { isIsoDay } from "~/modules/workspace/dates";
import { isQuarterKey, lastCompleteQuarter, quarterFromKey, type QuarterKey } from "./periods";

// The themed summary's address: a plain GET form (works with JavaScript
// off), so a summary can be bookmarked, printed and exported with the same
// query. ?group=<id>&quarter=2026-Q3 or ?quarter=custom&from=...&to=...,
// &survey=<id> (repeated; none = every survey), &feedback=yes.

export const CUSTOM_PERIOD = "custom";

export interface SummaryQuery {
  groupId: string | null;
  /** A quarter key, or "custom" for from/to. */
  period: QuarterKey | typeof CUSTOM_PERIOD;
  /** The period actually used (inclusive). */
  from: string;
  to: string;
  /** What was typed in the date fields (kept on error). */
  typedFrom: string;
  typedTo: string;
  surveyIds: string[];
  includeFeedback: boolean;
}

export type SummaryQueryErrors = Partial<Record<"from" | "to", string>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the query; an unusable period falls back to the last complete quarter, with errors to show. */
export function parseSummaryQuery(params: URLSearchParams, today: string): { query: SummaryQuery; errors: SummaryQueryErrors } {
  const errors: SummaryQueryErrors = {};
  const group = params.get("group") ?? "";
  const groupId = UUID.test(group) ? group.toLowerCase() : null;
  const fallback = lastCompleteQuarter(today);
  const chosen = params.get("quarter") ?? "";
  const typedFrom = (params.get("from") ?? "").trim();
  const typedTo = (params.get("to") ?? "").trim();
  let period: SummaryQuery["period"] = fallback.key;
  let from = fallback.from;
  let to = fallback.to;
  if (chosen === CUSTOM_PERIOD) {
    period = CUSTOM_PERIOD;
    if (!isIsoDay(typedFrom)) errors.from = "summaries:errors.from";
    if (!isIsoDay(typedTo)) errors.to = "summaries:errors.to";
    else if (!errors.from && typedTo < typedFrom) errors.to = "summaries:errors.toBeforeFrom";
    if (!errors.from && !errors.to) {
      from = typedFrom;
      to = typedTo;
    }
  } else if (isQuarterKey(chosen)) {
    const q = quarterFromKey(chosen);
    period = q.key;
    from = q.from;
    to = q.to;
  }
  const surveyIds = [...new Set(params.getAll("survey").filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))];
  // Before the form is first sent (no group chosen), feedback counts; after, only when ticked.
  const includeFeedback = params.has("group") ? params.get("feedback") === "yes" : true;
  return { query: { groupId, period, from, to, typedFrom, typedTo, surveyIds, includeFeedback }, errors };
}

/** The query string for a summary (for export links, the print view and redirects). */
export function summaryQueryString(query: Pick<SummaryQuery, "groupId" | "period" | "from" | "to" | "surveyIds" | "includeFeedback">): string {
  const params = new URLSearchParams();
  if (query.groupId) params.set("group", query.groupId);
  params.set("quarter", query.period);
  if (query.period === CUSTOM_PERIOD) {
    params.set("from", query.from);
    params.set("to", query.to);
  }
  for (const id of query.surveyIds) params.append("survey", id);
  if (query.includeFeedback) params.set("feedback", "yes");
  return params.toString();
}
