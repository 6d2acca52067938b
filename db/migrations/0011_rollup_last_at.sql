-- Each rollup bucket keeps the time of its `last` value, so merging a batch into a bucket compares
-- times instead of probing the raw readings for a newer one. Existing buckets take it from their
-- raw rows; one without raw rows takes its own last instant, so no late reading replaces the
-- `last` it was stored with.
ALTER TABLE "readings_1h" ADD COLUMN "last_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "readings_1m" ADD COLUMN "last_at" timestamp with time zone;--> statement-breakpoint
UPDATE "readings_1m" r SET "last_at" = coalesce(
  (SELECT max(x."at") FROM "readings" x WHERE x."sensor_id" = r."sensor_id" AND x."at" >= r."bucket" AND x."at" < r."bucket" + interval '1 minute'),
  r."bucket" + interval '1 minute' - interval '1 microsecond');--> statement-breakpoint
UPDATE "readings_1h" r SET "last_at" = coalesce(
  (SELECT max(m."last_at") FROM "readings_1m" m WHERE m."sensor_id" = r."sensor_id" AND m."bucket" >= r."bucket" AND m."bucket" < r."bucket" + interval '1 hour'),
  r."bucket" + interval '1 hour' - interval '1 microsecond');--> statement-breakpoint
ALTER TABLE "readings_1h" ALTER COLUMN "last_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "readings_1m" ALTER COLUMN "last_at" SET NOT NULL;
