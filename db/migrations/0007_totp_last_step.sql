ALTER TABLE "staff_users" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
-- Steps already spent were recorded in the audit log until now: carry them over, so no code can be used again after the upgrade.
UPDATE "staff_users" SET "totp_last_step" = (
	SELECT max(("details"->>'totpStep')::bigint)::integer FROM "audit_log"
	WHERE "audit_log"."actor_id" = "staff_users"."id" AND "details"->>'totpStep' IS NOT NULL
);
