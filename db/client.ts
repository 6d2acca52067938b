import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
/** Both drivers share drizzle's Postgres query builder; code never branches on the driver. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Connection URL of a PostgreSQL database; null for PGlite. */
  url: string | null;
  /** Calls `onPayload` for every NOTIFY on `channel` (after the writer committed). */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  migrate(): Promise<void>;
  /**
   * Tries to become the one holder of a session advisory lock (one per background duty).
   * Resolves to a release function, or null when another process holds it.
   */
  tryExclusive(lockKey: number): Promise<(() => Promise<void>) | null>;
  close(): Promise<void>;
}

export type DatabaseOptions = { databaseUrl: string } | { pgliteDir: string | null };

const migrationsFolder = resolve(process.cwd(), "db/migrations");

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return "databaseUrl" in options ? openPostgres(options.databaseUrl) : openPglite(options.pgliteDir);
}

async function openPglite(dir: string | null): Promise<Database> {
  // PGlite's initdb fails when the parent folder is missing (STACK.md pitfall 4).
  if (dir) mkdirSync(dirname(resolve(dir)), { recursive: true });
  const client = dir ? await PGlite.create(dir) : await PGlite.create();
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    url: null,
    async listen(channel, onPayload) {
      const unlisten = await client.listen(channel, onPayload);
      return async () => unlisten();
    },
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder }),
    // PGlite belongs to this one process: nobody else can hold the duty.
    tryExclusive: async () => async () => {},
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const client = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    onnotice: () => {},
    // Our statements are short reads and batched writes. When the planner's row estimate is off
    // (a table full of dead rows from latest-value updates), JIT compiled a 5 ms KPI query for
    // 430 ms; it never paid back on a statement of ours.
    connection: { jit: "off" },
  });
  const db = drizzlePostgres({ client, schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    url,
    async listen(channel, onPayload) {
      const { unlisten } = await client.listen(channel, onPayload);
      return unlisten;
    },
    async migrate() {
      // Several instances may start at once: one migrates, the others wait for it.
      const lockHolder = await client.reserve();
      try {
        await lockHolder`select pg_advisory_lock(74030002)`;
        await migratePostgres(drizzlePostgres({ client, schema }), { migrationsFolder });
      } finally {
        await lockHolder`select pg_advisory_unlock(74030002)`;
        lockHolder.release();
      }
    },
    async tryExclusive(lockKey) {
      const holder = await client.reserve();
      const [row] = await holder<{ locked: boolean }[]>`select pg_try_advisory_lock(${lockKey}) as locked`;
      if (!row?.locked) {
        holder.release();
        return null;
      }
      return async () => {
        await holder`select pg_advisory_unlock(${lockKey})`;
        holder.release();
      };
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/** Where the embedded database lives unless PGLITE_DIR says otherwise. */
export const defaultPgliteDir = () => process.env.PGLITE_DIR ?? join(process.cwd(), "data", "pglite");

export function databaseOptionsFromEnv(): DatabaseOptions {
  const url = process.env.DATABASE_URL;
  return url ? { databaseUrl: url } : { pgliteDir: defaultPgliteDir() };
}

const globalForDb = globalThis as unknown as { citydeckDatabase?: Promise<Database> };

/**
 * The process-wide database. Next.js route handlers and the background roles started from
 * instrumentation.ts live in one process and must share one PGlite (STACK.md item 8).
 */
export function getDatabase(): Promise<Database> {
  globalForDb.citydeckDatabase ??= openDatabase(databaseOptionsFromEnv());
  return globalForDb.citydeckDatabase;
}

type SelectOptions = {
  /**
   * On PostgreSQL, run as a named prepared statement: parsed once per connection and, once the
   * server settles on a generic plan, no longer planned per call. For reads repeated all day
   * with the same text (a wall's KPIs every 30 s: a refresh went from 41.7 to 33.4 ms at p50).
   * Only for text that never varies: each distinct text stays prepared on its connection.
   */
  prepared?: boolean;
};

/** The postgres-js client drizzle wraps; PGlite's has no `unsafe`. */
type PostgresJsClient = { unsafe(query: string, params: unknown[], options: { prepare: boolean }): Promise<unknown> };
const dialect = new PgDialect();

/** Rows of a raw SQL query: PGlite returns `{ rows }`, postgres-js an array; callers see one shape. */
export async function selectRows<T>(db: Db, query: SQL, { prepared = false }: SelectOptions = {}): Promise<T[]> {
  // Transactions have no $client of their own: their reads run unprepared.
  const client = (db as { $client?: Partial<PostgresJsClient> }).$client;
  if (prepared && typeof client?.unsafe === "function") {
    const { sql: text, params } = dialect.sqlToQuery(query);
    return (await (client as PostgresJsClient).unsafe(text, params, { prepare: true })) as T[];
  }
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
