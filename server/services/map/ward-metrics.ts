import { and, count, eq, inArray, isNotNull, lt, max, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, sensors, workOrders } from "@/db/schema";
import type { DataDomain } from "@/lib/domain/access";
import { ACTIVE_INCIDENT_STATUSES } from "@/lib/domain/incidents";
import type { WardMetric } from "@/lib/domain/map";
import { STREETLIGHT_FAILED_BELOW } from "@/lib/domain/sensor-states";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

/**
 * The data domain whose sharing decides what each metric counts. Open311 requests have no domain
 * of their own: they are reported problems, shared along with incidents.
 */
export const WARD_METRIC_DOMAINS: Record<WardMetric, DataDomain> = {
  openIncidents: "incidents",
  worstAqi: "sensors",
  lightsOut: "sensors",
  requestsBacklog: "incidents",
};

export interface WardValue {
  wardCode: string;
  value: number;
}

/** One value per ward that has any; wards left out have none (zero for counts, no reading for AQI). */
export async function wardMetrics(db: Db, scope: AgencyScope, metric: WardMetric): Promise<WardValue[]> {
  const rows = await QUERIES[metric](db, scope);
  return rows.flatMap(({ wardCode, value }) => (wardCode === null || value === null ? [] : [{ wardCode, value: Number(value) }]));
}

type WardRows = Promise<{ wardCode: string | null; value: number | null }[]>;

const QUERIES: Record<WardMetric, (db: Db, scope: AgencyScope) => WardRows> = {
  openIncidents: (db, scope) =>
    db
      .select({ wardCode: incidents.wardCode, value: count() })
      .from(incidents)
      .where(and(withinScope(incidents.agencyId, scope), inArray(incidents.status, [...ACTIVE_INCIDENT_STATUSES]), isNotNull(incidents.wardCode)))
      .groupBy(incidents.wardCode),

  worstAqi: (db, scope) => sensorsPerWard(db, scope, max(sensors.latestValue), eq(sensors.kind, "air_quality")),

  lightsOut: (db, scope) =>
    sensorsPerWard(db, scope, count(), eq(sensors.kind, "streetlight_circuit"), lt(sensors.latestValue, STREETLIGHT_FAILED_BELOW)),

  requestsBacklog: (db, scope) =>
    db
      .select({ wardCode: workOrders.wardCode, value: count() })
      .from(workOrders)
      .where(and(withinScope(workOrders.agencyId, scope), eq(workOrders.status, "open"), isNotNull(workOrders.wardCode)))
      .groupBy(workOrders.wardCode),
};

function sensorsPerWard(db: Db, scope: AgencyScope, value: SQL<number | null> | SQL<number>, ...filters: SQL[]): WardRows {
  return db
    .select({ wardCode: sensors.wardCode, value })
    .from(sensors)
    .where(and(withinScope(sensors.agencyId, scope), isNotNull(sensors.latestValue), isNotNull(sensors.wardCode), ...filters))
    .groupBy(sensors.wardCode);
}
