import { sql, type SQL } from "drizzle-orm";
import { readings1h, readings1m } from "@/db/schema";

/**
 * Where the sensor KPIs read their time buckets, as rows (sensor_id, bucket, count, sum, min,
 * max, last) from `since` on, for the sensors `which` selects (a condition on the sensors
 * table). The product reads the rollups the ingest writer maintains, small enough to join as
 * they are; the benchmark swaps in the same buckets computed from raw readings, which need
 * `which` to narrow their scan, to show what rollups buy.
 */
export interface ReadingBuckets {
  hourly(since: Date, which: SQL): SQL;
  minutely(since: Date, which: SQL): SQL;
}

export const ROLLUP_BUCKETS: ReadingBuckets = {
  hourly: () => sql`${readings1h}`,
  minutely: () => sql`${readings1m}`,
};
