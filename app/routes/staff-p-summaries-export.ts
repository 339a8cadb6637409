import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "~/modules/audit/audit.server";
import { renderSummaryExport, SUMMARY_EXPORT_FORMATS, type SummaryExportFormat } from "~/modules/exports/summary-export.server";
import { parseSummaryQuery } from "~/modules/reports/summary-query";
import { buildThemedSummary, visibleGroups } from "~/modules/reports/summary.server";
import { STAFF_NO_STORE } from "~/modules/staff/access.server";
import { ukToday } from "~/modules/workspace/dates";
import { notFound, requireWorkspacePage, workspaceBasics } from "~/modules/workspace/workspace.server";

// /staff/p/:partnership/summaries/export/<pdf|docx|csv|xlsx>?<the summary page's query>:
// the same summary as the page (one ThemedSummary object), as a file. Audited.

export async function loader({ context, request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspacePage(context, request, params.partnership, "summaries");
  const format = params.format as SummaryExportFormat;
  if (!SUMMARY_EXPORT_FORMATS.includes(format)) notFound();
  const { roles } = workspaceBasics(context, access);
  const { query, errors } = parseSummaryQuery(new URL(request.url).searchParams, ukToday());
  if (!query.groupId || Object.keys(errors).length > 0) {
    return new Response("Choose a group and a period on the summaries page first.", {
      status: 400,
      headers: { ...STAFF_NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const groups = await visibleGroups(context.db, access.partnership.id, { userId: access.user.id, roles });
  if (!groups.some((g) => g.id === query.groupId)) notFound();
  const summary = await buildThemedSummary(context.db, {
    partnershipId: access.partnership.id,
    groupId: query.groupId,
    from: query.from,
    to: query.to,
    surveyIds: query.surveyIds,
    includeFeedback: query.includeFeedback,
  });
  const file = await renderSummaryExport(summary, format);
  await recordAudit(context.db, {
    actorId: access.user.id,
    partnershipId: access.partnership.id,
    action: "summary_exported",
    subjectType: "implementation_group",
    subjectId: summary.group.id,
    details: { format, from: summary.period.from, to: summary.period.to },
  });
  const filename = file.filename.replace(/[^A-Za-z0-9._-]/g, "-");
  return new Response(file.body as BodyInit, {
    headers: {
      ...STAFF_NO_STORE,
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
