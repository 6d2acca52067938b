/** What sensor rules know about a sensor and its one-minute rollups, and how they describe it. */
import type { Point as GeoPoint } from "geojson";
import type { SensorConfig } from "@/db/schema";
import type { SensorKind } from "@/lib/domain/sensors";
import type { Subject } from "../findings";
import { BUCKET_MS } from "./runs";

export interface SensorFacts {
  id: string;
  agencyId: string;
  kind: SensorKind;
  name: string;
  unit: string;
  lon: number;
  lat: number;
  cadenceS: number;
  config: SensorConfig;
  latestAt: Date | null;
}

/** One row of readings_1m: bucket start, the minute's average and its last value. */
export interface Bucket {
  at: number;
  mean: number;
  last: number;
}

/**
 * Two reports further apart than this are not one continuous run: one missed report is
 * tolerated, two are a gap. Sensors slower than a minute leave minutes without a bucket.
 */
export const maxGapMs = (cadenceS: number) => 2 * Math.max(cadenceS * 1000, BUCKET_MS) + BUCKET_MS;

export const sensorSubject = (sensor: SensorFacts): Subject => ({ kind: "sensor", id: sensor.id, agencyId: sensor.agencyId });

export const sensorPlace = (sensor: SensorFacts) => ({
  area: { type: "Point", coordinates: [sensor.lon, sensor.lat] } satisfies GeoPoint,
  areaDesc: sensor.name,
  sensorKind: sensor.kind,
});

/** Readings as people read them: at most two decimals, no float noise. */
export const formatValue = (value: number, unit: string) => `${Number(value.toFixed(2))} ${unit}`;
