CREATE TABLE "wallboard_interrupt_acks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_by_label" text NOT NULL,
	"acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wallboard_interrupt_acks_kind_check" CHECK ("wallboard_interrupt_acks"."subject_kind" in ('incident', 'alert'))
);
--> statement-breakpoint
CREATE TABLE "wallboard_playlists" (
	"agency_id" text PRIMARY KEY NOT NULL,
	"entries" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wallboard_playlists_entries_check" CHECK (jsonb_typeof("wallboard_playlists"."entries") = 'array' and jsonb_array_length("wallboard_playlists"."entries") > 0)
);
--> statement-breakpoint
ALTER TABLE "wallboard_interrupt_acks" ADD CONSTRAINT "wallboard_interrupt_acks_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallboard_playlists" ADD CONSTRAINT "wallboard_playlists_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallboard_playlists" ADD CONSTRAINT "wallboard_playlists_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "wallboard_interrupt_acks_subject_uniq" ON "wallboard_interrupt_acks" USING btree ("subject_kind","subject_id");