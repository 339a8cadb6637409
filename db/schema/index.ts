import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import type { HelpContacts } from "./help-contacts";
import type { SurveyDefinition } from "../../app/modules/survey/definition";

export type { HelpContacts } from "./help-contacts";
export type { SurveyDefinition } from "../../app/modules/survey/definition";

export const surveyAudience = pgEnum("survey_audience", ["children", "young_people", "parents", "professionals"]);
export const surveyStatus = pgEnum("survey_status", ["draft", "published", "closed"]);
export const responseStatus = pgEnum("response_status", ["in_progress", "submitted"]);
export const responseChannel = pgEnum("response_channel", ["web", "kiosk", "school_link", "paper"]);

/** A safeguarding children partnership: the tenant every other record belongs to. */
export const partnerships = pgTable("partnerships", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  /** Who to call and when: shown on help pages; reviewed by the partnership. */
  helpContacts: jsonb("help_contacts").$type<HelpContacts>().notNull(),
  /** Where "Exit this page" sends people: a neutral site. */
  exitUrl: text("exit_url").notNull().default("https://www.bbc.co.uk/weather"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const surveys = pgTable(
  "surveys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "restrict" }),
    /** Public address: /s/<slug>. Unique across partnerships so links stay short. */
    slug: text("slug").notNull().unique(),
    audience: surveyAudience("audience").notNull(),
    status: surveyStatus("status").notNull().default("draft"),
    /** How long submitted responses are kept, in days. */
    retentionDays: integer("retention_days").notNull().default(730),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("surveys_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)],
);

/**
 * One definition of a survey. A published version never changes (a trigger
 * refuses updates to its definition); editing makes a new version.
 */
export const surveyVersions = pgTable(
  "survey_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    definition: jsonb("definition").$type<SurveyDefinition>().notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("survey_versions_survey_version").on(t.surveyId, t.version)],
);

/**
 * One person's answers to one survey version. The id is made when they start
 * and is unique, so sending twice can never make a second row. Dates are kept
 * to the day only, so a response cannot be matched to server logs.
 */
export const responses = pgTable(
  "responses",
  {
    id: uuid("id").primaryKey(),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    surveyVersionId: uuid("survey_version_id")
      .notNull()
      .references(() => surveyVersions.id, { onDelete: "restrict" }),
    channel: responseChannel("channel").notNull().default("web"),
    status: responseStatus("status").notNull().default("in_progress"),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    submittedOn: date("submitted_on", { mode: "string" }),
  },
  (t) => [
    index("responses_survey_status_idx").on(t.surveyId, t.status, t.submittedOn),
    check(
      "responses_submitted_has_date",
      sql`(${t.status} = 'submitted') = (${t.submittedOn} is not null)`,
    ),
  ],
);

/** One answer to one question; the value's shape depends on the question type. */
export const answers = pgTable(
  "answers",
  {
    responseId: uuid("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    value: jsonb("value").$type<AnswerValue>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] })],
);

export type AnswerValue = { choice: string } | { choices: string[] } | { text: string };

/** Small server-wide settings shared by every app process (e.g. a generated cookie secret). */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
