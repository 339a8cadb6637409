CREATE TYPE "public"."action_status" AS ENUM('planned', 'in_progress', 'done');--> statement-breakpoint
CREATE TABLE "group_action_texts" (
	"action_id" uuid NOT NULL,
	"language" text NOT NULL,
	"heard_for_adults" text NOT NULL,
	"did_for_adults" text NOT NULL,
	"heard_for_children" text NOT NULL,
	"did_for_children" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_action_texts_action_id_language_pk" PRIMARY KEY("action_id","language")
);
--> statement-breakpoint
CREATE TABLE "group_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"code_id" uuid,
	"survey_id" uuid,
	"status" "action_status" DEFAULT 'planned' NOT NULL,
	"action_on" date,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "implementation_group_codes" (
	"group_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	CONSTRAINT "implementation_group_codes_group_id_code_id_pk" PRIMARY KEY("group_id","code_id")
);
--> statement-breakpoint
CREATE TABLE "implementation_group_members" (
	"group_id" uuid NOT NULL,
	"staff_user_id" uuid NOT NULL,
	CONSTRAINT "implementation_group_members_group_id_staff_user_id_pk" PRIMARY KEY("group_id","staff_user_id")
);
--> statement-breakpoint
CREATE TABLE "implementation_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"priority_id" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategic_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "summary_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"text" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "summary_notes_group_period" UNIQUE("group_id","period_from","period_to")
);
--> statement-breakpoint
ALTER TABLE "group_action_texts" ADD CONSTRAINT "group_action_texts_action_id_group_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."group_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_actions" ADD CONSTRAINT "group_actions_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_actions" ADD CONSTRAINT "group_actions_group_id_implementation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."implementation_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_actions" ADD CONSTRAINT "group_actions_code_id_codebook_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codebook_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_actions" ADD CONSTRAINT "group_actions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_actions" ADD CONSTRAINT "group_actions_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_group_codes" ADD CONSTRAINT "implementation_group_codes_group_id_implementation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."implementation_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_group_codes" ADD CONSTRAINT "implementation_group_codes_code_id_codebook_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codebook_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_group_members" ADD CONSTRAINT "implementation_group_members_group_id_implementation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."implementation_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_group_members" ADD CONSTRAINT "implementation_group_members_staff_user_id_staff_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_groups" ADD CONSTRAINT "implementation_groups_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_groups" ADD CONSTRAINT "implementation_groups_priority_id_strategic_priorities_id_fk" FOREIGN KEY ("priority_id") REFERENCES "public"."strategic_priorities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_priorities" ADD CONSTRAINT "strategic_priorities_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summary_notes" ADD CONSTRAINT "summary_notes_group_id_implementation_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."implementation_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "summary_notes" ADD CONSTRAINT "summary_notes_updated_by_staff_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_actions_partnership_idx" ON "group_actions" USING btree ("partnership_id","published_at");--> statement-breakpoint
CREATE INDEX "group_actions_survey_idx" ON "group_actions" USING btree ("survey_id");--> statement-breakpoint
CREATE INDEX "implementation_group_codes_code_idx" ON "implementation_group_codes" USING btree ("code_id");--> statement-breakpoint
CREATE INDEX "implementation_groups_partnership_idx" ON "implementation_groups" USING btree ("partnership_id","position");--> statement-breakpoint
CREATE INDEX "strategic_priorities_partnership_idx" ON "strategic_priorities" USING btree ("partnership_id","position");