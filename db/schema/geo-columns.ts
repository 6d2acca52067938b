import { doublePrecision, text } from "drizzle-orm/pg-core";
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** Points are lon/lat plus an H3 cell (res 9) for fast "near" and "in area" queries (DESIGN.md). */
export const pointColumns = () => ({
  lon: doublePrecision("lon").notNull(),
  lat: doublePrecision("lat").notNull(),
  h3: text("h3").notNull(),
});

export const lonLatCheck = (lon: AnyPgColumn, lat: AnyPgColumn): SQL =>
  sql`${lon} between -180 and 180 and ${lat} between -90 and 90`;
