import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";

/** Rows per statement: bounds statement size while keeping round trips few. */
const CHUNK_ROWS = 5_000;

/**
 * Inserts rows, skipping any whose key already exists: seeding relies on this for idempotency
 * (a second run inserts nothing and updates nothing, so no live row gets a new `seq`).
 *
 * Each column travels as ONE array parameter, unpacked by `unnest`: on PGlite this is about four
 * times faster than drizzle's multi-row VALUES with a parameter per cell. Values are encoded with
 * drizzle's own column mapping (dates, JSON) and sent as text[] cast to the column's type, which
 * both drivers serialise the same way. Every row must give the same columns.
 */
export async function insertRows<T extends PgTable>(db: Db, table: T, rows: T["$inferInsert"][]): Promise<void> {
  if (rows.length === 0) return;
  const byKey = getTableColumns(table);
  const keys = Object.keys(rows[0]!).filter((key) => key in byKey);
  const columns = keys.map((key) => byKey[key]!);
  const columnList = sql.raw(columns.map((column) => `"${column.name}"`).join(", "));
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS) as Record<string, unknown>[];
    const arrays = columns.map((column, i) => {
      const values = chunk.map((row) => {
        const value = row[keys[i]!];
        return value === null || value === undefined ? null : String(column.mapToDriverValue(value));
      });
      return sql`${sql.param(values)}::text[]::${sql.raw(column.getSQLType())}[]`;
    });
    await db.execute(
      sql`insert into ${sql.identifier(getTableName(table))} (${columnList}) select * from unnest(${sql.join(arrays, sql`, `)}) on conflict do nothing`,
    );
  }
}
