ALTER TABLE "transit_routes" ADD COLUMN "feed_id" text;--> statement-breakpoint
ALTER TABLE "transit_routes" ADD CONSTRAINT "transit_routes_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."feeds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Routes imported before this column existed belong to their agency's GTFS static feed, where the
-- agency has exactly one (the seeded city's matatu network); others stay unowned until imported again.
UPDATE "transit_routes" r SET "feed_id" = f."id"
FROM (SELECT "agency_id", min("id") AS "id" FROM "feeds" WHERE "type" = 'gtfs_static' GROUP BY "agency_id" HAVING count(*) = 1) f
WHERE f."agency_id" = r."agency_id";
