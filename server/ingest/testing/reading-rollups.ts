/**
 * Rollup arithmetic in plain TypeScript, the reference the readings sink's SQL is tested against:
 * per sensor and time bucket, the count, sum, minimum, maximum and last value (with the time of
 * that last value) of a set of readings. Over all the raw rows of a sensor, it is what
 * readings_1m and readings_1h must hold.
 */
export type Reading = { sensorId: string; at: Date; value: number };

export type Rollup = {
  sensorId: string;
  bucket: Date;
  count: number;
  sum: number;
  min: number;
  max: number;
  last: number;
  lastAt: Date;
};

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

/** Buckets start at multiples of `bucketMs` since the epoch: whole UTC minutes and hours. */
export function rollUp(readings: readonly Reading[], bucketMs: number): Rollup[] {
  const byKey = new Map<string, Rollup>();
  for (const { sensorId, at, value } of readings) {
    const bucket = new Date(Math.floor(at.getTime() / bucketMs) * bucketMs);
    const key = `${sensorId}\u0000${bucket.getTime()}`;
    const rollup = byKey.get(key);
    if (!rollup) {
      byKey.set(key, { sensorId, bucket, count: 1, sum: value, min: value, max: value, last: value, lastAt: at });
      continue;
    }
    rollup.count++;
    rollup.sum += value;
    rollup.min = Math.min(rollup.min, value);
    rollup.max = Math.max(rollup.max, value);
    if (at >= rollup.lastAt) Object.assign(rollup, { last: value, lastAt: at });
  }
  return [...byKey.values()];
}

/** The newest reading of each sensor. */
export function latestBySensor(readings: readonly Reading[]): Reading[] {
  const latest = new Map<string, Reading>();
  for (const reading of readings) {
    const current = latest.get(reading.sensorId);
    if (!current || reading.at > current.at) latest.set(reading.sensorId, reading);
  }
  return [...latest.values()];
}
