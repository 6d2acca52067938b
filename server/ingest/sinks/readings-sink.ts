/**
 * Sensor readings: raw rows, 1-minute and 1-hour rollups, and each sensor's latest value, all in
 * the batch's transaction. Rollups and latest values count only the rows the insert actually
 * added, so a replayed message changes nothing: when every reading of the batch went in (the
 * steady state), they are folded on the client from the batch itself (prepared-readings.ts, as
 * messages arrive); otherwise the server folds the rows its insert returned.
 *
 * One statement inserts and rolls up (data-modifying CTEs), and a batch costs the same few round
 * trips however many readings, sensors and buckets it holds. Folding on the client spares the
 * server a sort and ordered aggregates over every row: about 1 us of its 10 us per reading.
 *
 * Not COPY: with postgres-js 3.4.9 a COPY the server refuses (a duplicate key, a dropped
 * connection) never settles its stream and leaves the connection idle in an aborted transaction
 * (porsager/postgres#1173), which would hang ingestion. Nor would it pay: the server's cost is
 * the per-row index and foreign-key work that COPY does too; a plain insert from the parameter
 * arrays costs the server what COPY of the same rows does (bench/ingest-throughput.ts).
 */
import { sql, type SQL } from "drizzle-orm";
import { selectRows, type Db } from "@/db/client";
import { isUniqueViolation } from "../database-errors";
import type { ReadingItem } from "../ingest-items";
import { arrayLiteral, typedArray, unnest } from "../sql-arrays";
import { preparedReadings } from "./prepared-readings";
import { HOUR_MS, mergeBuckets, newestBySensor, type Bucket } from "./reading-buckets";
import type { Sink, SinkRejection } from "./sink";

export const writeReadings: Sink<"reading"> = async ({ tx }, entries) => {
  const owners = await sensorOwners(tx, [...new Set(entries.map((entry) => entry.item.sensorId))]);
  const rejections: SinkRejection[] = [];
  const valid: ReadingItem[] = [];
  entries.forEach(({ item }, index) => {
    const owner = owners.get(item.sensorId);
    // NaN passes the table's CHECK (PostgreSQL holds NaN = NaN), so it is refused here.
    if (!Number.isFinite(item.value)) rejections.push({ index, reason: `reading ${item.value} of ${item.sensorId} is not a finite number` });
    else if (owner === undefined) rejections.push({ index, reason: `unknown sensor ${item.sensorId}` });
    else if (item.ownerAgencyId !== null && owner !== item.ownerAgencyId) {
      rejections.push({ index, reason: `sensor ${item.sensorId} belongs to agency ${owner}, not ${item.ownerAgencyId}` });
    } else valid.push(item);
  });
  if (valid.length > 0) await storeReadings(tx, valid);
  return rejections;
};

/** The agency owning each known sensor. */
async function sensorOwners(tx: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await selectRows<{ id: string; agency_id: string }>(tx, sql`select id, agency_id from sensors where id = any(${typedArray("text", arrayLiteral(ids))})`);
  return new Map(rows.map((row) => [row.id, row.agency_id]));
}

/**
 * Inserts the readings and folds the ones really inserted into the rollups and latest values.
 *
 * First as a plain insert, in a savepoint: when nothing is stored yet (the steady state), the
 * unique index checks each row as it goes in, at no extra cost, and success means every reading
 * of the batch was inserted, so the rollups and latest values folded on the client are exact.
 * A reading already stored (a replay, a duplicate within the batch, another writer's row) makes it
 * fail as a whole; then ON CONFLICT DO NOTHING, which probes the index once more per row and
 * tells each duplicate apart, stores the rest and rolls up only what it inserted (RETURNING).
 */
async function storeReadings(tx: Db, items: ReadingItem[]) {
  const prepared = preparedReadings(items);
  // Times travel as epoch milliseconds (exact in int8 and in the interval product): formatting
  // ISO strings was the largest part of the client's work on a batch, four times this.
  const rows = sql`
    select u.sensor_id, timestamptz 'epoch' + u.ms * interval '1 millisecond', u.value
    from unnest(${typedArray("text", prepared.sensorIds)}, ${typedArray("int8", prepared.times)}, ${typedArray("float8", prepared.values)}) as u(sensor_id, ms, value)`;
  const hours = mergeBuckets(prepared.minutes, HOUR_MS);
  const latest = newestBySensor(hours).map(({ sensorId, lastAt, last }) => ({ sensor_id: sensorId, at: new Date(lastAt), value: last }));
  try {
    // The insert and the latest values are sent together, in this order (drizzle runs a query
    // when it is awaited, and Promise.all awaits in order): one round trip instead of two. When
    // the insert is refused, the update fails unrun with it, and the savepoint is rolled back.
    await tx.transaction((savepoint) => Promise.all([insertAll(rows, prepared.minutes, hours), latestValuesUpdate(latest)].map((statement) => savepoint.execute(statement))));
  } catch (error) {
    if (!isUniqueViolation(error, "readings_pk")) throw error;
    await tx.execute(latestValuesUpdate(await selectRows<Latest>(tx, insertNewAndRollUp(rows))));
  }
}

