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
  // [links] school, class, setting and event links: /l/<code>
  route("l/:code", "routes/link.tsx"),
  // [links-end]
  // [kiosk] children's-centre kiosks: /kiosk/...
  route("kiosk", "routes/kiosk.tsx"),
  route("kiosk/start", "routes/kiosk-start.tsx"),
  route("kiosk/answer", "routes/kiosk-answer.tsx"),
  route("kiosk/thanks", "routes/kiosk-thanks.tsx"),
  route("kiosk/exit", "routes/kiosk-exit.ts"),
  route("kiosk/send", "routes/kiosk-send.ts"),
  // [kiosk-end]
  // [consult] draft-text consultation pages
  // [consult-end]
  // [easy] Easy Read and age bands
  // [easy-end]
  // [you-said] "You said, we did": public pages per partnership and per survey
  route("you-said-we-did", "routes/you-said-we-did.tsx"),
  route("s/:slug/you-said-we-did", "routes/survey-you-said.tsx"),
  // [you-said-end]

  // The staff workspace: hydrated, signed in, every loader and action checks role and partnership.
  ...[
    // [auth] sign-in, second factor, invitations, account
    route("staff/sign-in", "routes/staff-sign-in.tsx"),
    route("staff/sign-in/code", "routes/staff-sign-in-code.tsx"),
    route("staff/sign-out", "routes/staff-sign-out.ts"),
    route("staff/session", "routes/staff-session.ts"),
    route("staff/account/two-factor", "routes/staff-two-factor.tsx"),
    route("staff/invitations/:token", "routes/staff-invitation.tsx"),
    // [auth-end]
  ],
  layout("routes/staff-layout.tsx", [
    // /staff: the person's partnerships and roles.
    route("staff", "routes/staff-home.tsx"),
    // [workspace] partnership pages: /staff/p/:partnership/...
    route("staff/p/:partnership", "routes/staff-p-overview.tsx"),
    route("staff/p/:partnership/team", "routes/staff-p-team.tsx"),
    route("staff/p/:partnership/help-contacts", "routes/staff-p-help-contacts.tsx"),
    route("staff/p/:partnership/services", "routes/staff-p-services.tsx"),
    route("staff/p/:partnership/services/new", "routes/staff-p-service-new.tsx"),
    route("staff/p/:partnership/services/:serviceId", "routes/staff-p-service-edit.tsx"),
    route("staff/p/:partnership/audit", "routes/staff-p-audit.tsx"),
    // [workspace-end]
    // [builder] survey builder: /staff/p/:partnership/surveys/...
    route("staff/p/:partnership/surveys", "routes/staff-p-surveys.tsx"),
    route("staff/p/:partnership/surveys/:surveyId", "routes/staff-p-surveys-survey.tsx"),
    route("staff/p/:partnership/surveys/:surveyId/questions/:questionId", "routes/staff-p-surveys-question.tsx"),
    route("staff/p/:partnership/surveys/:surveyId/preview", "routes/staff-p-surveys-preview.tsx"),
    route("staff/p/:partnership/surveys/:surveyId/export", "routes/staff-p-surveys-export.ts"),
    route("staff/p/:partnership/surveys/:surveyId/import", "routes/staff-p-surveys-import.tsx"),
    // [builder-end]
    // [staff-links] /staff/p/:partnership/links/...
    route("staff/p/:partnership/links", "routes/staff-p-links.tsx"),
    route("staff/p/:partnership/links/:linkId/poster", "routes/staff-p-links-poster.tsx"),
    // [staff-links-end]
    // [staff-kiosks] /staff/p/:partnership/kiosks/...
    route("staff/p/:partnership/kiosks", "routes/staff-p-kiosks.tsx"),
    // [staff-kiosks-end]
    // [triage] /staff/p/:partnership/triage/... and /staff/p/:partnership/responses/...
    route("staff/p/:partnership/responses", "routes/staff-p-responses.tsx"),
    route("staff/p/:partnership/triage", "routes/staff-p-triage.tsx"),
    route("staff/p/:partnership/triage/:flagId", "routes/staff-p-triage-flag.tsx"),
    // [triage-end]
    // [coding] /staff/p/:partnership/coding/..., codebook, themes, quotes, agreement
    route("staff/p/:partnership/coding", "routes/staff-p-coding.tsx"),
    route("staff/p/:partnership/coding/samples", "routes/staff-p-coding-samples.tsx"),
    route("staff/p/:partnership/codebook", "routes/staff-p-codebook.tsx"),
    route("staff/p/:partnership/themes/emerging", "routes/staff-p-themes-emerging.tsx"),
    route("staff/p/:partnership/quotes", "routes/staff-p-quotes.tsx"),
    // [coding-end]
    // [import] /staff/p/:partnership/surveys/:surveyId/import-answers
    route("staff/p/:partnership/surveys/:surveyId/import-answers", "routes/staff-p-surveys-import-answers.tsx"),
    // [import-end]
    // [strategy] /staff/p/:partnership/strategy/... priorities, implementation groups, codes per group
    route("staff/p/:partnership/strategy", "routes/staff-p-strategy.tsx"),
    // [strategy-end]
    // [summaries] /staff/p/:partnership/summaries/... themed summaries per group and period
    route("staff/p/:partnership/summaries", "routes/staff-p-summaries.tsx"),
    route("staff/p/:partnership/summaries/export/:format", "routes/staff-p-summaries-export.ts"),
    // [summaries-end]
    // [exports] downloads: summary exports and the REFI-QDA project
    route("staff/p/:partnership/coding/export.qdpx", "routes/staff-p-coding-export-qdpx.ts"),
    // [exports-end]
    // [actions] /staff/p/:partnership/actions/... "You said, we did" entries
    route("staff/p/:partnership/actions", "routes/staff-p-actions.tsx"),
    // [actions-end]
    // [dashboard] /staff/p/:partnership/dashboard
    route("staff/p/:partnership/dashboard", "routes/staff-p-dashboard.tsx"),
    // [dashboard-end]
    // [platform] /staff/platform/... and /staff/account/...
    route("staff/platform/partnerships", "routes/staff-platform-partnerships.tsx"),
    route("staff/account/password", "routes/staff-account-password.tsx"),
    // [platform-end]
  ]),
] satisfies RouteConfig;
