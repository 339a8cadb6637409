import { STAFF_ROLES, type StaffRole } from "~/modules/staff/roles";

/**
 * The partnership pages of the staff workspace and who may open them. Every
 * loader and action asks `requireWorkspacePage` with its own entry, and the
 * overview links only to what the person's roles allow: one list, so the two
 * cannot disagree.
 */
export const WORKSPACE_PAGES = {
  overview: { path: "", roles: STAFF_ROLES },
  surveys: { path: "surveys", roles: ["partnership_admin", "analyst"] },
  links: { path: "links", roles: ["partnership_admin", "analyst"] },
  team: { path: "team", roles: ["partnership_admin"] },
  helpContacts: { path: "help-contacts", roles: ["partnership_admin"] },
  services: { path: "services", roles: ["partnership_admin"] },
  audit: { path: "audit", roles: ["partnership_admin", "safeguarding_lead"] },
  // What people said (redacted) and the safeguarding triage queue: app/modules/triage.
  responses: { path: "responses", roles: ["partnership_admin", "analyst", "safeguarding_lead"] },
  triage: { path: "triage", roles: ["safeguarding_lead", "partnership_admin"] },
} as const satisfies Record<string, { path: string; roles: readonly StaffRole[] }>;

export type WorkspacePage = keyof typeof WORKSPACE_PAGES;

/** The pages (other than the overview) someone with these roles may open, in the order they are listed. */
export function pagesFor(roles: readonly StaffRole[]): Exclude<WorkspacePage, "overview">[] {
  return (["surveys", "links", "responses", "triage", "team", "helpContacts", "services", "audit"] as const).filter((page) =>
    (WORKSPACE_PAGES[page].roles as readonly StaffRole[]).some((role) => roles.includes(role)),
  );
}

/** A partnership page's address, e.g. /staff/p/northshire/team. */
export function workspaceHref(partnershipSlug: string, page: WorkspacePage, rest = ""): string {
  const path = WORKSPACE_PAGES[page].path;
  return `/staff/p/${encodeURIComponent(partnershipSlug)}${path ? `/${path}` : ""}${rest}`;
}
