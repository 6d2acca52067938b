/** The polygon a geofence rule watches: a ward, a drawn polygon, or the area of an open CAP warning. */
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts, wards } from "@/db/schema";
import type { GeofenceZone } from "@/lib/domain/rules";
import type { Zone } from "../evaluate/geofence";

/** Null when the zone is gone: an unknown ward, a resolved warning, a warning without polygons. */
export async function loadZone(db: Db, zone: GeofenceZone): Promise<Zone | null> {
  if (zone.kind === "polygon") return { name: zone.name, geometry: zone.polygon };
  if (zone.kind === "ward") {
    const [ward] = await db.select({ name: wards.name, geometry: wards.geometry }).from(wards).where(eq(wards.code, zone.wardCode));
    return ward ? { name: `${ward.name} ward`, geometry: ward.geometry } : null;
  }
  const [warning] = await db
    .select({ title: alerts.title, areaDesc: alerts.areaDesc, area: alerts.area })
    .from(alerts)
    .where(and(eq(alerts.id, zone.alertId), eq(alerts.source, "cap"), ne(alerts.status, "resolved")));
  const area = warning?.area;
  if (!area || (area.type !== "Polygon" && area.type !== "MultiPolygon")) return null;
  return { name: warning.areaDesc ?? warning.title, geometry: area };
}
