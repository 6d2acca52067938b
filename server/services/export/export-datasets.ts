import { and, asc, eq, gt, gte, inArray, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidentEvents, incidents, readings, sensors, units } from "@/db/schema";

const PAGE = 5000;

export const EXPORT_DATASETS = ["incidents.geojson", "sensors.geojson", "units.geojson", "readings.csv", "readings.ndjson", "incident-events.ndjson"] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];

export interface ExportRange {
  from?: Date;
  to?: Date;
}

/** Content type and the chunks of one agency's dataset, read page by page so memory stays flat. */
export function exportDataset(db: Db, agencyId: string, dataset: ExportDataset, range: ExportRange) {
  switch (dataset) {
    case "incidents.geojson":
      return geojson(pointPages(db, incidents, eq(incidents.agencyId, agencyId), range.from && gte(incidents.reportedAt, range.from), range.to && lte(incidents.reportedAt, range.to)));
    case "sensors.geojson":
      return geojson(pointPages(db, sensors, eq(sensors.agencyId, agencyId)));
    case "units.geojson":
      return geojson(pointPages(db, units, eq(units.agencyId, agencyId)));
    case "readings.csv":
      return { contentType: "text/csv; charset=utf-8", chunks: csvReadings(readingPages(db, agencyId, range)) };
    case "readings.ndjson":
      return { contentType: "application/x-ndjson", chunks: ndjson(readingPages(db, agencyId, range)) };
    case "incident-events.ndjson":
      return { contentType: "application/x-ndjson", chunks: ndjson(eventPages(db, agencyId, range)) };
  }
}

type PointTable = typeof incidents | typeof sensors | typeof units;

/** Keyset pages over a table with string ids and lon/lat columns. */
async function* pointPages(db: Db, table: PointTable, ...filters: (SQL | undefined)[]) {
  let after: string | null = null;
  for (;;) {
    const rows: Record<string, unknown>[] = await db
      .select()
      .from(table)
      .where(and(...filters, after === null ? undefined : gt(table.id, after)))
      .orderBy(asc(table.id))
      .limit(PAGE);
    if (rows.length === 0) return;
    yield rows;
    after = String(rows.at(-1)!.id);
  }
}

async function* readingPages(db: Db, agencyId: string, range: ExportRange) {
  const owned = (await db.select({ id: sensors.id }).from(sensors).where(eq(sensors.agencyId, agencyId))).map((s) => s.id);
  if (owned.length === 0) return;
  let after: { sensorId: string; at: Date } | null = null;
  for (;;) {
    const rows: { sensorId: string; at: Date; value: number }[] = await db
      .select()
      .from(readings)
      .where(
        and(
          inArray(readings.sensorId, owned),
          range.from && gte(readings.at, range.from),
          range.to && lte(readings.at, range.to),
          after ? or(gt(readings.sensorId, after.sensorId), and(eq(readings.sensorId, after.sensorId), gt(readings.at, after.at))) : undefined,
        ),
      )
      .orderBy(asc(readings.sensorId), asc(readings.at))
      .limit(PAGE);
    if (rows.length === 0) return;
    yield rows;
    after = rows.at(-1)!;
  }
}

async function* eventPages(db: Db, agencyId: string, range: ExportRange) {
  let after = 0;
  for (;;) {
    const rows = await db
      .select({ id: incidentEvents.id, incidentId: incidentEvents.incidentId, at: incidentEvents.at, kind: incidentEvents.kind, actor: incidentEvents.actor, data: incidentEvents.data })
      .from(incidentEvents)
      .innerJoin(incidents, eq(incidents.id, incidentEvents.incidentId))
      .where(and(eq(incidents.agencyId, agencyId), gt(incidentEvents.id, after), range.from && gte(incidentEvents.at, range.from), range.to && lte(incidentEvents.at, range.to)))
      .orderBy(asc(incidentEvents.id))
      .limit(PAGE);
    if (rows.length === 0) return;
    yield rows;
    after = rows.at(-1)!.id;
  }
}

function geojson(pages: AsyncIterable<Record<string, unknown>[]>) {
  return {
    contentType: "application/geo+json",
    chunks: (async function* () {
      yield '{"type":"FeatureCollection","features":[';
      let first = true;
      for await (const rows of pages) {
        for (const { lon, lat, ...properties } of rows) {
          yield `${first ? "" : ","}${JSON.stringify({ type: "Feature", geometry: { type: "Point", coordinates: [lon, lat] }, properties })}`;
          first = false;
        }
      }
      yield "]}\n";
    })(),
  };
}

async function* ndjson(pages: AsyncIterable<object[]>) {
  for await (const rows of pages) yield rows.map((row) => JSON.stringify(row)).join("\n") + "\n";
}

async function* csvReadings(pages: AsyncIterable<{ sensorId: string; at: Date; value: number }[]>) {
  yield "sensor_id,time,value\n";
  for await (const rows of pages) yield rows.map((r) => `${csvField(r.sensorId)},${r.at.toISOString()},${r.value}`).join("\n") + "\n";
}

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
