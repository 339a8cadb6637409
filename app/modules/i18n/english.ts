import admin from "~/locales/en/admin.json";
import builder from "~/locales/en/builder.json";
import coding from "~/locales/en/coding.json";
import common from "~/locales/en/common.json";
import consult from "~/locales/en/consult.json";
import dashboard from "~/locales/en/dashboard.json";
import easy from "~/locales/en/easy.json";
import exportWords from "~/locales/en/exports.json";
import feedback from "~/locales/en/feedback.json";
import help from "~/locales/en/help.json";
import imports from "~/locales/en/imports.json";
import kiosk from "~/locales/en/kiosk.json";
import kioskadmin from "~/locales/en/kioskadmin.json";
import links from "~/locales/en/links.json";
import linkadmin from "~/locales/en/linkadmin.json";
import safety from "~/locales/en/safety.json";
import platform from "~/locales/en/platform.json";
import staff from "~/locales/en/staff.json";
import summaries from "~/locales/en/summaries.json";
import strategy from "~/locales/en/strategy.json";
import triage from "~/locales/en/triage.json";
import yousaid from "~/locales/en/yousaid.json";

/**
 * Every English namespace: the server's resources, and all the hydrated
 * (English-only) staff pages bring to the browser. A new namespace is added
 * here once, and both sides have it.
 */
export const englishResources = { admin, builder, coding, common, consult, easy, feedback, help, imports, kiosk, kioskadmin, links, linkadmin, safety, platform, staff, summaries, triage, dashboard, exports: exportWords, strategy, yousaid } as const;
