CREATE TABLE "work_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"source" text NOT NULL,
	"source_ref" text NOT NULL,
	"service_code" text NOT NULL,
	"service_name" text,
	"status" text NOT NULL,
	"status_notes" text,
	"description" text,
	"agency_responsible" text,
	"address" text,
	"lon" double precision,
	"lat" double precision,
	"h3" text,
	"ward_code" text,
	"media_url" text,
	"requested_at" timestamp with time zone NOT NULL,
	"source_updated_at" timestamp with time zone,
	"expected_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "work_orders_status_check" CHECK ("work_orders"."status" in ('open', 'closed')),
	CONSTRAINT "work_orders_lonlat_check" CHECK (("work_orders"."lon" is null) = ("work_orders"."lat" is null) and ("work_orders"."lon" is null or "work_orders"."lon" between -180 and 180 and "work_orders"."lat" between -90 and 90))
);
--> statement-breakpoint
CREATE TABLE "feed_minutes" (
	"feed_id" text NOT NULL,
	"minute" timestamp with time zone NOT NULL,
	"messages" integer DEFAULT 0 NOT NULL,
	"rejects" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "feed_minutes_pk" PRIMARY KEY("feed_id","minute"),
	CONSTRAINT "feed_minutes_counts_check" CHECK ("feed_minutes"."messages" >= 0 and "feed_minutes"."rejects" >= 0 and "feed_minutes"."rejects" <= "feed_minutes"."messages")
);
--> statement-breakpoint
ALTER TABLE "api_tokens" DROP CONSTRAINT "api_tokens_scopes_check";--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_ward_code_wards_code_fk" FOREIGN KEY ("ward_code") REFERENCES "public"."wards"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_minutes" ADD CONSTRAINT "feed_minutes_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."feeds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "work_orders_source_ref_uniq" ON "work_orders" USING btree ("source","source_ref");--> statement-breakpoint
CREATE INDEX "work_orders_agency_status_idx" ON "work_orders" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "work_orders_h3_idx" ON "work_orders" USING btree ("h3");--> statement-breakpoint
CREATE INDEX "feed_minutes_minute_idx" ON "feed_minutes" USING btree ("minute");--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_scopes_check" CHECK ("api_tokens"."scopes" <@ '{ingest:senml,ingest:cap,ingest:open311,ingest:calls,read:cap-feed,export}'::text[]);