CREATE TABLE "rule_subject_states" (
	"rule_id" text NOT NULL,
	"rule_version" integer NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"inside" boolean NOT NULL,
	"since" timestamp with time zone NOT NULL,
	CONSTRAINT "rule_subject_states_pk" PRIMARY KEY("rule_id","subject_kind","subject_id")
);
--> statement-breakpoint
CREATE TABLE "rules" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"agency_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"severity" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "rules_kind_check" CHECK ("rules"."kind" in ('threshold', 'rate_of_change', 'geofence', 'silence')),
	CONSTRAINT "rules_severity_check" CHECK ("rules"."severity" in ('extreme', 'severe', 'moderate', 'minor')),
	CONSTRAINT "rules_name_check" CHECK (length("rules"."name") between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "cap_feed_settings" (
	"agency_id" text PRIMARY KEY NOT NULL,
	"access" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cap_feed_settings_access_check" CHECK ("cap_feed_settings"."access" in ('off', 'public', 'token'))
);
--> statement-breakpoint
CREATE TABLE "user_alert_mutes" (
	"user_id" uuid,
	"display_token_id" uuid,
	"category_kind" text NOT NULL,
	"category" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_alert_mutes_uniq" UNIQUE NULLS NOT DISTINCT("user_id","display_token_id","category_kind","category"),
	CONSTRAINT "user_alert_mutes_subject_check" CHECK (("user_alert_mutes"."user_id" is null) <> ("user_alert_mutes"."display_token_id" is null)),
	CONSTRAINT "user_alert_mutes_kind_check" CHECK ("user_alert_mutes"."category_kind" in ('alert_kind', 'sensor_kind'))
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "area_desc" text;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "sensor_kind" text;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "triggered_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "acknowledged_comment" text;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "resolved_by" text;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "resolve_reason" text;--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "rule_subject_states" ADD CONSTRAINT "rule_subject_states_rule_id_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rules" ADD CONSTRAINT "rules_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cap_feed_settings" ADD CONSTRAINT "cap_feed_settings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_alert_mutes" ADD CONSTRAINT "user_alert_mutes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_alert_mutes" ADD CONSTRAINT "user_alert_mutes_display_token_id_api_tokens_id_fk" FOREIGN KEY ("display_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rules_agency_idx" ON "rules" USING btree ("agency_id");--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_rule_id_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alerts_opened_idx" ON "alerts" USING btree ("opened_at");--> statement-breakpoint
CREATE INDEX "alerts_rule_subject_idx" ON "alerts" USING btree ("rule_id","subject_kind","subject_id","resolved_at");--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_source_check" CHECK ("alerts"."source" in ('threshold', 'rate_of_change', 'geofence', 'silence', 'cap'));--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_sensor_kind_check" CHECK ("alerts"."sensor_kind" is null or "alerts"."sensor_kind" in ('air_quality', 'noise', 'water_level', 'substation_load', 'streetlight_circuit', 'waste_bin_fill', 'traffic_speed', 'traffic_count'));--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_resolved_check" CHECK (("alerts"."status" = 'resolved') = ("alerts"."resolved_at" is not null));