import { STAFF_ROLES, type StaffRole } from "~/modules/staff/roles";

/**
 * The partnership pages of the staff workspace and who may open them. Every
 * loader and action asks `requireWorkspacePage` with its own entry, and the
 * overview links only to what the person's roles allow: one list, so the two
 * cannot disagree.
 */
export const WORKSPACE_PAGES = {
  overview: { path: "", roles: STAFF_ROLES },
  // Answers over time, open triage items, how much is coded: app/modules/dashboard.
  dashboard: { path: "dashboard", roles: ["partnership_admin", "analyst", "safeguarding_lead"] },
  surveys: { path: "surveys", roles: ["partnership_admin", "analyst"] },
  links: { path: "links", roles: ["partnership_admin", "analyst"] },
  // What people said (redacted) and the safeguarding triage queue: app/modules/triage.
  responses: { path: "responses", roles: ["partnership_admin", "analyst", "safeguarding_lead"] },
  triage: { path: "triage", roles: ["safeguarding_lead", "partnership_admin"] },
  coding: { path: "coding", roles: ["partnership_admin", "analyst"] },
  codebook: { path: "codebook", roles: ["partnership_admin", "analyst"] },
  codingSamples: { path: "coding/samples", roles: ["partnership_admin", "analyst"] },
  emergingThemes: { path: "themes/emerging", roles: ["partnership_admin", "analyst"] },
  quotes: { path: "quotes", roles: ["partnership_admin", "analyst"] },
  // The feedback loop (issue 7): themed summaries for implementation groups and "You said, we did".
  summaries: { path: "summaries", roles: ["partnership_admin", "analyst", "implementation_member"] },
  actions: { path: "actions", roles: ["partnership_admin", "analyst", "implementation_member"] },
  strategy: { path: "strategy", roles: ["partnership_admin", "analyst"] },
  kiosks: { path: "kiosks", roles: ["partnership_admin"] },
  team: { path: "team", roles: ["partnership_admin"] },
  helpContacts: { path: "help-contacts", roles: ["partnership_admin"] },
  services: { path: "services", roles: ["partnership_admin"] },
  audit: { path: "audit", roles: ["partnership_admin", "safeguarding_lead"] },
} as const satisfies Record<string, { path: string; roles: readonly StaffRole[] }>;

export type WorkspacePage = keyof typeof WORKSPACE_PAGES;

/** The pages (other than the overview) someone with these roles may open, in the order WORKSPACE_PAGES lists them. */
export function pagesFor(roles: readonly StaffRole[]): Exclude<WorkspacePage, "overview">[] {
  const pages = Object.keys(WORKSPACE_PAGES).filter((page): page is Exclude<WorkspacePage, "overview"> => page !== "overview");
  return pages.filter((page) => (WORKSPACE_PAGES[page].roles as readonly StaffRole[]).some((role) => roles.includes(role)));
}

/** A partnership page's address, e.g. /staff/p/northshire/team. */
export function workspaceHref(partnershipSlug: string, page: WorkspacePage, rest = ""): string {
  const path = WORKSPACE_PAGES[page].path;
  return `/staff/p/${encodeURIComponent(partnershipSlug)}${path ? `/${path}` : ""}${rest}`;
}
