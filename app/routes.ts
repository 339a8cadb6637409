import { index, route, type RouteConfig } from "@remix-run/route-config";

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
] satisfies RouteConfig;
