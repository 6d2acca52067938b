-- seq + wake + pull (DESIGN.md).
-- live_lock: live writers take one transaction-scoped advisory lock before stamping rows, so
-- seq order equals commit order. A reader that has seen seq N can then never later find a
-- committed row with a smaller seq: resuming from N has no gap.
CREATE FUNCTION live_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(74030001);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION live_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.seq := nextval('live_seq');
  RETURN NEW;
END $$;
--> statement-breakpoint
-- NOTIFY is delivered at commit, never for a rolled-back write; one per statement and topic.
CREATE FUNCTION live_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('citydeck_live', TG_ARGV[0]);
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['incidents', 'units', 'vehicles', 'sensors', 'alerts', 'feeds'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION live_lock()', t || '_live_lock', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION live_stamp()', t || '_live_stamp', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION live_notify(%L)', t || '_live_notify', t, t);
  END LOOP;
END $$;
--> statement-breakpoint
-- The incident timeline is append-only: history is never rewritten.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER incident_events_append_only BEFORE UPDATE OR DELETE ON incident_events
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
