-- A published survey version is a promise: responses record the version they
-- answered, so its definition must never change. Editing makes a new version.
CREATE OR REPLACE FUNCTION survey_versions_keep_published() RETURNS trigger AS $$
BEGIN
  IF OLD.published_at IS NOT NULL AND (
       NEW.definition IS DISTINCT FROM OLD.definition
    OR NEW.survey_id IS DISTINCT FROM OLD.survey_id
    OR NEW.version IS DISTINCT FROM OLD.version
    OR NEW.published_at IS DISTINCT FROM OLD.published_at) THEN
    RAISE EXCEPTION 'survey version % is published and cannot change', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER survey_versions_keep_published
  BEFORE UPDATE ON survey_versions
  FOR EACH ROW EXECUTE FUNCTION survey_versions_keep_published();
