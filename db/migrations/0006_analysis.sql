CREATE TYPE "public"."coding_decision" AS ENUM('accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."quote_status" AS ENUM('proposed', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."sentiment" AS ENUM('positive', 'neutral', 'negative');--> statement-breakpoint
CREATE TABLE "code_suggestions" (
	"text_item_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"score" real NOT NULL,
	"reason" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "code_suggestions_text_item_id_code_id_pk" PRIMARY KEY("text_item_id","code_id")
);
--> statement-breakpoint
CREATE TABLE "codebook_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"staff_description" text NOT NULL,
	"child_description" text NOT NULL,
	"example_phrases" text[] DEFAULT '{}'::text[] NOT NULL,
	"built_in" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "codebook_codes_partnership_code" UNIQUE("partnership_id","code"),
	CONSTRAINT "codebook_codes_code_format" CHECK ("codebook_codes"."code" ~ '^[a-z][a-z0-9_]*$')
);
--> statement-breakpoint
CREATE TABLE "coding_sample_items" (
	"sample_id" uuid NOT NULL,
	"text_item_id" uuid NOT NULL,
	CONSTRAINT "coding_sample_items_sample_id_text_item_id_pk" PRIMARY KEY("sample_id","text_item_id")
);
--> statement-breakpoint
CREATE TABLE "coding_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "codings" (
	"text_item_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"coder_id" uuid NOT NULL,
	"decision" "coding_decision" NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "codings_text_item_id_code_id_coder_id_pk" PRIMARY KEY("text_item_id","code_id","coder_id")
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"text_item_id" uuid NOT NULL,
	"code_id" uuid NOT NULL,
	"excerpt" text NOT NULL,
	"status" "quote_status" DEFAULT 'proposed' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "quotes_text_code" UNIQUE("text_item_id","code_id")
);
--> statement-breakpoint
CREATE TABLE "text_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"created_by" uuid,
	"mapping" jsonb NOT NULL,
	"row_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "text_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"survey_id" uuid,
	"response_id" uuid,
	"question_id" text,
	"question_code" text,
	"feedback_id" uuid,
	"redacted" text NOT NULL,
	"sentiment" "sentiment",
	"imported" boolean DEFAULT false NOT NULL,
	"received_on" date NOT NULL,
	"raw_deleted_on" date,
	CONSTRAINT "text_items_response_question" UNIQUE("response_id","question_id"),
	CONSTRAINT "text_items_feedback" UNIQUE("feedback_id"),
	CONSTRAINT "text_items_one_subject" CHECK (("text_items"."response_id" is not null and "text_items"."question_id" is not null and "text_items"."feedback_id" is null) or ("text_items"."response_id" is null and "text_items"."question_id" is null and "text_items"."feedback_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "surveys" ADD COLUMN "raw_text_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "triage_flags" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "code_suggestions" ADD CONSTRAINT "code_suggestions_text_item_id_text_items_id_fk" FOREIGN KEY ("text_item_id") REFERENCES "public"."text_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "code_suggestions" ADD CONSTRAINT "code_suggestions_code_id_codebook_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codebook_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codebook_codes" ADD CONSTRAINT "codebook_codes_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_sample_items" ADD CONSTRAINT "coding_sample_items_sample_id_coding_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."coding_samples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_sample_items" ADD CONSTRAINT "coding_sample_items_text_item_id_text_items_id_fk" FOREIGN KEY ("text_item_id") REFERENCES "public"."text_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_samples" ADD CONSTRAINT "coding_samples_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coding_samples" ADD CONSTRAINT "coding_samples_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_text_item_id_text_items_id_fk" FOREIGN KEY ("text_item_id") REFERENCES "public"."text_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_code_id_codebook_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codebook_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "codings" ADD CONSTRAINT "codings_coder_id_staff_users_id_fk" FOREIGN KEY ("coder_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_text_item_id_text_items_id_fk" FOREIGN KEY ("text_item_id") REFERENCES "public"."text_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_code_id_codebook_codes_id_fk" FOREIGN KEY ("code_id") REFERENCES "public"."codebook_codes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_decided_by_staff_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_imports" ADD CONSTRAINT "text_imports_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_imports" ADD CONSTRAINT "text_imports_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_imports" ADD CONSTRAINT "text_imports_created_by_staff_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_items" ADD CONSTRAINT "text_items_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_items" ADD CONSTRAINT "text_items_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_items" ADD CONSTRAINT "text_items_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "text_items" ADD CONSTRAINT "text_items_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "codings_code_idx" ON "codings" USING btree ("code_id");--> statement-breakpoint
CREATE INDEX "quotes_code_status_idx" ON "quotes" USING btree ("code_id","status");--> statement-breakpoint
CREATE INDEX "text_items_partnership_received_idx" ON "text_items" USING btree ("partnership_id","received_on");--> statement-breakpoint
CREATE INDEX "text_items_survey_idx" ON "text_items" USING btree ("survey_id");--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_import_id_text_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."text_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_flags" ADD CONSTRAINT "triage_flags_reviewed_by_staff_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."staff_users"("id") ON DELETE set null ON UPDATE no action;