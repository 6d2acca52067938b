import { sql, type SQL } from "drizzle-orm";

/** `('a', 'b')` for CHECK constraints built from the same `as const` arrays zod uses. */
export function sqlList(values: readonly (string | number)[]): SQL {
  return sql.raw(`(${values.map((v) => (typeof v === "number" ? String(v) : `'${v.replace(/'/g, "''")}'`)).join(", ")})`);
}
