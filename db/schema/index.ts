import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import type { HelpContacts } from "./help-contacts";
import type { ServiceContact } from "./help-services";
import type { LocalizedText, SurveyDefinition } from "../../app/modules/survey/definition";

export type { HelpContacts } from "./help-contacts";
export { NEVER_REVIEWED } from "./help-contacts";
export type { ServiceContact } from "./help-services";
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
  /** The partnership's areas (place names), for feedback and the help directory's filter. */
  areas: text("areas").array().notNull().default(sql`'{}'::text[]`),
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
    /** How long the raw (unredacted) free text is kept, in days; the redacted copy stays with the response. */
    rawTextDays: integer("raw_text_days").notNull().default(90),
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
    /**
     * The person pressed "Exit this page": the browser's hold on this response
     * is gone, and a replayed cookie is refused. What was saved stays (it may
     * be in the triage queue) but can no longer be read or changed from a browser.
     */
    endedByExit: boolean("ended_by_exit").notNull().default(false),
    /** The age band the person chose, where the survey has versions for age bands. */
    ageBand: text("age_band"),
    /** The school, class, setting or event link it came through: for grouped reporting only. */
    settingId: uuid("setting_id").references((): AnyPgColumn => settingLinks.id, { onDelete: "set null" }),
    /** The children's-centre kiosk it was given at: the venue, never the person. */
    venueId: uuid("venue_id").references((): AnyPgColumn => kioskVenues.id, { onDelete: "set null" }),
    /** Answers gathered on paper or in another tool, brought in from a CSV file. */
    importId: uuid("import_id").references((): AnyPgColumn => textImports.id, { onDelete: "set null" }),
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

/**
 * A draft-text section's answer: how far the person agrees, with what they
 * would change. A comment alone is stored as `{ text }`, as before agreement was asked.
 */
export type DraftAgreement = "agree" | "partly_agree" | "disagree" | "not_sure";
export type AnswerValue =
  | { choice: string }
  | { choices: string[] }
  | { text: string }
  | { agreement: DraftAgreement; text?: string };

/** Small server-wide settings shared by every app process (e.g. a generated cookie secret). */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

// ---- Help and signposting ------------------------------------------------------

/**
 * An early-help service in a partnership's directory. Needs, audiences and
 * areas are short codes (see app/modules/help/needs.ts): the public filter and
 * the signposts from survey answers both match on them.
 */
export const helpServices = pgTable(
  "help_services",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    /** Stable id for links and seeding, e.g. "northshire-food-hub". */
    slug: text("slug").notNull(),
    name: jsonb("name").$type<LocalizedText>().notNull(),
    /** What it does, in plain words. */
    summary: jsonb("summary").$type<LocalizedText>().notNull(),
    needs: text("needs").array().notNull(),
    /** Who it is for: age bands and "parents" (codes). */
    audiences: text("audiences").array().notNull(),
    /** Areas of the partnership it covers (codes); empty means the whole partnership. */
    areas: text("areas").array().notNull().default(sql`'{}'::text[]`),
    contact: jsonb("contact").$type<ServiceContact>().notNull(),
    openingHours: jsonb("opening_hours").$type<LocalizedText>().notNull(),
    /** Languages the service can help in, as BCP 47 codes. */
    languages: text("languages").array().notNull().default(sql`'{en}'::text[]`),
    cost: jsonb("cost").$type<LocalizedText>().notNull(),
    /** A national service (e.g. Childline), listed for every area. */
    national: boolean("national").notNull().default(false),
    lastReviewedOn: date("last_reviewed_on", { mode: "string" }).notNull(),
  },
  (t) => [unique("help_services_partnership_slug").on(t.partnershipId, t.slug)],
);

// ---- Anonymous feedback ----------------------------------------------------------

export const feedbackFrom = pgEnum("feedback_from", ["young_person", "parent_carer", "professional", "someone_else"]);

/**
 * Feedback anyone can leave at any time, without signing in. The id is made
 * when the form is shown, so sending twice stores it once. Day only, no time.
 */
