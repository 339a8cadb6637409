CREATE TYPE "public"."feedback_from" AS ENUM('young_person', 'parent_carer', 'professional', 'someone_else');--> statement-breakpoint
CREATE TYPE "public"."triage_outcome" AS ENUM('no_concern', 'help_already_given', 'referred');--> statement-breakpoint
CREATE TYPE "public"."triage_source" AS ENUM('detector', 'staff');--> statement-breakpoint
CREATE TYPE "public"."triage_status" AS ENUM('new', 'reviewed');--> statement-breakpoint
CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"text" text NOT NULL,
	"from_whom" "feedback_from",
	"age_band" text,
	"area" text,
	"channel" "response_channel" DEFAULT 'web' NOT NULL,
	"received_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "help_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"needs" text[] NOT NULL,
	"audiences" text[] NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact" jsonb NOT NULL,
	"opening_hours" jsonb NOT NULL,
	"languages" text[] DEFAULT '{en}'::text[] NOT NULL,
	"cost" jsonb NOT NULL,
	"national" boolean DEFAULT false NOT NULL,
	"last_reviewed_on" date NOT NULL,
	CONSTRAINT "help_services_partnership_slug" UNIQUE("partnership_id","slug")
);
--> statement-breakpoint
CREATE TABLE "triage_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"response_id" uuid,
	"question_id" text,
	"feedback_id" uuid,
	"source" "triage_source" NOT NULL,
	"status" "triage_status" DEFAULT 'new' NOT NULL,
	"outcome" "triage_outcome",
	"flagged_on" date NOT NULL,
	"reviewed_at" timestamp with time zone,
	CONSTRAINT "triage_flags_response_question" UNIQUE("response_id","question_id"),
	CONSTRAINT "triage_flags_feedback" UNIQUE("feedback_id"),
	CONSTRAINT "triage_flags_one_subject" CHECK (("triage_flags"."response_id" is not null and "triage_flags"."question_id" is not null and "triage_flags"."feedback_id" is null) or ("triage_flags"."response_id" is null and "triage_flags"."question_id" is null and "triage_flags"."feedback_id" is not null)),
	CONSTRAINT "triage_flags_outcome_when_reviewed" CHECK (("triage_flags"."status" = 'reviewed') = ("triage_flags"."outcome" is not null))
);
--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "areas" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "ended_by_exit" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_services" ADD CONSTRAINT "help_services_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_flags" ADD CONSTRAINT "triage_flags_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_flags" ADD CONSTRAINT "triage_flags_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_flags" ADD CONSTRAINT "triage_flags_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_partnership_received_idx" ON "feedback" USING btree ("partnership_id","received_on");--> statement-breakpoint
CREATE INDEX "triage_flags_queue_idx" ON "triage_flags" USING btree ("partnership_id","status","flagged_on");