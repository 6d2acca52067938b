import { sql, type SQL } from "drizzle-orm";
import { readings1h, readings1m } from "@/db/schema";

/**
 * Where the sensor KPIs read their time buckets, as rows (sensor_id, bucket, count, sum, min,
 * max, last) from `since` on. The product reads the rollups the ingest writer maintains; the
 * benchmark swaps in the same buckets computed from raw readings, to show what rollups buy.
 */
export interface ReadingBuckets {
  hourly(since: Date): SQL;
  minutely(since: Date): SQL;
}

export const ROLLUP_BUCKETS: ReadingBuckets = {
  hourly: () => sql`${readings1h}`,
  minutely: () => sql`${readings1m}`,
};
