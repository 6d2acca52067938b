import { and, desc, eq, gte, inArray, notExists, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts, incidents, sensors, wallboardInterruptAcks, wards } from "@/db/schema";
import { ACTIVE_INCIDENT_STATUSES, INCIDENT_TYPE_LABELS } from "@/lib/domain/incidents";
import { INTERRUPT_WINDOW_MIN, type InterruptKind, type WallboardInterrupt } from "@/lib/domain/wallboard";
import { agencyScope, withinScope } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { geometryCenter } from "@/lib/geo/geometry-center";

/** More than this at once is a disaster; the wall shows the newest and counts them. */
const MAX_INTERRUPTS = 10;

const notAcknowledged = (db: Db, kind: InterruptKind, id: typeof incidents.id | typeof alerts.id) =>
  notExists(
    db
      .select({ one: sql`1` })
      .from(wallboardInterruptAcks)
      .where(and(eq(wallboardInterruptAcks.subjectKind, kind), eq(wallboardInterruptAcks.subjectId, id))),
  );

/**
 * What should take over the caller's walls now, newest first: P1 incidents still active and
 * extreme alerts still open, reported in the last few minutes, that nobody has acknowledged on
 * a wall. An alert acknowledged in the alert inbox is no longer open, so it releases the wall too.
 */
export async function listInterrupts(db: Db, session: AuthSession, now = new Date()): Promise<WallboardInterrupt[]> {
  const since = new Date(now.getTime() - INTERRUPT_WINDOW_MIN * 60_000);
  const [incidentScope, alertScope] = await Promise.all([agencyScope(db, session, "incidents"), agencyScope(db, session, "alerts")]);
  const [p1, extreme] = await Promise.all([
    db
      .select({
        id: incidents.id,
        type: incidents.type,
        title: incidents.title,
        address: incidents.address,
        ward: wards.name,
        lon: incidents.lon,
        lat: incidents.lat,
        at: incidents.reportedAt,
      })
      .from(incidents)
      .leftJoin(wards, eq(wards.code, incidents.wardCode))
      .where(
        and(
          withinScope(incidents.agencyId, incidentScope),
          eq(incidents.priority, 1),
          inArray(incidents.status, [...ACTIVE_INCIDENT_STATUSES]),
          gte(incidents.reportedAt, since),
          notAcknowledged(db, "incident", incidents.id),
        ),
      )
      .orderBy(desc(incidents.reportedAt))
      .limit(MAX_INTERRUPTS),
    db
      .select({ id: alerts.id, title: alerts.title, areaDesc: alerts.areaDesc, area: alerts.area, sensor: sensors.name, sensorLon: sensors.lon, sensorLat: sensors.lat, at: alerts.openedAt })
      .from(alerts)
      .leftJoin(sensors, and(eq(alerts.subjectKind, "sensor"), eq(sensors.id, alerts.subjectId)))
      .where(
        and(
          withinScope(alerts.agencyId, alertScope),
          eq(alerts.severity, "extreme"),
          eq(alerts.status, "open"),
          gte(alerts.openedAt, since),
          notAcknowledged(db, "alert", alerts.id),
        ),
      )
      .orderBy(desc(alerts.openedAt))
      .limit(MAX_INTERRUPTS),
  ]);
  const fromIncidents = p1.map(
    (i): WallboardInterrupt => ({
      kind: "incident",
      id: i.id,
      incidentType: i.type,
      headline: `P1 · ${INCIDENT_TYPE_LABELS[i.type]}`,
      title: i.title,
      place: i.address ?? i.ward,
      lon: i.lon,
      lat: i.lat,
      at: i.at,
    }),
  );
  const fromAlerts = extreme.map((a): WallboardInterrupt => {
    const where = (a.area && geometryCenter(a.area)) ?? (a.sensorLon !== null && a.sensorLat !== null ? { lon: a.sensorLon, lat: a.sensorLat } : null);
    return { kind: "alert", id: a.id, incidentType: null, headline: "Extreme alert", title: a.title, place: a.areaDesc ?? a.sensor, lon: where?.lon ?? null, lat: where?.lat ?? null, at: a.at };
  });
  return [...fromIncidents, ...fromAlerts].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, MAX_INTERRUPTS);
}
