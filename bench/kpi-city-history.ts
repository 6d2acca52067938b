/**
 * Seven days of a busy city on top of the seeded one, generated inside the database (no rows
 * cross the wire): one reading a minute for every sensor, the rollups the ingest writer would
 * have kept, emergency calls with their dispatch and arrival times, matatus and Open311 requests.
 * Rows are written in time order, as ingestion writes them, so a period's rows share pages the
 * way they do in a running city.
 */
import { sql } from "drizzle-orm";
import { selectRows, type Database } from "@/db/client";

const DAY_S = 86_400;

/** A daily wave plus noise, in each kind's own unit; bins fill over three days and are emptied. */
const VALUE_BY_KIND = sql.raw(`case s.kind
  when 'air_quality' then 18 + 12 * sin(2 * pi() * extract(hour from t) / 24) + random() * 12 + (abs(hashtext(s.id)) % 30)
  when 'noise' then 52 + 8 * sin(2 * pi() * extract(hour from t) / 24) + random() * 6
  when 'water_level' then 0.9 + 0.3 * sin(2 * pi() * extract(epoch from t) / (3 * ${DAY_S})) + random() * 0.2
  when 'substation_load' then 55 + 25 * sin(2 * pi() * extract(hour from t) / 24) + random() * 10
  when 'streetlight_circuit' then case when random() < 0.05 then 0.3 else 0.97 end
  when 'waste_bin_fill' then mod(extract(epoch from t)::bigint / 60 + abs(hashtext(s.id)), 4320) / 43.2
  when 'traffic_speed' then 45 + 20 * sin(2 * pi() * extract(hour from t) / 24) + random() * 10
  else 20 + random() * 30 end`);

export interface HistoryReport {
  readings: number;
  generateMs: number;
  rollupMs: number;
}

/** Fills `days` days up to `now`; returns how many readings and how long generation and rollups took. */
export async function generateCityHistory(database: Database, now: Date, days: number): Promise<HistoryReport> {
  const { db } = database;
  const from = new Date(now.getTime() - days * DAY_S * 1000).toISOString();
  const to = now.toISOString();
  const generateStarted = performance.now();
  await db.execute(sql`
    insert into readings (sensor_id, at, value)
    select s.id, t, ${VALUE_BY_KIND}
    from sensors s cross join generate_series(${from}::timestamptz, ${to}::timestamptz - interval '1 minute', interval '1 minute') t
    order by t, s.id`);
  const generateMs = performance.now() - generateStarted;

  const rollupStarted = performance.now();
  for (const [table, width] of [["readings_1m", "minute"], ["readings_1h", "hour"]] as const) {
    await db.execute(sql`
      insert into ${sql.identifier(table)} (sensor_id, bucket, count, sum, min, max, last, last_at)
      select sensor_id, date_trunc(${width}, at), count(*), sum(value), min(value), max(value), (array_agg(value order by at desc))[1], max(at)
      from readings group by 1, 2 order by 2, 1`);
  }
  await db.execute(sql`
    update sensors set latest_value = r.value, latest_at = r.at
    from (select distinct on (sensor_id) sensor_id, at, value from readings order by sensor_id, at desc) r
    where r.sensor_id = sensors.id`);
  const rollupMs = performance.now() - rollupStarted;

  await generateOperations(database, now, days);
  // Settled, as a running city's older data is: vacuumed (visibility map and hint bits set, as
  // autovacuum would have) and written out, so no read pays for the bulk load's aftermath.
  await db.execute(sql`vacuum analyze`);
  await db.execute(sql`checkpoint`);
  const [row] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from readings`);
  return { readings: row!.n, generateMs, rollupMs };
}

/** 30 calls an hour with dispatch and arrival times, 400 matatus reporting now, 300 Open311 requests. */
async function generateOperations(database: Database, now: Date, days: number) {
  const { db } = database;
  const at = now.toISOString();
  await db.execute(sql`
    insert into incidents (agency_id, type, priority, status, title, lon, lat, h3, source, source_ref, reported_at, dispatched_at, on_scene_at, cleared_at, closed_at)
    select 'police', 'medical', 1 + (n % 4), case when reported > ${at}::timestamptz - interval '1 hour' then 'on_scene' else 'closed' end, 'Benchmark call',
      36.82, -1.29, '897a6e42ca7ffff', 'call', 'bench-' || n, reported, reported + make_interval(secs => 15 + random() * 90),
      reported + make_interval(secs => 120 + random() * 1200), cleared, cleared
    from (select n, ${at}::timestamptz - make_interval(secs => random() * ${days * DAY_S}) as reported from generate_series(1, ${days * 24 * 30}) n) calls,
      lateral (select case when reported > ${at}::timestamptz - interval '1 hour' then null else reported + interval '40 minutes' end as cleared) c`);
  await db.execute(sql`
    insert into vehicles (id, agency_id, lon, lat, delay_s, reported_at)
    select 'bench-' || n, 'transit', 36.82, -1.29, (random() * 1200 - 600)::int, ${at}::timestamptz - make_interval(secs => random() * 120)
    from generate_series(1, 400) n`);
  await db.execute(sql`
    insert into work_orders (agency_id, source, source_ref, service_code, service_name, status, requested_at)
    select 'city', 'bench', 'bench-' || n, 'potholes', 'Pothole', case when n % 3 = 0 then 'closed' else 'open' end,
      ${at}::timestamptz - make_interval(secs => random() * ${days * DAY_S})
    from generate_series(1, 300) n`);
}
