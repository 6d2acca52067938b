CREATE SEQUENCE "public"."live_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_kind_check" CHECK ("agencies"."kind" in ('command', 'police', 'fire', 'ambulance', 'transit', 'environment', 'power', 'water', 'waste', 'lighting', 'roads')),
	CONSTRAINT "agencies_id_check" CHECK ("agencies"."id" ~ '^[a-z0-9-]{2,40}$')
);
--> statement-breakpoint
CREATE TABLE "constituencies" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"geometry" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pois" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"h3" text NOT NULL,
	"ward_code" text,
	"source" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"footprint" jsonb,
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "pois_kind_check" CHECK ("pois"."kind" in ('hospital', 'health_facility', 'school', 'stop', 'base')),
	CONSTRAINT "pois_lonlat_check" CHECK ("pois"."lon" between -180 and 180 and "pois"."lat" between -90 and 90)
);
--> statement-breakpoint
CREATE TABLE "roads" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"name" text,
	"ref" text,
	"highway" text NOT NULL,
	"lanes" integer,
	"maxspeed_kph" integer,
	"oneway" boolean DEFAULT false NOT NULL,
	"length_m" real NOT NULL,
	"geometry" jsonb NOT NULL,
	CONSTRAINT "roads_source_check" CHECK ("roads"."source" in ('osm_major', 'osm_cbd')),
	CONSTRAINT "roads_length_check" CHECK ("roads"."length_m" >= 0),
	CONSTRAINT "roads_maxspeed_check" CHECK ("roads"."maxspeed_kph" is null or "roads"."maxspeed_kph" between 5 and 130)
);
--> statement-breakpoint
CREATE TABLE "wards" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"constituency_code" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"h3" text NOT NULL,
	CONSTRAINT "wards_lonlat_check" CHECK ("wards"."lon" between -180 and 180 and "wards"."lat" between -90 and 90)
);
--> statement-breakpoint
CREATE TABLE "waterways" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"source" text NOT NULL,
	"geometry" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"incident_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"actor" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"type" text NOT NULL,
	"priority" smallint NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"h3" text NOT NULL,
	"ward_code" text,
	"address" text,
	"source" text NOT NULL,
	"source_ref" text,
	"caller_name" text,
	"caller_phone" text,
	"synthetic" boolean DEFAULT false NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"dispatched_at" timestamp with time zone,
	"on_scene_at" timestamp with time zone,
	"cleared_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"seq" bigint DEFAULT nextval('live_seq') NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_type_check" CHECK ("incidents"."type" in ('road_collision', 'fire', 'medical', 'crime', 'flooding', 'hazmat', 'power', 'water', 'other')),
	CONSTRAINT "incidents_status_check" CHECK ("incidents"."status" in ('new', 'dispatched', 'en_route', 'on_scene', 'transporting', 'cleared', 'closed')),
	CONSTRAINT "incidents_source_check" CHECK ("incidents"."source" in ('call', 'history', 'cap', 'open311', 'sensor_alert', 'simulator')),
	CONSTRAINT "incidents_priority_check" CHECK ("incidents"."priority" between 1 and 4),
	CONSTRAINT "incidents_lonlat_check" CHECK ("incidents"."lon" between -180 and 180 and "incidents"."lat" between -90 and 90),
	CONSTRAINT "incidents_title_check" CHECK (length("incidents"."title") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"callsign" text NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'available' NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"h3" text NOT NULL,
	"heading_deg" real,
	"base_id" text NOT NULL,
	"base_lon" double precision NOT NULL,
	"base_lat" double precision NOT NULL,
	"incident_id" uuid,
	"synthetic" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"seq" bigint DEFAULT nextval('live_seq') NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_type_check" CHECK ("units"."type" in ('ambulance', 'police', 'fire', 'power_crew', 'water_crew', 'roads_crew')),
	CONSTRAINT "units_status_check" CHECK ("units"."status" in ('available', 'dispatched', 'en_route', 'on_scene', 'at_hospital', 'out_of_service')),
	CONSTRAINT "units_lonlat_check" CHECK ("units"."lon" between -180 and 180 and "units"."lat" between -90 and 90),
	CONSTRAINT "units_heading_check" CHECK ("units"."heading_deg" is null or ("units"."heading_deg" >= 0 and "units"."heading_deg" < 360))
);
--> statement-breakpoint
CREATE TABLE "transit_routes" (
	"id" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"short_name" text,
	"long_name" text,
	"description" text,
	"route_type" smallint NOT NULL,
	"color" text,
	CONSTRAINT "transit_routes_color_check" CHECK ("transit_routes"."color" is null or "transit_routes"."color" ~ '^[0-9A-Fa-f]{6}$')
);
--> statement-breakpoint
CREATE TABLE "transit_shapes" (
	"shape_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	CONSTRAINT "transit_shapes_pk" PRIMARY KEY("shape_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "transit_stop_times" (
	"trip_id" text NOT NULL,
	"stop_sequence" integer NOT NULL,
	"stop_id" text NOT NULL,
	"arrival_s" integer NOT NULL,
	"departure_s" integer NOT NULL,
	CONSTRAINT "transit_stop_times_pk" PRIMARY KEY("trip_id","stop_sequence"),
	CONSTRAINT "transit_stop_times_order_check" CHECK ("transit_stop_times"."departure_s" >= "transit_stop_times"."arrival_s")
);
--> statement-breakpoint
CREATE TABLE "transit_stops" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"parent_station" text,
	CONSTRAINT "transit_stops_lonlat_check" CHECK ("transit_stops"."lon" between -180 and 180 and "transit_stops"."lat" between -90 and 90)
);
--> statement-breakpoint
CREATE TABLE "transit_trips" (
	"id" text PRIMARY KEY NOT NULL,
	"route_id" text NOT NULL,
	"service_id" text NOT NULL,
	"headsign" text,
	"direction_id" smallint,
	"shape_id" text
);
--> statement-breakpoint
CREATE TABLE "vehicles" (
	"id" text PRIMARY KEY NOT NULL,
	"trip_id" text,
	"route_id" text,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"bearing_deg" real,
	"speed_mps" real,
	"delay_s" integer,
	"reported_at" timestamp with time zone NOT NULL,
	"seq" bigint DEFAULT nextval('live_seq') NOT NULL,
	CONSTRAINT "vehicles_lonlat_check" CHECK ("vehicles"."lon" between -180 and 180 and "vehicles"."lat" between -90 and 90),
	CONSTRAINT "vehicles_speed_check" CHECK ("vehicles"."speed_mps" is null or "vehicles"."speed_mps" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "readings" (
	"sensor_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "readings_pk" PRIMARY KEY("sensor_id","at"),
	CONSTRAINT "readings_value_check" CHECK ("readings"."value" = "readings"."value" and "readings"."value" not in ('Infinity'::float8, '-Infinity'::float8))
);
--> statement-breakpoint
CREATE TABLE "readings_1h" (
	"sensor_id" text NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"sum" double precision NOT NULL,
	"min" double precision NOT NULL,
	"max" double precision NOT NULL,
	"last" double precision NOT NULL,
	CONSTRAINT "readings_1h_pk" PRIMARY KEY("sensor_id","bucket"),
	CONSTRAINT "readings_1h_count_check" CHECK ("readings_1h"."count" > 0 and "readings_1h"."min" <= "readings_1h"."max")
);
--> statement-breakpoint
CREATE TABLE "readings_1m" (
	"sensor_id" text NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"sum" double precision NOT NULL,
	"min" double precision NOT NULL,
	"max" double precision NOT NULL,
	"last" double precision NOT NULL,
	CONSTRAINT "readings_1m_pk" PRIMARY KEY("sensor_id","bucket"),
	CONSTRAINT "readings_1m_count_check" CHECK ("readings_1m"."count" > 0 and "readings_1m"."min" <= "readings_1m"."max")
);
--> statement-breakpoint
CREATE TABLE "sensors" (
	"id" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"lon" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"h3" text NOT NULL,
	"ward_code" text,
	"road_id" text,
	"unit" text NOT NULL,
	"cadence_s" integer NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"synthetic" boolean DEFAULT true NOT NULL,
	"latest_value" double precision,
	"latest_at" timestamp with time zone,
	"seq" bigint DEFAULT nextval('live_seq') NOT NULL,
	CONSTRAINT "sensors_kind_check" CHECK ("sensors"."kind" in ('air_quality', 'noise', 'water_level', 'substation_load', 'streetlight_circuit', 'waste_bin_fill', 'traffic_speed', 'traffic_count')),
	CONSTRAINT "sensors_lonlat_check" CHECK ("sensors"."lon" between -180 and 180 and "sensors"."lat" between -90 and 90),
	CONSTRAINT "sensors_cadence_check" CHECK ("sensors"."cadence_s" between 1 and 86400)
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" text NOT NULL,
	"severity" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"rule_id" text,
	"area" jsonb,
	"source" text NOT NULL,
	"source_ref" text,
	"retrigger_count" integer DEFAULT 0 NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	"resolved_at" timestamp with time zone,
	"incident_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"seq" bigint DEFAULT nextval('live_seq') NOT NULL,
	CONSTRAINT "alerts_severity_check" CHECK ("alerts"."severity" in ('extreme', 'severe', 'moderate', 'minor')),
	CONSTRAINT "alerts_status_check" CHECK ("alerts"."status" in ('open', 'acknowledged', 'resolved'))
);
--> statement-breakpoint
CREATE TABLE "feed_rejects" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"feed_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text NOT NULL,
	"excerpt" text NOT NULL,
	CONSTRAINT "feed_rejects_excerpt_check" CHECK (length("feed_rejects"."excerpt") <= 2048)
);
--> statement-breakpoint
CREATE TABLE "feeds" (
	"id" text PRIMARY KEY NOT NULL,
	"agency_id" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"endpoint" text NOT NULL,
	"interval_s" integer NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"last_success_at" timestamp with time zone,
	"last_message_at" timestamp with time zone,
	"last_error" text,
	"last_error_at" timestamp with time zone,
	"messages_total" bigint DEFAULT 0 NOT NULL,
	"rejects_total" bigint DEFAULT 0 NOT NULL,
	"seq" bigint DEFAULT nextval('live_seq') NOT NULL,
	CONSTRAINT "feeds_type_check" CHECK ("feeds"."type" in ('gtfs_static', 'gtfs_rt', 'cap', 'open311', 'mqtt_senml', 'http_senml')),
	CONSTRAINT "feeds_interval_check" CHECK ("feeds"."interval_s" between 1 and 86400)
);
--> statement-breakpoint
ALTER TABLE "pois" ADD CONSTRAINT "pois_ward_code_wards_code_fk" FOREIGN KEY ("ward_code") REFERENCES "public"."wards"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wards" ADD CONSTRAINT "wards_constituency_code_constituencies_code_fk" FOREIGN KEY ("constituency_code") REFERENCES "public"."constituencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_ward_code_wards_code_fk" FOREIGN KEY ("ward_code") REFERENCES "public"."wards"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_base_id_pois_id_fk" FOREIGN KEY ("base_id") REFERENCES "public"."pois"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_routes" ADD CONSTRAINT "transit_routes_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_stop_times" ADD CONSTRAINT "transit_stop_times_trip_id_transit_trips_id_fk" FOREIGN KEY ("trip_id") REFERENCES "public"."transit_trips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_stop_times" ADD CONSTRAINT "transit_stop_times_stop_id_transit_stops_id_fk" FOREIGN KEY ("stop_id") REFERENCES "public"."transit_stops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transit_trips" ADD CONSTRAINT "transit_trips_route_id_transit_routes_id_fk" FOREIGN KEY ("route_id") REFERENCES "public"."transit_routes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readings" ADD CONSTRAINT "readings_sensor_id_sensors_id_fk" FOREIGN KEY ("sensor_id") REFERENCES "public"."sensors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readings_1h" ADD CONSTRAINT "readings_1h_sensor_id_sensors_id_fk" FOREIGN KEY ("sensor_id") REFERENCES "public"."sensors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readings_1m" ADD CONSTRAINT "readings_1m_sensor_id_sensors_id_fk" FOREIGN KEY ("sensor_id") REFERENCES "public"."sensors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sensors" ADD CONSTRAINT "sensors_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sensors" ADD CONSTRAINT "sensors_ward_code_wards_code_fk" FOREIGN KEY ("ward_code") REFERENCES "public"."wards"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sensors" ADD CONSTRAINT "sensors_road_id_roads_id_fk" FOREIGN KEY ("road_id") REFERENCES "public"."roads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_rejects" ADD CONSTRAINT "feed_rejects_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."feeds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feeds" ADD CONSTRAINT "feeds_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pois_kind_idx" ON "pois" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "pois_h3_idx" ON "pois" USING btree ("h3");--> statement-breakpoint
CREATE INDEX "pois_name_idx" ON "pois" USING btree ("name");--> statement-breakpoint
CREATE INDEX "roads_name_idx" ON "roads" USING btree ("name");--> statement-breakpoint
CREATE INDEX "wards_constituency_idx" ON "wards" USING btree ("constituency_code");--> statement-breakpoint
CREATE INDEX "incident_events_incident_idx" ON "incident_events" USING btree ("incident_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_source_ref_uniq" ON "incidents" USING btree ("source","source_ref");--> statement-breakpoint
CREATE INDEX "incidents_status_idx" ON "incidents" USING btree ("status","priority");--> statement-breakpoint
CREATE INDEX "incidents_reported_at_idx" ON "incidents" USING btree ("reported_at");--> statement-breakpoint
CREATE INDEX "incidents_agency_idx" ON "incidents" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "incidents_h3_idx" ON "incidents" USING btree ("h3");--> statement-breakpoint
CREATE INDEX "incidents_seq_idx" ON "incidents" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "units_agency_idx" ON "units" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "units_status_idx" ON "units" USING btree ("status","type");--> statement-breakpoint
CREATE INDEX "units_seq_idx" ON "units" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "transit_stop_times_stop_idx" ON "transit_stop_times" USING btree ("stop_id");--> statement-breakpoint
CREATE INDEX "transit_trips_route_idx" ON "transit_trips" USING btree ("route_id");--> statement-breakpoint
CREATE INDEX "vehicles_seq_idx" ON "vehicles" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "readings_at_idx" ON "readings" USING btree ("at");--> statement-breakpoint
CREATE INDEX "readings_1h_bucket_idx" ON "readings_1h" USING btree ("bucket");--> statement-breakpoint
CREATE INDEX "readings_1m_bucket_idx" ON "readings_1m" USING btree ("bucket");--> statement-breakpoint
CREATE INDEX "sensors_kind_idx" ON "sensors" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "sensors_agency_idx" ON "sensors" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "sensors_ward_idx" ON "sensors" USING btree ("ward_code");--> statement-breakpoint
CREATE INDEX "sensors_seq_idx" ON "sensors" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "alerts_status_idx" ON "alerts" USING btree ("status","severity");--> statement-breakpoint
CREATE INDEX "alerts_seq_idx" ON "alerts" USING btree ("seq");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_one_open_uniq" ON "alerts" USING btree ("rule_id","subject_kind","subject_id") WHERE "alerts"."status" <> 'resolved' and "alerts"."rule_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_source_ref_uniq" ON "alerts" USING btree ("source","source_ref");--> statement-breakpoint
CREATE INDEX "feed_rejects_feed_idx" ON "feed_rejects" USING btree ("feed_id","at");--> statement-breakpoint
CREATE INDEX "feeds_seq_idx" ON "feeds" USING btree ("seq");