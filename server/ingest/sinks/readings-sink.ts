/**
 * Sensor readings: raw rows, 1-minute and 1-hour rollups, and each sensor's latest value, all in
 * the batch's transaction. Rollups and latest values are computed only from the rows the insert
 * actually added (ON CONFLICT DO NOTHING RETURNING), so a replayed message changes nothing.
 *
 * Not COPY: with postgres-js 3.4.9 a COPY the server refuses (a duplicate key, a dropped
 * connection) never settles its stream and leaves the connection idle in an aborted transaction
 * (porsager/postgres#1173), which would hang ingestion.
 */
import { sql } from "drizzle-orm";
import { selectRows, type Db } from "@/db/client";
import type { ReadingItem } from "../ingest-items";
import { unnest } from "../sql-arrays";
import { HOUR_MS, latestBySensor, MINUTE_MS, rollUp, type Reading, type Rollup } from "./reading-rollups";
import type { Sink, SinkRejection } from "./sink";

export const writeReadings: Sink<"reading"> = async ({ tx }, entries) => {
  const sensors = await sensorStates(tx, [...new Set(entries.map((entry) => entry.item.sensorId))]);
  const rejections: SinkRejection[] = [];
  const valid: ReadingItem[] = [];
  entries.forEach(({ item }, index) => {
    const owner = sensors.get(item.sensorId)?.agencyId;
    // NaN passes the table's CHECK (PostgreSQL holds NaN = NaN), so it is refused here.
    if (!Number.isFinite(item.value)) rejections.push({ index, reason: `reading ${item.value} of ${item.sensorId} is not a finite number` });
    else if (owner === undefined) rejections.push({ index, reason: `unknown sensor ${item.sensorId}` });
    else if (item.ownerAgencyId !== null && owner !== item.ownerAgencyId) {
      rejections.push({ index, reason: `sensor ${item.sensorId} belongs to agency ${owner}, not ${item.ownerAgencyId}` });
    } else valid.push(item);
  });
  const inserted = await insertReadings(tx, valid);
  if (inserted.length > 0) {
    const isNewest = (rollup: Rollup) => rollup.lastAt >= (sensors.get(rollup.sensorId)!.latestAt ?? rollup.lastAt);
    await mergeRollups(tx, "readings_1m", "1 minute", rollUp(inserted, MINUTE_MS), isNewest);
    await mergeRollups(tx, "readings_1h", "1 hour", rollUp(inserted, HOUR_MS), isNewest);
    await updateLatestValues(tx, latestBySensor(inserted));
  }
  return rejections;
};

type SensorState = { agencyId: string; latestAt: Date | null };

/** Owner and latest reading time of each sensor, as they stood before this batch. */
async function sensorStates(tx: Db, ids: string[]): Promise<Map<string, SensorState>> {
  if (ids.length === 0) return new Map();
  const rows = await selectRows<{ id: string; agency_id: string; latest_at: string | Date | null }>(
    tx,
    sql`select id, agency_id, latest_at from sensors where id = any(${sql.param(ids)}::text[])`,
  );
  return new Map(rows.map((row) => [row.id, { agencyId: row.agency_id, latestAt: row.latest_at === null ? null : new Date(row.latest_at) }]));
}

/** The rows actually added: ON CONFLICT DO NOTHING skips what is there, RETURNING says what was not. */
async function insertReadings(tx: Db, items: ReadingItem[]): Promise<Reading[]> {
  if (items.length === 0) return [];
  const inserted = await selectRows<{ sensor_id: string; at: string | Date; value: number }>(
    tx,
    sql`insert into readings (sensor_id, at, value)
        select * from ${unnest(["text", items.map((i) => i.sensorId)], ["timestamptz", items.map((i) => i.at)], ["float8", items.map((i) => i.value)])}
        on conflict do nothing
        returning sensor_id, at, value`,
  );
  return inserted.map((row) => ({ sensorId: row.sensor_id, at: new Date(row.at), value: Number(row.value) }));
}

/**
 * Adds the batch's buckets to existing ones. `last` is the batch's when the batch holds the
 * sensor's newest reading so far (the common case: sensors report in order); otherwise a late
 * reading arrived, and the bucket's newest raw reading decides (one index probe).
 */
async function mergeRollups(tx: Db, table: "readings_1m" | "readings_1h", width: "1 minute" | "1 hour", rollups: Rollup[], isNewest: (rollup: Rollup) => boolean) {
  const column = <K extends keyof Rollup>(key: K) => rollups.map((r) => r[key]);
  await tx.execute(sql`
    insert into ${sql.identifier(table)} as r (sensor_id, bucket, count, sum, min, max, last)
    select u.sensor_id, u.bucket, u.count, u.sum, u.min, u.max,
      case when u.newest then u.last
        else (select x.value from readings x
              where x.sensor_id = u.sensor_id and x.at >= u.bucket and x.at < u.bucket + ${sql.raw(`interval '${width}'`)}
              order by x.at desc limit 1)
      end
    from ${unnest(
      ["text", column("sensorId")],
      ["timestamptz", column("bucket")],
      ["int4", column("count")],
      ["float8", column("sum")],
      ["float8", column("min")],
      ["float8", column("max")],
      ["float8", column("last")],
      ["bool", rollups.map(isNewest)],
    )} as u(sensor_id, bucket, count, sum, min, max, last, newest)
    on conflict (sensor_id, bucket) do update set
      count = r.count + excluded.count,
      sum = r.sum + excluded.sum,
      min = least(r.min, excluded.min),
      max = greatest(r.max, excluded.max),
      last = excluded.last`);
}

/** Only ever forward: a late reading never replaces a newer latest value. */
async function updateLatestValues(tx: Db, latest: Reading[]) {
  await tx.execute(sql`
    update sensors s set latest_value = u.value, latest_at = u.at
    from ${unnest(["text", latest.map((r) => r.sensorId)], ["timestamptz", latest.map((r) => r.at)], ["float8", latest.map((r) => r.value)])} as u(id, at, value)
    where s.id = u.id and (s.latest_at is null or s.latest_at < u.at)`);
}
