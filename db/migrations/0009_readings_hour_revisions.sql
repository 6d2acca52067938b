CREATE TABLE "readings_1h_revisions" (
	"bucket" timestamp with time zone PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL
);
--> statement-breakpoint
-- Any statement that changes an hour's rollups bumps that hour's revision: the ingest writer's
-- merges, late readings, fixtures and repairs alike, so a reader caching an hour can trust it.
-- Statement-level with transition tables: one upsert per statement, not per row. Buckets in
-- order, so concurrent writers lock revision rows in the same order.
CREATE FUNCTION readings_1h_revise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO readings_1h_revisions AS v (bucket, revision)
  SELECT DISTINCT bucket, 1 FROM changed ORDER BY bucket
  ON CONFLICT (bucket) DO UPDATE SET revision = v.revision + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- PostgreSQL allows a transition table on single-event triggers only: one trigger per event.
CREATE TRIGGER readings_1h_revise_insert AFTER INSERT ON readings_1h REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION readings_1h_revise();
--> statement-breakpoint
CREATE TRIGGER readings_1h_revise_update AFTER UPDATE ON readings_1h REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION readings_1h_revise();
--> statement-breakpoint
CREATE TRIGGER readings_1h_revise_delete AFTER DELETE ON readings_1h REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION readings_1h_revise();
--> statement-breakpoint
-- TRUNCATE has no rows to name: every hour is revised.
CREATE FUNCTION readings_1h_revise_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE readings_1h_revisions SET revision = revision + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER readings_1h_revise_truncate AFTER TRUNCATE ON readings_1h FOR EACH STATEMENT EXECUTE FUNCTION readings_1h_revise_all();
