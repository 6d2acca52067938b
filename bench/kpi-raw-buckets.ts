import { sql, type SQL } from "drizzle-orm";
import { readings, sensors } from "@/db/schema";
import type { ReadingBuckets } from "@/server/services/kpis/reading-buckets";

/** The rollups' columns computed from raw readings at query time, for the sensors wanted only (their primary key leads with sensor_id). */
function rawBuckets(width: "minute" | "hour") {
  return (since: Date, which: SQL): SQL => sql`(
    select ${readings.sensorId} as sensor_id, date_trunc(${width}, ${readings.at}) as bucket, count(*)::int as count, sum(${readings.value}) as sum,
      min(${readings.value}) as min, max(${readings.value}) as max, (array_agg(${readings.value} order by ${readings.at} desc))[1] as last
    from ${readings}
    where ${readings.at} >= ${since.toISOString()}::timestamptz and ${readings.sensorId} in (select ${sensors.id} from ${sensors} where ${which})
    group by 1, 2)`;
}

/** The KPIs' baseline: the same buckets without rollups. */
export const RAW_BUCKETS: ReadingBuckets = { hourly: rawBuckets("hour"), minutely: rawBuckets("minute") };
