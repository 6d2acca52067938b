import { sql, type SQL } from "drizzle-orm";

type Cell = string | number | boolean | Date | null;
/** A column of values and the SQL type it unpacks to. */
export type ArrayColumn = readonly [type: "text" | "timestamptz" | "float8" | "int4" | "int8" | "bool" | "jsonb" | "uuid", values: readonly Cell[]];

/**
 * `unnest(...)` over one array parameter per column: a batch of any size is one statement with a
 * handful of parameters, which both drivers send fast (db/insert-rows.ts measured it on
 * PGlite at four times drizzle's multi-row VALUES). Each column travels as one array literal
 * written here and parsed once by the server into its type: both drivers pass a string through
 * untouched. Writing the literal here spares a text copy of every value and the driver's array
 * serialiser: about 1 us per reading of the client's work on a batch of readings.
 */
export function unnest(...columns: ArrayColumn[]): SQL {
  const arrays = columns.map(([type, values]) => typedArray(type, arrayLiteral(values)));
  return sql`unnest(${sql.join(arrays, sql`, `)})`;
}

/** A parameter holding an array literal (see `arrayLiteral`), as an array of `type`. */
export const typedArray = (type: ArrayColumn[0], literal: string): SQL => sql`${sql.param(literal)}::${sql.raw(type)}[]`;

/** PostgreSQL's text form of a one-dimensional array: `{"a",1.5,NULL,t}`. */
export function arrayLiteral(values: readonly Cell[]): string {
  let elements = "";
  for (const value of values) elements += "," + arrayElement(value);
  return `{${elements.slice(1)}}`;
}

/** One element of an array literal: numbers bare, text always quoted (so NULL, braces and commas stay text). */
export function arrayElement(value: Cell): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  return quoted(value instanceof Date ? value.toISOString() : value);
}

const NEEDS_ESCAPE = /[\\"]/;
const quoted = (text: string) => `"${NEEDS_ESCAPE.test(text) ? text.replace(/[\\"]/g, "\\$&") : text}"`;
