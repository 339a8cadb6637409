import type { LoaderFunctionArgs } from "@remix-run/node";
import words from "~/locales/en/exports.json";
import { recordAudit } from "~/modules/audit/audit.server";
import { parseQdpxQuery } from "~/modules/exports/qdpx-query";
import { buildQdpx } from "~/modules/exports/qdpx.server";
import { requireWorkspacePage } from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/coding/export.qdpx?survey=&from=&to=: the redacted
// answers, the codebook and the accepted codes as a REFI-QDA project for
// NVivo, ATLAS.ti or MAXQDA. Analysts and admins; audited (ids and counts only).

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "coding");
  const query = parseQdpxQuery(new URL(request.url).searchParams);
  if (!query.ok) {
    return new Response(words.qdpx.badDates, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const file = await buildQdpx(context.db, access.partnership, query.filter);
  await recordAudit(context.db, {
    actorId: access.user.id,
    partnershipId: access.partnership.id,
    action: "qdpx_exported",
    subjectType: query.filter.surveyId ? "survey" : "partnership",
    subjectId: query.filter.surveyId ?? access.partnership.id,
    details: { ...file.counts, from: query.filter.from, to: query.filter.to },
  });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
