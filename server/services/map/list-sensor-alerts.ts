import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts } from "@/db/schema";
import type { SensorAlertsInput } from "@/lib/domain/map";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

/** The detail drawer shows a sensor's last few alerts; the alerts page has the rest. */
const RECENT = 5;

export function listSensorAlerts(db: Db, scope: AgencyScope, { sensorId }: SensorAlertsInput) {
  return db
    .select({ id: alerts.id, severity: alerts.severity, status: alerts.status, title: alerts.title, openedAt: alerts.openedAt, resolvedAt: alerts.resolvedAt })
    .from(alerts)
    .where(and(withinScope(alerts.agencyId, scope), eq(alerts.subjectKind, "sensor"), eq(alerts.subjectId, sensorId)))
    .orderBy(desc(alerts.openedAt))
    .limit(RECENT);
}