export const feedback = pgTable(
  "feedback",
  {
    id: uuid("id").primaryKey(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    from: feedbackFrom("from_whom"),
    ageBand: text("age_band"),
    area: text("area"),
    channel: responseChannel("channel").notNull().default("web"),
    /** Given at a children's-centre kiosk: the venue, never the person. */
    venueId: uuid("venue_id").references((): AnyPgColumn => kioskVenues.id, { onDelete: "set null" }),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
  },
  (t) => [index("feedback_partnership_received_idx").on(t.partnershipId, t.receivedOn)],
);

// ---- Safeguarding triage -----------------------------------------------------------

export const triageSource = pgEnum("triage_source", ["detector", "staff"]);
export const triageStatus = pgEnum("triage_status", ["new", "reviewed"]);
export const triageOutcome = pgEnum("triage_outcome", ["no_concern", "help_already_given", "referred"]);

/**
 * Something a person wrote that may disclose harm, waiting for the
 * partnership's safeguarding lead. It points at the text; it never copies it.
 */
export const triageFlags = pgTable(
  "triage_flags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    responseId: uuid("response_id").references(() => responses.id, { onDelete: "cascade" }),
    /** The free-text question whose answer was flagged. */
    questionId: text("question_id"),
    feedbackId: uuid("feedback_id").references(() => feedback.id, { onDelete: "cascade" }),
    source: triageSource("source").notNull(),
    status: triageStatus("status").notNull().default("new"),
    outcome: triageOutcome("outcome"),
    /** To the day, like the response itself; the one-working-day target needs no more. */
    flaggedOn: date("flagged_on", { mode: "string" }).notNull(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    /** Who reviewed it (the safeguarding lead). */
    reviewedBy: uuid("reviewed_by").references((): AnyPgColumn => staffUsers.id, { onDelete: "set null" }),
  },
  (t) => [
    check(
      "triage_flags_one_subject",
      sql`(${t.responseId} is not null and ${t.questionId} is not null and ${t.feedbackId} is null) or (${t.responseId} is null and ${t.questionId} is null and ${t.feedbackId} is not null)`,
    ),
    check("triage_flags_outcome_when_reviewed", sql`(${t.status} = 'reviewed') = (${t.outcome} is not null)`),
    unique("triage_flags_response_question").on(t.responseId, t.questionId),
    unique("triage_flags_feedback").on(t.feedbackId),
    index("triage_flags_queue_idx").on(t.partnershipId, t.status, t.flaggedOn),
  ],
);

// ---- Staff: people, roles per partnership, sessions, invitations, audit ------------

export const staffRole = pgEnum("staff_role", [
  "partnership_admin",
  "analyst",
  "safeguarding_lead",
  "implementation_member",
]);

/** A member of staff. Email is stored lower-cased; there is no password until an invitation is accepted. */
export const staffUsers = pgTable("staff_users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  displayName: text("display_name").notNull(),
  /** argon2id (19 MiB, t=2, p=1), PHC string. */
  passwordHash: text("password_hash"),
  /** Base32 TOTP secret (RFC 6238), set once the person has confirmed a code from their app. */
  totpSecret: text("totp_secret"),
  /** The last TOTP time step this person used: a code is never accepted twice, in any process. */
  totpLastStep: integer("totp_last_step"),
  /** Creates partnerships and appoints their first admins. */
  isPlatformAdmin: boolean("is_platform_admin").notNull().default(false),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** What a member of staff may do, partnership by partnership. */
export const staffMemberships = pgTable(
  "staff_memberships",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    role: staffRole("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.partnershipId, t.role] })],
);

/**
 * A signed-in browser. The cookie holds a random token of 256 bits; only its
 * SHA-256 is stored, so a copy of this table cannot be used to sign in.
 */
export const staffSessions = pgTable(
  "staff_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    /** False until the second factor is given, where one is needed: such a session reaches only the code page. */
    secondFactorDone: boolean("second_factor_done").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** Absolute end (12 hours after sign-in), whatever the activity. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("staff_sessions_user_idx").on(t.userId)],
);

/**
 * Failed sign-ins, counted per key: an account (`account:<user id>`) or a
 * client address (`address:<HMAC>`, never the address), shared by every app process.
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

/** An invitation to join a partnership with a role. Only the token's SHA-256 is stored. */
export const staffInvitations = pgTable(
  "staff_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    email: text("email").notNull(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    role: staffRole("role").notNull(),
    invitedBy: uuid("invited_by").references(() => staffUsers.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("staff_invitations_partnership_idx").on(t.partnershipId)],
);

/**
 * Who did what, when. Append-only: a trigger refuses updates and deletes.
 * Ids only, never free text people wrote (no answers, no names typed in forms).
 * No foreign keys, so the record outlives what it describes.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    partnershipId: uuid("partnership_id"),
    /** e.g. "sign_in", "sign_in_failed", "invitation_sent", "role_changed", "survey_published", "export", "triage_decision", "kiosk_code_created". */
    action: text("action").notNull(),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    /** Small structured facts (a role, a version number, an outcome code): never free text. */
    details: jsonb("details").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (t) => [
    index("audit_log_partnership_at_idx").on(t.partnershipId, t.at),
    index("audit_log_actor_at_idx").on(t.actorId, t.at),
  ],
);

// ---- Reach: school and setting links, children's-centre kiosks --------------------

export const settingKind = pgEnum("setting_kind", ["school", "class", "setting", "event"]);

/**
 * A link for one school, class, setting or event (/l/<code>), with a poster
 * and QR code. Responses through it record the setting, for grouped reporting
 * only: never who answered.
 */
export const settingLinks = pgTable(
  "setting_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    surveyId: uuid("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    /** The short public code in the link: random, so links cannot be guessed or counted. */
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    kind: settingKind("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** A closed link leads to a polite "this link has closed" page. */
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [index("setting_links_partnership_idx").on(t.partnershipId)],
);

/** A children's centre or other venue where a tablet runs as a kiosk. */
export const kioskVenues = pgTable(
  "kiosk_venues",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** What the kiosk shows: this survey, or the feedback form when null. */
    surveyId: uuid("survey_id").references(() => surveys.id, { onDelete: "set null" }),
    /** Seconds without a touch before the "are you still there?" warning. */
    idleSeconds: integer("idle_seconds").notNull().default(120),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [index("kiosk_venues_partnership_idx").on(t.partnershipId)],
);

/**
 * A one-time code a member of staff makes to turn a tablet into a kiosk for a
 * venue. Only the code's SHA-256 is stored. The demo's code may be used again.
 */
export const kioskCodes = pgTable("kiosk_codes", {
  codeHash: text("code_hash").primaryKey(),
  venueId: uuid("venue_id")
    .notNull()
    .references(() => kioskVenues.id, { onDelete: "cascade" }),
  createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
  reusable: boolean("reusable").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A tablet running as a kiosk: its cookie holds a random token, of which only
 * the SHA-256 is stored. It identifies the venue, never a person.
 */
export const kioskDevices = pgTable(
  "kiosk_devices",
  {
    tokenHash: text("token_hash").primaryKey(),
    venueId: uuid("venue_id")
      .notNull()
      .references(() => kioskVenues.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("kiosk_devices_venue_idx").on(t.venueId)],
);

// ---- Analysis: redacted text, codebook, suggestions, coding, quotes, imports ------

export const sentiment = pgEnum("sentiment", ["positive", "neutral", "negative"]);

/**
 * One piece of free text people wrote (a free-text or draft-text answer of a
 * sent response, or a piece of feedback), as staff may read it: redacted on
 * arrival, in the same transaction that stores it. The raw words stay only
 * in `answers` / `feedback` until the survey's raw-text period ends.
 */
export const textItems = pgTable(
  "text_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    surveyId: uuid("survey_id").references(() => surveys.id, { onDelete: "cascade" }),
    responseId: uuid("response_id").references(() => responses.id, { onDelete: "cascade" }),
    questionId: text("question_id"),
    /** The question's shared code (age-banded versions of one question share it). */
    questionCode: text("question_code"),
    feedbackId: uuid("feedback_id").references(() => feedback.id, { onDelete: "cascade" }),
    /** Names, contact details, places, schools, handles, links, exact ages replaced by [name], [phone], [place]... */
    redacted: text("redacted").notNull(),
    sentiment: sentiment("sentiment"),
    /** Brought in from a CSV file rather than typed into Heard. */
    imported: boolean("imported").notNull().default(false),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    /** When the raw words were deleted (retention); the redacted copy stays. */
    rawDeletedOn: date("raw_deleted_on", { mode: "string" }),
  },
  (t) => [
    check(
      "text_items_one_subject",
      sql`(${t.responseId} is not null and ${t.questionId} is not null and ${t.feedbackId} is null) or (${t.responseId} is null and ${t.questionId} is null and ${t.feedbackId} is not null)`,
    ),
    unique("text_items_response_question").on(t.responseId, t.questionId),
    unique("text_items_feedback").on(t.feedbackId),
    index("text_items_partnership_received_idx").on(t.partnershipId, t.receivedOn),
    index("text_items_survey_idx").on(t.surveyId),
  ],
);

/**
 * A partnership's codebook: the 16 built-in neglect codes (exactly as the
 * default codebook names them) and the partnership's own.
 */
export const codebookCodes = pgTable(
  "codebook_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    /** Short stable code, e.g. "basic_needs". */
    code: text("code").notNull(),
    label: text("label").notNull(),
    staffDescription: text("staff_description").notNull(),
    childDescription: text("child_description").notNull(),
    examplePhrases: text("example_phrases").array().notNull().default(sql`'{}'::text[]`),
    builtIn: boolean("built_in").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("codebook_codes_partnership_code").on(t.partnershipId, t.code), check("codebook_codes_code_format", sql`${t.code} ~ '^[a-z][a-z0-9_]*$'`)],
);

/** A code the analyser suggests for a text, with why (the phrases or similar answers that led to it). */
export const codeSuggestions = pgTable(
  "code_suggestions",
  {
    textItemId: uuid("text_item_id")
      .notNull()
      .references(() => textItems.id, { onDelete: "cascade" }),
    codeId: uuid("code_id")
      .notNull()
      .references(() => codebookCodes.id, { onDelete: "cascade" }),
    score: real("score").notNull(),
    /** Matched phrases (from the text) and ids of similar, already-coded text items. */
    reason: jsonb("reason").$type<{ phrases: string[]; similar: string[] }>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.textItemId, t.codeId] })],
);

