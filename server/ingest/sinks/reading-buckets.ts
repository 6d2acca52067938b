/**
 * Rollup buckets of readings folded on the client: per sensor and UTC minute or hour, the count,
 * sum, minimum, maximum and last value (with its time). The readings sink merges them into
 * readings_1m and readings_1h when every reading of the batch was inserted, so the batch's rows
 * are exactly the inserted ones and the server need not aggregate what it just stored.
 */
import type { ReadingItem } from "../ingest-items";

export type Bucket = { sensorId: string; bucket: number; count: number; sum: number; min: number; max: number; last: number; lastAt: number };

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/**
 * The minute buckets of `readings`. Neighbours of one sensor and minute (a message's pack) share
 * a lookup, and a message's few buckets need no map at all: one per message was a fifth of the
 * cost of preparing its readings.
 */
export function minuteBuckets(readings: readonly ReadingItem[]): Bucket[] {
  const buckets: Bucket[] = [];
  let byKey: Map<string, Bucket> | null = null;
  let current: Bucket | undefined;
  for (const { sensorId, at, value } of readings) {
    const ms = at.getTime();
    const bucket = startOf(ms, MINUTE_MS);
    if (current?.sensorId !== sensorId || current.bucket !== bucket) {
      if (!byKey && buckets.length >= FEW_BUCKETS) byKey = new Map(buckets.map((found) => [keyOf(found.sensorId, found.bucket), found]));
      current = byKey ? byKey.get(keyOf(sensorId, bucket)) : buckets.find((found) => found.sensorId === sensorId && found.bucket === bucket);
      if (!current) {
        buckets.push((current = emptyBucket(sensorId, bucket)));
        byKey?.set(keyOf(sensorId, bucket), current);
      }
    }
    current.count++;
    current.sum += value;
    current.min = Math.min(current.min, value);
    current.max = Math.max(current.max, value);
    if (ms >= current.lastAt) setLast(current, value, ms);
  }
  return buckets;
}

/** Buckets of `width` (a multiple of the parts' width) from parts such as several messages' minutes. */
export function mergeBuckets(parts: Iterable<Bucket>, width: number): Bucket[] {
  const byKey = new Map<string, Bucket>();
  for (const part of parts) {
    const merged = bucketFor(byKey, part.sensorId, startOf(part.bucket, width));
    merged.count += part.count;
    merged.sum += part.sum;
    merged.min = Math.min(merged.min, part.min);
    merged.max = Math.max(merged.max, part.max);
    if (part.lastAt >= merged.lastAt) setLast(merged, part.last, part.lastAt);
  }
  return [...byKey.values()];
}

/** Each sensor's newest value among `buckets`. */
export function newestBySensor(buckets: readonly Bucket[]): Bucket[] {
  const newest = new Map<string, Bucket>();
  for (const bucket of buckets) {
    const current = newest.get(bucket.sensorId);
    if (!current || bucket.lastAt > current.lastAt) newest.set(bucket.sensorId, bucket);
  }
  return [...newest.values()];
}

/** Whole UTC minutes and hours since the epoch, as date_bin counts them (also before 1970). */
const startOf = (ms: number, width: number) => ms - (((ms % width) + width) % width);

/** Up to this many buckets, a linear search beats building a map. */
const FEW_BUCKETS = 8;

const keyOf = (sensorId: string, bucket: number) => `${sensorId}\u0000${bucket}`;
const emptyBucket = (sensorId: string, bucket: number): Bucket => ({ sensorId, bucket, count: 0, sum: 0, min: Infinity, max: -Infinity, last: 0, lastAt: -Infinity });

function bucketFor(byKey: Map<string, Bucket>, sensorId: string, bucket: number): Bucket {
  const key = keyOf(sensorId, bucket);
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = emptyBucket(sensorId, bucket)));
  return found;
}

function setLast(bucket: Bucket, value: number, at: number) {
  bucket.last = value;
  bucket.lastAt = at;
}
