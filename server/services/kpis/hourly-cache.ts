/**
 * Per-hour results of the KPIs' queries over hourly rollups, kept between refreshes while the
 * hour's revision holds. A wall refreshes every few seconds, and all but the current hour of the
 * 31 (or 192) hours a KPI reads are done: a refresh re-reads only the hours that changed, which
 * in a running city is the current one.
 *
 * Revisions come from readings_1h_revisions, bumped by triggers on readings_1h in the writer's
 * own transaction (migration 0009). They are read before the data: data committed in between is
 * newer than the revision it is stored under, so the next refresh finds a newer revision and
 * reads the hour again. A cached hour is never older than its revision says.
 */
import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { selectRows, type Db } from "@/db/client";
import { readings1hRevisions } from "@/db/schema";
import { HOUR_MS, hourStart } from "./hourly-history";

/** How far back revisions are read: the air-quality baseline's eight days of 24-hour means. */
export const CACHED_HOURS = 8 * 24;
/** Distinct queries kept (a query per KPI and agency scope); the least recently used goes first. */
const MAX_QUERIES = 256;

export interface HourlyResults {
  /**
   * Each requested hour's result of one query, by hour start in ms; hours without a result are
   * absent. `key` names the query and everything it depends on but the hours (`queryKey`);
   * `load` reads the hours asked for.
   */
  of<T>(key: string, hours: readonly Date[], load: (hours: Date[]) => Promise<Map<number, T>>): Promise<Map<number, T>>;
}

/** Without a cache: every hour read every time (the benchmark's baselines). */
export const UNCACHED_HOURS: HourlyResults = { of: (_key, hours, load) => load([...hours]) };

type Entry = { revision: number | null; result: unknown };
/** One store per database: query key → hour → its result and the revision it was read at. */
const stores = new WeakMap<Db, Map<string, Map<number, Entry>>>();

/** The hourly results one request reads: revisions read once, at its first query. */
export function cachedHourlyResults(db: Db, now: Date): HourlyResults {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new Map()));
  const queries = store;
  let revisions: Promise<(hourMs: number) => number | null> | null = null;
  return {
    async of<T>(key: string, hours: readonly Date[], load: (hours: Date[]) => Promise<Map<number, T>>) {
      const revisionOf = await (revisions ??= hourRevisions(db, now));
      const known = queries.get(key);
      const fresh = (ms: number) => {
        const entry = known?.get(ms);
        return entry !== undefined && entry.revision !== null && entry.revision === revisionOf(ms);
      };
      const missing = hours.filter((hour) => !fresh(hour.getTime()));
      const loaded = missing.length > 0 ? await load(missing) : new Map<number, T>();
      const entries = new Map<number, Entry>();
      const results = new Map<number, T>();
      for (const hour of hours) {
        const ms = hour.getTime();
        const entry = fresh(ms) ? known!.get(ms)! : { revision: revisionOf(ms), result: loaded.get(ms) };
        entries.set(ms, entry);
        if (entry.result !== undefined) results.set(ms, entry.result as T);
      }
      // Only the hours asked for stay: older ones leave as the window moves on.
      queries.delete(key);
      queries.set(key, entries);
      if (queries.size > MAX_QUERIES) queries.delete(queries.keys().next().value!);
      return results;
    },
  };
}

/**
 * Each recent hour's revision: 0 for an hour never written (its first write makes it 1), null
 * for an hour older than the revisions read, which is then read every time.
 */
async function hourRevisions(db: Db, now: Date): Promise<(hourMs: number) => number | null> {
  const since = new Date(hourStart(now).getTime() - CACHED_HOURS * HOUR_MS);
  const rows = await selectRows<{ bucket: unknown; revision: unknown }>(
    db,
    sql`select ${readings1hRevisions.bucket} as bucket, ${readings1hRevisions.revision} as revision from ${readings1hRevisions} where ${readings1hRevisions.bucket} >= ${since.toISOString()}::timestamptz`,
    { prepared: true },
  );
  const byHour = new Map(rows.map((row) => [new Date(row.bucket as string).getTime(), Number(row.revision)]));
  return (hourMs) => (hourMs >= since.getTime() ? (byHour.get(hourMs) ?? 0) : null);
}

const dialect = new PgDialect();

/** A query's identity as a cache key: its text and parameters. */
export function queryKey(query: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return JSON.stringify([text, params]);
}

/** The hours as one timestamptz[] parameter. */
export const hoursParam = (hours: readonly Date[]): SQL => sql`${`{${hours.map((h) => h.toISOString()).join(",")}}`}::timestamptz[]`;