export const codingDecision = pgEnum("coding_decision", ["accepted", "rejected"]);

/**
 * An analyst's decision on one code for one text: accepting a suggestion,
 * rejecting it, or adding a code of their own (accepted, not suggested).
 * Accepted codes are what reports count. One row per coder, so two analysts
 * can code the same sample blind and be compared.
 */
export const codings = pgTable(
  "codings",
  {
    textItemId: uuid("text_item_id")
      .notNull()
      .references(() => textItems.id, { onDelete: "cascade" }),
    codeId: uuid("code_id")
      .notNull()
      .references(() => codebookCodes.id, { onDelete: "cascade" }),
    coderId: uuid("coder_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
    decision: codingDecision("decision").notNull(),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.textItemId, t.codeId, t.coderId] }), index("codings_code_idx").on(t.codeId)],
);

/** A sample of texts two (or more) analysts code blind, to measure agreement (Cohen's kappa per code). */
export const codingSamples = pgTable("coding_samples", {
  id: uuid("id").primaryKey().defaultRandom(),
  partnershipId: uuid("partnership_id")
    .notNull()
    .references(() => partnerships.id, { onDelete: "cascade" }),
  name: text("name").notNull(),
  createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const codingSampleItems = pgTable(
  "coding_sample_items",
  {
    sampleId: uuid("sample_id")
      .notNull()
      .references(() => codingSamples.id, { onDelete: "cascade" }),
    textItemId: uuid("text_item_id")
      .notNull()
      .references(() => textItems.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.sampleId, t.textItemId] })],
);

