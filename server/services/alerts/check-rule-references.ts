/** A rule may only name what exists and what its agency can see: sensors, a ward, an incoming CAP warning. */
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts, wards } from "@/db/schema";
import type { RuleDefinition } from "@/lib/domain/rules";
import { agencyScope, scopeIncludes, type AgencyScope } from "@/server/auth/agency-scope";
import type { AuthSession } from "@/server/auth/auth-session";
import { loadSensorFacts } from "@/server/rules/load/sensor-data";
import { InvalidInputError } from "@/server/services/errors";

export async function checkRuleReferences(db: Db, session: AuthSession, scope: AgencyScope, definition: RuleDefinition) {
  if ((definition.kind === "threshold" || definition.kind === "rate_of_change") && definition.params.sensorIds?.length) {
    const { sensorKind, sensorIds } = definition.params;
    const found = new Set((await loadSensorFacts(db, scope, sensorKind, sensorIds)).map((s) => s.id));
    const missing = sensorIds.filter((id) => !found.has(id));
    if (missing.length) throw new InvalidInputError(`No ${sensorKind} sensor this rule can watch has the id ${missing.slice(0, 5).join(", ")}.`);
  }
  if (definition.kind !== "geofence") return;
  const { zone } = definition.params;
  if (zone.kind === "ward") {
    const [ward] = await db.select({ code: wards.code }).from(wards).where(eq(wards.code, zone.wardCode));
    if (!ward) throw new InvalidInputError(`There is no ward with the code ${zone.wardCode}.`);
  }
  if (zone.kind === "cap_area") {
    const [warning] = await db
      .select({ agencyId: alerts.agencyId, area: alerts.area })
      .from(alerts)
      .where(and(eq(alerts.id, zone.alertId), eq(alerts.source, "cap"), ne(alerts.status, "resolved")));
    if (!warning || !scopeIncludes(await agencyScope(db, session, "alerts"), warning.agencyId)) throw new InvalidInputError("That CAP warning is not open or not visible to you.");
    if (warning.area?.type !== "Polygon" && warning.area?.type !== "MultiPolygon") throw new InvalidInputError("That CAP warning has no area to watch.");
  }
}
