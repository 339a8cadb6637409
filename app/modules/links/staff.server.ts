import type { AppLoadContext } from "@remix-run/node";
import { listSurveys } from "~/modules/builder/builder.server";
import { qrSvg } from "~/modules/qr/qr.server";
import { textField } from "~/modules/workspace/form";
import {
  notFound,
  readWorkspaceForm,
  requireWorkspacePage,
  staffData,
  workspaceBasics,
  workspaceRedirect,
} from "~/modules/workspace/workspace.server";
import { closeLink, createLink, getLink, listLinks } from "./links.server";
import { linkPath, staffLinksPath } from "./paths";

// The staff side of school and setting links: the list, making and closing
// links, and each link's poster. Partnership admins and analysts (the people
// who run surveys) may do all of it: WORKSPACE_PAGES.links.

/**
 * The address people are sent to, in full, for posters: HEARD_PUBLIC_URL when
 * set (behind a proxy), else the address this page was asked for.
 */
export function publicOrigin(request: Request): string {
  const configured = process.env.HEARD_PUBLIC_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // An address that does not parse is ignored.
    }
  }
  return new URL(request.url).origin;
}

const DONE = ["created", "closed"] as const;

async function openSurveysOf(context: AppLoadContext, partnershipId: string) {
  const surveys = await listSurveys(context.db, partnershipId);
  return {
    titles: new Map(surveys.map((s) => [s.id, s.title])),
    audiences: new Map(surveys.map((s) => [s.id, s.audience])),
    open: surveys.filter((s) => s.status === "published" && s.publishedVersion !== null).map((s) => ({ id: s.id, title: s.title })),
  };
}

export async function loadLinksPage(context: AppLoadContext, request: Request, partnershipSlug: string | undefined) {
  const access = await requireWorkspacePage(context, request, partnershipSlug, "links");
  const url = new URL(request.url);
  const origin = publicOrigin(request);
  const [links, surveys] = await Promise.all([listLinks(context.db, access.partnership.id), openSurveysOf(context, access.partnership.id)]);
  const rows = links.map((link) => ({
    id: link.id,
    name: link.name,
    kind: link.kind,
    url: origin + linkPath(link.code),
    surveyTitle: surveys.titles.get(link.surveyId) ?? "",
    responses: link.responses,
    createdAt: link.createdAt.toISOString(),
    closedAt: link.closedAt?.toISOString() ?? null,
  }));
  // "Close" first asks (GET ?close=<id>): closing cannot be undone, and posters stop working.
  const closing = rows.find((r) => r.id === url.searchParams.get("close") && r.closedAt === null) ?? null;
  const done = DONE.find((d) => d === url.searchParams.get("done")) ?? null;
  return staffData({ ...workspaceBasics(context, access), links: rows, surveys: surveys.open, closing, done });
}

export async function linksAction(context: AppLoadContext, request: Request, partnershipSlug: string | undefined) {
  const { access, form } = await readWorkspaceForm(context, request, partnershipSlug, "links");
  const actor = { userId: access.user.id, partnershipId: access.partnership.id };
  const list = staffLinksPath(access.partnership.slug);
  if (textField(form, "intent") === "close") {
    const outcome = await closeLink(context.db, actor, textField(form, "linkId"));
    if (outcome === "not_found") notFound();
    return workspaceRedirect(`${list}?done=closed`);
  }
  const values = { name: textField(form, "name"), kind: textField(form, "kind"), survey: textField(form, "survey") };
  const result = await createLink(context.db, actor, values);
  if (!result.ok) return staffData({ values: result.values, errors: result.errors }, 400);
  return workspaceRedirect(`${list}?done=created`);
}

export async function loadPosterPage(
  context: AppLoadContext,
  request: Request,
  partnershipSlug: string | undefined,
  linkId: string | undefined,
) {
  const access = await requireWorkspacePage(context, request, partnershipSlug, "links");
  const link = await getLink(context.db, access.partnership.id, linkId);
  if (!link) notFound();
  const surveys = await openSurveysOf(context, access.partnership.id);
  const url = publicOrigin(request) + linkPath(link.code);
  return staffData({
    ...workspaceBasics(context, access),
    link: { id: link.id, name: link.name, kind: link.kind, closed: link.closedAt !== null },
    surveyTitle: surveys.titles.get(link.surveyId) ?? "",
    /** Who the poster speaks to: children and young people, or adults. */
    forAdults: ["parents", "professionals"].includes(surveys.audiences.get(link.surveyId) ?? ""),
    url,
    qr: await qrSvg(url),
  });
}
