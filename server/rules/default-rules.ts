/**
 * The rules CityDeck ships with, one set per owning agency. `ensureDefaultRules` adds the ones
 * missing and never touches one that exists, so a supervisor's edits (or a disabled default)
 * survive every restart. Rules of agencies the city does not have are skipped.
 */
import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, rules } from "@/db/schema";
import type { AlertSeverity } from "@/lib/domain/alerts";
import { RuleDefinition } from "@/lib/domain/rules";

export interface DefaultRule {
  id: string;
  agencyId: string;
  name: string;
  severity: AlertSeverity;
  definition: RuleDefinition;
}

/** `utcOffset`: the city's local time, for rules watched only at night ("+03:00" is Nairobi). */
export function defaultRules({ utcOffset = "+03:00" } = {}): DefaultRule[] {
  const rule = (id: string, agencyId: string, name: string, severity: AlertSeverity, definition: unknown): DefaultRule => ({
    id: `default-${id}`,
    agencyId,
    name,
    severity,
    definition: RuleDefinition.parse(definition),
  });
  return [
    // US EPA AQI bands (STANDARDS.md): Unhealthy from 55.5, Very unhealthy from 125.5, Hazardous from 225.5.
    rule("pm25-unhealthy", "environment", "PM2.5 unhealthy for 30 minutes", "moderate", {
      kind: "threshold",
      params: {
        sensorKind: "air_quality",
        direction: "above",
        limit: { value: 55.4 },
        forMinutes: 30,
        clearMargin: 5,
        clearForMinutes: 10,
        escalations: [
          { limit: { value: 125.4 }, severity: "severe" },
          { limit: { value: 225.4 }, severity: "extreme" },
        ],
      },
    }),
    rule("substation-overload", "power", "Substation above 90% of capacity for 10 minutes", "moderate", {
      kind: "threshold",
      params: { sensorKind: "substation_load", direction: "above", limit: { value: 90 }, forMinutes: 10, clearMargin: 5, clearForMinutes: 5, escalations: [{ limit: { value: 100 }, severity: "severe" }] },
    }),
    // A substation carrying nothing has lost its supply: the outage, not the load, is the news.
    rule("substation-outage", "power", "Substation without load (outage) for 3 minutes", "severe", {
      kind: "threshold",
      params: { sensorKind: "substation_load", direction: "below", limit: { value: 1 }, forMinutes: 3, clearMargin: 4 },
    }),
    // Severity by stage as the simulated weather service's flood warnings grade it: minor flooding is already a moderate threat.
    rule("river-flood-stage", "water", "River above flood stage", "moderate", {
      kind: "threshold",
      params: {
        sensorKind: "water_level",
        direction: "above",
        limit: { floodStage: "minor" },
        forMinutes: 0,
        clearMargin: 0.1,
        clearForMinutes: 10,
        escalations: [
          { limit: { floodStage: "moderate" }, severity: "severe" },
          { limit: { floodStage: "major" }, severity: "extreme" },
        ],
      },
    }),
    // A flash flood shows as a fast rise long before a stage is reached.
    rule("river-rising-fast", "water", "River rising more than 0.3 m in 15 minutes", "severe", {
      kind: "rate_of_change",
      params: { sensorKind: "water_level", direction: "rising", change: 0.3, perMinutes: 15 },
    }),
    // Circuits report the share of their lamps lit (lib/domain/sensor-states.ts): under half is out.
    rule("streetlights-out-at-night", "lighting", "Street-light circuit out at night", "minor", {
      kind: "threshold",
      params: { sensorKind: "streetlight_circuit", direction: "below", limit: { value: 0.5 }, forMinutes: 15, activeWindow: { from: "19:00", to: "06:00", utcOffset } },
    }),
    rule("waste-bin-full", "waste", "Waste bin above 90% full", "minor", {
      kind: "threshold",
      // Cleared by the collection, not by a bin settling a few percent.
      params: { sensorKind: "waste_bin_fill", direction: "above", limit: { value: 90 }, forMinutes: 0, clearMargin: 20 },
    }),
    rule("traffic-slow", "roads", "Corridor under 15 km/h for 10 minutes", "minor", {
      kind: "threshold",
      params: { sensorKind: "traffic_speed", direction: "below", limit: { value: 15 }, forMinutes: 10, clearMargin: 5, clearForMinutes: 5 },
    }),
    rule("sensor-silence", "city", "Sensor silent for 5× its cadence", "minor", { kind: "silence", params: { subject: "sensor", multiple: 5 } }),
    rule("feed-silence", "city", "Feed silent or failing for 5× its interval", "moderate", { kind: "silence", params: { subject: "feed", multiple: 5 } }),
  ];
}

/** Idempotent; returns the ids of the rules it added. */
export async function ensureDefaultRules(db: Db, options: { utcOffset?: string } = {}): Promise<string[]> {
  const wanted = defaultRules(options);
  const present = new Set(
    (await db.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, [...new Set(wanted.map((r) => r.agencyId))]))).map((a) => a.id),
  );
  const rows = wanted
    .filter((r) => present.has(r.agencyId))
    .map(({ id, agencyId, name, severity, definition }) => ({ id, agencyId, name, severity, ...definition, updatedBy: "CityDeck defaults" }));
  if (rows.length === 0) return [];
  const added = await db.insert(rules).values(rows).onConflictDoNothing().returning({ id: rules.id });
  return added.map((r) => r.id);
}
