import { and, count, gte } from "drizzle-orm";
import { cellToBoundary, cellToParent } from "h3-js";
import type { Db } from "@/db/client";
import { incidents } from "@/db/schema";
import { DENSITY_WINDOW_MS, type IncidentDensityInput } from "@/lib/domain/map";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

/** Res 8 cells (about 0.7 km², 460 m edges): a few hundred across the city, a density and not dots. */
export const DENSITY_RESOLUTION = 8;

export interface DensityCell {
  h3: string;
  count: number;
  /** The hexagon as a closed [lon, lat] ring, so the browser needs no H3 library. */
  polygon: [number, number][];
}

/**
 * Incidents reported in the window, counted per H3 cell. Rows carry their res-9 cell (DESIGN.md),
 * so the database groups by it and only the few thousand groups are rolled up to res 8 here.
 */
export async function incidentDensity(db: Db, scope: AgencyScope, { window }: IncidentDensityInput, now = new Date()) {
  const spanMs = DENSITY_WINDOW_MS[window];
  const rows = await db
    .select({ h3: incidents.h3, count: count() })
    .from(incidents)
    .where(and(withinScope(incidents.agencyId, scope), spanMs === null ? undefined : gte(incidents.reportedAt, new Date(now.getTime() - spanMs))))
    .groupBy(incidents.h3);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const cell = cellToParent(row.h3, DENSITY_RESOLUTION);
    counts.set(cell, (counts.get(cell) ?? 0) + row.count);
  }
  const cells: DensityCell[] = [...counts].map(([h3, n]) => ({ h3, count: n, polygon: cellToBoundary(h3, true) as [number, number][] }));
  return { cells, total: rows.reduce((sum, row) => sum + row.count, 0) };
}
