import { isIsoDay } from "~/modules/workspace/dates";
import type { QdpxFilter } from "./qdpx.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The export form's GET fields (survey, from, to), each optional; anything malformed is refused rather than guessed. */
export function parseQdpxQuery(params: URLSearchParams): { ok: true; filter: Required<QdpxFilter> } | { ok: false } {
  const survey = (params.get("survey") ?? "").trim();
  const from = (params.get("from") ?? "").trim();
  const to = (params.get("to") ?? "").trim();
  if (survey && !UUID.test(survey)) return { ok: false };
  if ((from && !isIsoDay(from)) || (to && !isIsoDay(to))) return { ok: false };
  if (from && to && from > to) return { ok: false };
  return { ok: true, filter: { surveyId: survey || null, from: from || null, to: to || null } };
}
