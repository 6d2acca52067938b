import { and, eq, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts, workOrders, type Incident } from "@/db/schema";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

export type IncidentOrigin = { kind: "alert" | "request"; id: string } | null;

/**
 * The CityDeck record an incident was born from, so the console can link back to it: the alert
 * (CAP or sensor rule) that raised it, or the Open311 request. Only records the caller may see.
 */
export async function incidentOrigin(db: Db, scopes: { alerts: AgencyScope; incidents: AgencyScope }, incident: Incident): Promise<IncidentOrigin> {
  if (incident.source === "cap" || incident.source === "sensor_alert") {
    const raisedBy = incident.sourceRef ? or(eq(alerts.incidentId, incident.id), eq(alerts.sourceRef, incident.sourceRef)) : eq(alerts.incidentId, incident.id);
    const [alert] = await db.select({ id: alerts.id }).from(alerts).where(and(raisedBy, withinScope(alerts.agencyId, scopes.alerts))).limit(1);
    return alert ? { kind: "alert", id: alert.id } : null;
  }
  if (incident.source === "open311" && incident.sourceRef) {
    const [request] = await db
      .select({ id: workOrders.id })
      .from(workOrders)
      .where(and(eq(workOrders.sourceRef, incident.sourceRef), withinScope(workOrders.agencyId, scopes.incidents)))
      .limit(1);
    return request ? { kind: "request", id: request.id } : null;
  }
  return null;
}