export const quoteStatus = pgEnum("quote_status", ["proposed", "approved", "rejected"]);

/** A short redacted quote proposed for a theme; none leaves the team until a person approves it. */
export const quotes = pgTable(
  "quotes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    textItemId: uuid("text_item_id")
      .notNull()
      .references(() => textItems.id, { onDelete: "cascade" }),
    codeId: uuid("code_id")
      .notNull()
      .references(() => codebookCodes.id, { onDelete: "cascade" }),
    /** An excerpt of the redacted text, never the raw words. */
    excerpt: text("excerpt").notNull(),
    status: quoteStatus("status").notNull().default("proposed"),
    decidedBy: uuid("decided_by").references(() => staffUsers.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [unique("quotes_text_code").on(t.textItemId, t.codeId), index("quotes_code_status_idx").on(t.codeId, t.status)],
);

/** A CSV file of answers gathered on paper or in another tool, brought into a survey. */
export const textImports = pgTable("text_imports", {
  id: uuid("id").primaryKey().defaultRandom(),
  partnershipId: uuid("partnership_id")
    .notNull()
    .references(() => partnerships.id, { onDelete: "cascade" }),
  surveyId: uuid("survey_id")
    .notNull()
    .references(() => surveys.id, { onDelete: "cascade" }),
  createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
  /** Which CSV column went to which question: { "<column header>": "<question id>" }. */
  mapping: jsonb("mapping").$type<Record<string, string>>().notNull(),
  rowCount: integer("row_count").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

// ---- Feedback loop: strategy, implementation groups, summaries, "You said, we did" ----

/** A strategic priority (aim) of the partnership's neglect strategy, e.g. "Early help that reaches families sooner". */
export const strategicPriorities = pgTable(
  "strategic_priorities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("strategic_priorities_partnership_idx").on(t.partnershipId, t.position)],
);

/**
 * A group that owns part of the action plan (e.g. one subgroup per strategic
 * aim) and reports quarterly. Themes reach it through the codes it follows.
 */
export const implementationGroups = pgTable(
  "implementation_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    priorityId: uuid("priority_id").references(() => strategicPriorities.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("implementation_groups_partnership_idx").on(t.partnershipId, t.position)],
);

/** Which codes (themes) feed which group: many to many. */
export const implementationGroupCodes = pgTable(
  "implementation_group_codes",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => implementationGroups.id, { onDelete: "cascade" }),
    codeId: uuid("code_id")
      .notNull()
      .references(() => codebookCodes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.codeId] }), index("implementation_group_codes_code_idx").on(t.codeId)],
);

