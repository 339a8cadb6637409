import { index, layout, route, type RouteConfig } from "@remix-run/route-config";

// Public URLs carry no sensitive words: someone who sees this browser's
// history should learn nothing from them.
export default [
  index("routes/home.tsx"),
  route("healthz", "routes/healthz.ts"),
  // The respondent's journey: /s/<slug>/q/<question id>.
  route("s/:slug", "routes/survey-start.tsx"),
  route("s/:slug/q/:questionId", "routes/survey-question.tsx"),
  route("s/:slug/check", "routes/survey-check.tsx"),
  route("s/:slug/done", "routes/survey-done.tsx"),
  // Quick exit and staying safe.
  route("exit", "routes/exit.ts"),
  route("before-you-start", "routes/before-you-start.tsx"),
  route("staying-safe-online", "routes/staying-safe-online.tsx"),
  // Help and signposting.
  route("help", "routes/help.tsx"),
  route("help/services", "routes/help-services.tsx"),
  route("worried-about-a-child", "routes/worried-about-a-child.tsx"),
  route("your-data", "routes/your-data.tsx"),
  // Anonymous feedback, always open.
  route("feedback", "routes/feedback.tsx"),
  route("feedback/sent", "routes/feedback-sent.tsx"),

  // The staff workspace: hydrated, signed in, every loader and action checks role and partnership.
  ...[
    // [auth] sign-in, second factor, invitations, account
    route("staff/sign-in", "routes/staff-sign-in.tsx"),
    route("staff/sign-in/code", "routes/staff-sign-in-code.tsx"),
    route("staff/sign-out", "routes/staff-sign-out.ts"),
    route("staff/session", "routes/staff-session.ts"),
    route("staff/account/two-factor", "routes/staff-two-factor.tsx"),
    route("staff/invitations/:token", "routes/staff-invitation.tsx"),
    // /staff itself is inside the staff layout (header with the person and their partnerships).
    layout("routes/staff-layout.tsx", { id: "routes/staff-layout-auth" }, [route("staff", "routes/staff-home.tsx")]),
    // [auth-end]
  ],
  layout("routes/staff-layout.tsx", [
    // [workspace] partnership pages: /staff/p/:partnership/...
    // [workspace-end]
    // [builder] survey builder: /staff/p/:partnership/surveys/...
    // [builder-end]
  ]),
] satisfies RouteConfig;
