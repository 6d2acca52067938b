ALTER TABLE "incidents" ADD COLUMN "en_route_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "transporting_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "destination_id" text;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_destination_id_pois_id_fk" FOREIGN KEY ("destination_id") REFERENCES "public"."pois"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incidents_type_reported_at_idx" ON "incidents" USING btree ("type","reported_at");--> statement-breakpoint
CREATE INDEX "units_incident_idx" ON "units" USING btree ("incident_id");--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_incident_check" CHECK (("units"."status" in ('dispatched', 'en_route', 'on_scene', 'at_hospital')) = ("units"."incident_id" is not null));