/** Staff (usually with the implementation_member role) who sit on a group. */
export const implementationGroupMembers = pgTable(
  "implementation_group_members",
  {
    groupId: uuid("group_id")
      .notNull()
      .references(() => implementationGroups.id, { onDelete: "cascade" }),
    staffUserId: uuid("staff_user_id")
      .notNull()
      .references(() => staffUsers.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.staffUserId] })],
);

/** The analyst's "What this tells us" for one group's summary of one period. */
export const summaryNotes = pgTable(
  "summary_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    groupId: uuid("group_id")
      .notNull()
      .references(() => implementationGroups.id, { onDelete: "cascade" }),
    /** First and last day of the period, inclusive (YYYY-MM-DD). */
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    text: text("text").notNull(),
    updatedBy: uuid("updated_by").references(() => staffUsers.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("summary_notes_group_period").on(t.groupId, t.periodFrom, t.periodTo)],
);

export const actionStatus = pgEnum("action_status", ["planned", "in_progress", "done"]);

/**
 * "You said, we did": what a group heard about a theme and what it did or
 * will do. Shown publicly (per partnership, and per survey when survey_id is
 * set) once published; the words live per language in action_texts.
 */
export const groupActions = pgTable(
  "group_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    groupId: uuid("group_id")
      .notNull()
      .references(() => implementationGroups.id, { onDelete: "cascade" }),
    /** The theme it answers. */
    codeId: uuid("code_id").references(() => codebookCodes.id, { onDelete: "set null" }),
    /** Shown on this survey's page too (and always on the partnership's). */
    surveyId: uuid("survey_id").references(() => surveys.id, { onDelete: "set null" }),
    status: actionStatus("status").notNull().default("planned"),
    /** When it was done, or is due (YYYY-MM-DD). */
    actionOn: date("action_on", { mode: "string" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => staffUsers.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("group_actions_partnership_idx").on(t.partnershipId, t.publishedAt),
    index("group_actions_survey_idx").on(t.surveyId),
  ],
);

/** An action's words in one language, in plain words for adults and for children. */
export const groupActionTexts = pgTable(
  "group_action_texts",
  {
    actionId: uuid("action_id")
      .notNull()
      .references(() => groupActions.id, { onDelete: "cascade" }),
    /** A language code the public site offers, e.g. "en", "ur". */
    language: text("language").notNull(),
    heardForAdults: text("heard_for_adults").notNull(),
    didForAdults: text("did_for_adults").notNull(),
    heardForChildren: text("heard_for_children").notNull(),
    didForChildren: text("did_for_children").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.language] })],
);
