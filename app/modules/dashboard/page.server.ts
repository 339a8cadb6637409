import type { AppLoadContext } from "@remix-run/node";
import { ukToday } from "~/modules/responses/responses.server";
import { WORKSPACE_PAGES } from "~/modules/workspace/pages";
import { requireWorkspacePage, workspaceBasics } from "~/modules/workspace/workspace.server";
import { loadDashboard } from "./dashboard.server";
import { DASHBOARD_RANGES, parseRange } from "./period";

// /staff/p/:partnership/dashboard: access first, then the grouped counts.

export async function loadDashboardPage(context: AppLoadContext, request: Request, slug: string | undefined, today = ukToday()) {
  const access = await requireWorkspacePage(context, request, slug, "dashboard");
  const basics = workspaceBasics(context, access);
  const range = parseRange(new URL(request.url).searchParams.get("range"));
  const dashboard = await loadDashboard(context.db, access.partnership.id, { range, today, roles: basics.roles });
  const may = (page: keyof typeof WORKSPACE_PAGES) => (WORKSPACE_PAGES[page].roles as readonly string[]).some((role) => basics.roles.includes(role as never));
  return {
    ...basics,
    ranges: DASHBOARD_RANGES,
    dashboard,
    /** Links only to pages the person may open. */
    links: { triage: may("triage"), coding: may("coding") },
  };
}
