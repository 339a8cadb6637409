import { index, route, type RouteConfig } from "@remix-run/route-config";

export default [
  index("routes/home.tsx"),
  route("healthz", "routes/healthz.ts"),
  // The respondent's journey. URLs carry no sensitive words: /s/<slug>/q/<question id>.
  route("s/:slug", "routes/survey-start.tsx"),
  route("s/:slug/q/:questionId", "routes/survey-question.tsx"),
  route("s/:slug/check", "routes/survey-check.tsx"),
  route("s/:slug/done", "routes/survey-done.tsx"),
] satisfies RouteConfig;
