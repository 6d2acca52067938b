import { sql, type SQL } from "drizzle-orm";

type Cell = string | number | boolean | Date | null;
/** A column of values and the SQL type it unpacks to. */
export type ArrayColumn = readonly [type: "text" | "timestamptz" | "float8" | "int4" | "int8" | "bool" | "jsonb" | "uuid", values: readonly Cell[]];

/**
 * `unnest(...)` over one array parameter per column: a batch of any size is one statement with a
 * handful of parameters, which both drivers send fast (db/insert-rows.ts measured it on
 * PGlite at four times drizzle's multi-row VALUES). Values travel as text and are cast back, so
 * PGlite and postgres-js serialise them the same way.
 */
export function unnest(...columns: ArrayColumn[]): SQL {
  const arrays = columns.map(([type, values]) => sql`${sql.param(values.map(asText))}::text[]::${sql.raw(type)}[]`);
  return sql`unnest(${sql.join(arrays, sql`, `)})`;
}

function asText(value: Cell): string | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString() : String(value);
}
