CREATE TYPE "public"."setting_kind" AS ENUM('school', 'class', 'setting', 'event');--> statement-breakpoint
CREATE TABLE "kiosk_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"venue_id" uuid NOT NULL,
	"created_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"reusable" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kiosk_devices" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"venue_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "kiosk_venues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"name" text NOT NULL,
	"survey_id" uuid,
	"idle_seconds" integer DEFAULT 120 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "setting_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "setting_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "setting_links_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD COLUMN "venue_id" uuid;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "age_band" text;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "setting_id" uuid;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "venue_id" uuid;--> statement-breakpoint
ALTER TABLE "kiosk_codes" ADD CONSTRAINT "kiosk_codes_venue_id_kiosk_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."kiosk_venues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_codes" ADD CONSTRAINT "kiosk_codes_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_devices" ADD CONSTRAINT "kiosk_devices_venue_id_kiosk_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."kiosk_venues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_venues" ADD CONSTRAINT "kiosk_venues_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_venues" ADD CONSTRAINT "kiosk_venues_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setting_links" ADD CONSTRAINT "setting_links_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setting_links" ADD CONSTRAINT "setting_links_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kiosk_devices_venue_idx" ON "kiosk_devices" USING btree ("venue_id");--> statement-breakpoint
CREATE INDEX "kiosk_venues_partnership_idx" ON "kiosk_venues" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "setting_links_partnership_idx" ON "setting_links" USING btree ("partnership_id");--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_venue_id_kiosk_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."kiosk_venues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_setting_id_setting_links_id_fk" FOREIGN KEY ("setting_id") REFERENCES "public"."setting_links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_venue_id_kiosk_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."kiosk_venues"("id") ON DELETE set null ON UPDATE no action;