/** A sensor's newest inserted reading; `at` as the driver returns a timestamptz. */
type Latest = { sensor_id: string; at: string | Date; value: number };

/** One statement: every row, and the buckets folded from them on the client. */
function insertAll(rows: SQL, minutes: Bucket[], hours: Bucket[]): SQL {
  return sql`
    with inserted as (insert into readings (sensor_id, at, value) ${rows}),
    merged_minutes as (${mergeInto("readings_1m", bucketRows(minutes))}),
    merged_hours as (${mergeInto("readings_1h", bucketRows(hours))})
    select`;
}

/** Buckets as rows shaped like the rollup CTEs below, times from epoch milliseconds. */
function bucketRows(buckets: Bucket[]): SQL {
  const column = <K extends keyof Bucket>(key: K) => buckets.map((bucket) => bucket[key]);
  return sql`(
    select u.sensor_id, timestamptz 'epoch' + u.bucket * interval '1 millisecond' as bucket, u.count, u.sum, u.min, u.max, u.last,
      timestamptz 'epoch' + u.last_at * interval '1 millisecond' as last_at
    from ${unnest(
      ["text", column("sensorId")],
      ["int8", column("bucket")],
      ["int4", column("count")],
      ["float8", column("sum")],
      ["float8", column("min")],
      ["float8", column("max")],
      ["float8", column("last")],
      ["int8", column("lastAt")],
    )} as u(sensor_id, bucket, count, sum, min, max, last, last_at))`;
}

/**
 * One statement: insert what is new, then rollups from the rows the insert returned; it returns
 * each sensor's newest inserted reading. Buckets are whole UTC minutes and hours (date_bin from
 * the epoch), whatever the session's time zone.
 */
function insertNewAndRollUp(rows: SQL): SQL {
  return sql`
    with inserted as (
      insert into readings (sensor_id, at, value)
      ${rows}
      on conflict do nothing
      returning sensor_id, at, value
    ),
    minute as (
      select sensor_id, date_bin('1 minute', at, timestamptz 'epoch') as bucket, count(*)::int as count, sum(value) as sum,
        min(value) as min, max(value) as max, (array_agg(value order by at desc))[1] as last, max(at) as last_at
      from inserted group by 1, 2
    ),
    hour as (
      select sensor_id, date_bin('1 hour', bucket, timestamptz 'epoch') as bucket, sum(count)::int as count, sum(sum) as sum,
        min(min) as min, max(max) as max, (array_agg(last order by last_at desc))[1] as last, max(last_at) as last_at
      from minute group by 1, 2
    ),
    merged_minutes as (${mergeInto("readings_1m", sql`minute`)}),
    merged_hours as (${mergeInto("readings_1h", sql`hour`)})
    select distinct on (sensor_id) sensor_id, last_at as at, last as value from hour order by sensor_id, last_at desc`;
}

/**
 * Adds a batch's buckets to a rollup table. A bucket's `last` is the batch's newest value there
 * unless the stored bucket's is newer still (a late reading arrived): its `last_at` decides.
 */
function mergeInto(table: "readings_1m" | "readings_1h", buckets: SQL): SQL {
  return sql`
    insert into ${sql.identifier(table)} as r (sensor_id, bucket, count, sum, min, max, last, last_at)
    select b.sensor_id, b.bucket, b.count, b.sum, b.min, b.max, b.last, b.last_at
    from ${buckets} b
    on conflict (sensor_id, bucket) do update set
      count = r.count + excluded.count,
      sum = r.sum + excluded.sum,
      min = least(r.min, excluded.min),
      max = greatest(r.max, excluded.max),
      last = case when excluded.last_at >= r.last_at then excluded.last else r.last end,
      last_at = greatest(r.last_at, excluded.last_at)`;
}

/**
 * Only ever forward: a late reading never replaces a newer latest value. A statement of its own,
 * after the rest: sensors is a live table, whose trigger lock is held until commit.
 */
function latestValuesUpdate(latest: Latest[]): SQL {
  return sql`
    update sensors s set latest_value = u.value, latest_at = u.at
    from ${unnest(["text", latest.map((r) => r.sensor_id)], ["timestamptz", latest.map((r) => r.at)], ["float8", latest.map((r) => r.value)])} as u(id, at, value)
    where s.id = u.id and (s.latest_at is null or s.latest_at < u.at)`;
}
