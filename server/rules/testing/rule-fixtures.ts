/** Test support for the rules engine: an agency, a sensor, a rule, and readings written as ingest writes them. */
import { latLngToCell } from "h3-js";
import { sql } from "drizzle-orm";
import type { Db, Database } from "@/db/client";
import { alerts, readings, readings1m, rules, sensors, type SensorConfig } from "@/db/schema";
import { AGENCY_KINDS, type AgencyKind } from "@/lib/domain/agencies";
import type { AlertSeverity } from "@/lib/domain/alerts";
import type { RuleDefinition } from "@/lib/domain/rules";
import type { SensorKind } from "@/lib/domain/sensors";
import { insertAgency } from "@/server/test/fixtures";

export const KILIMANI = { lon: 36.7835, lat: -1.2921 };

/** An agency whose id names its kind ("water", "power"); "city" is the command center. */
export function ensureAgency(database: Database, id: string) {
  const kind: AgencyKind = id === "city" ? "command" : AGENCY_KINDS.find((k) => k === id) ?? "environment";
  return insertAgency(database, id, kind);
}

export async function insertSensor(database: Database, id: string, options: { agencyId?: string; kind?: SensorKind; cadenceS?: number; config?: SensorConfig } = {}) {
  const { agencyId = "environment", kind = "air_quality", cadenceS = 60, config = {} } = options;
  await ensureAgency(database, agencyId);
  await database.db
    .insert(sensors)
    .values({ id, agencyId, kind, name: `Monitor ${id}`, ...KILIMANI, h3: latLngToCell(KILIMANI.lat, KILIMANI.lon, 9), unit: "ug/m3", cadenceS, config })
    .onConflictDoNothing();
}

export async function insertRule(
  database: Database,
  id: string,
  definition: RuleDefinition,
  options: { agencyId?: string; severity?: AlertSeverity; name?: string } = {},
) {
  const { agencyId = "environment", severity = "moderate", name = `Rule ${id}` } = options;
  await ensureAgency(database, agencyId);
  await database.db.insert(rules).values({ id, agencyId, name, severity, ...definition });
}

/**
 * What the ingest writer commits for one reading: the raw row, the one-minute rollup and the
 * sensor's latest value, in one transaction (the sensors update wakes the rules engine).
 */
export async function writeReading(db: Db, sensorId: string, at: Date, value: number) {
  const bucket = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  await db.transaction(async (tx) => {
    await tx.insert(readings).values({ sensorId, at, value });
    await tx
      .insert(readings1m)
      .values({ sensorId, bucket, count: 1, sum: value, min: value, max: value, last: value, lastAt: at })
      .onConflictDoUpdate({
        target: [readings1m.sensorId, readings1m.bucket],
        set: {
          count: sql`${readings1m.count} + 1`,
          sum: sql`${readings1m.sum} + ${value}`,
          min: sql`least(${readings1m.min}, ${value})`,
          max: sql`greatest(${readings1m.max}, ${value})`,
          last: sql`${value}`,
          lastAt: at,
        },
      });
    await tx.update(sensors).set({ latestValue: value, latestAt: at }).where(sql`${sensors.id} = ${sensorId}`);
  });
}

/** One reading a minute, `values[i]` at `start + i` minutes (plus a few seconds, as real sensors do). */
export async function writeMinutes(db: Db, sensorId: string, start: number, values: readonly number[]) {
  for (const [i, value] of values.entries()) await writeReading(db, sensorId, new Date(start + i * 60_000 + 7_000), value);
  return start + values.length * 60_000;
}

/** An open alert of `agencyId` at a point: something to acknowledge, resolve or escalate. */
export async function insertOpenAlert(db: Db, agencyId: string, severity: AlertSeverity = "severe") {
  const [alert] = await db
    .insert(alerts)
    .values({
      agencyId,
      severity,
      title: "River above flood stage: River gauge 03",
      description: "Reading 2.6 m, above the limit of 2.5 m.",
      subjectKind: "sensor",
      subjectId: "water-level-03",
      source: "threshold",
      sensorKind: "water_level",
      area: { type: "Point", coordinates: [KILIMANI.lon, KILIMANI.lat] },
      areaDesc: "River gauge 03, Kilimani",
    })
    .returning({ id: alerts.id });
  return alert!.id;
}

/** A sensor-silence rule of `agencyId`, as the editor would send it back for an update. */
export async function insertEditableRule(db: Db, agencyId: string) {
  const definition = { kind: "silence", params: { subject: "sensor", multiple: 5 } } as const;
  const [rule] = await db.insert(rules).values({ agencyId, name: "Sensors silent", severity: "minor", ...definition }).returning({ id: rules.id, version: rules.version });
  return { ...rule!, name: "Sensors silent for long", severity: "minor" as const, ...definition };
}
