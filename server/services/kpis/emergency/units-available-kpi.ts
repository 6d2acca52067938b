import { count } from "drizzle-orm";
import { units } from "@/db/schema";
import { UNITS_AVAILABLE_SHARE, type Kpi } from "@/lib/domain/kpis";
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitType } from "@/lib/domain/units";
import { withinScope } from "@/server/auth/agency-scope";
import { kpi, kpiRow } from "../kpi";
import type { KpiContext } from "../kpi-context";
import { STATE_STALE_AFTER_S } from "../state-staleness";
import { thresholdStatus, worstStatus } from "../threshold-status";

/**
 * Units free to send, by type. A type with none left is red: the next call of that kind waits.
 * Unit status has no history, so the wall draws the trend from what it has seen itself.
 */
export async function unitsAvailableKpi(ctx: KpiContext): Promise<Kpi> {
  const rows = await ctx.db
    .select({ type: units.type, status: units.status, n: count() })
    .from(units)
    .where(withinScope(units.agencyId, await ctx.scope("units")))
    .groupBy(units.type, units.status);
  const tally = (type: UnitType, available: boolean) =>
    rows.filter((r) => r.type === type && (!available || r.status === "available")).reduce((sum, r) => sum + Number(r.n), 0);
  const byType = UNIT_TYPES.map((type) => ({ type, available: tally(type, true), total: tally(type, false) })).filter((t) => t.total > 0);
  const typeRows = byType.map(({ type, available, total }) =>
    kpiRow(UNIT_TYPE_LABELS[type], available, "count", { note: `of ${total}`, status: thresholdStatus((100 * available) / total, UNITS_AVAILABLE_SHARE) }),
  );
  const available = byType.reduce((sum, t) => sum + t.available, 0);
  const total = byType.reduce((sum, t) => sum + t.total, 0);
  return kpi({
    id: "units-available",
    label: "Units available",
    unit: "count",
    value: total ? available : null,
    note: total ? `of ${total} units` : "No units",
    status: worstStatus(typeRows.map((r) => r.status)),
    rows: typeRows,
    asOf: ctx.now,
    staleAfterS: STATE_STALE_AFTER_S,
  });
}
