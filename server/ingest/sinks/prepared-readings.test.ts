import { describe, expect, it } from "vitest";
import type { ReadingItem } from "../ingest-items";
import { HOUR_MS, MINUTE_MS, rollUp } from "../testing/reading-rollups";
import { prepareInAdvance, preparedReadings } from "./prepared-readings";
import { mergeBuckets, minuteBuckets, newestBySensor, type Bucket } from "./reading-buckets";

const reading = (sensorId: string, ms: number, value: number): ReadingItem => ({ kind: "reading", sensorId, at: new Date(ms), value, ownerAgencyId: null });
/** Two sensors' messages of five readings, 25 s apart, out of order across minutes and hours. */
const messages = [0, 1, 2, 3].map((m) =>
  Array.from({ length: 5 }, (_, i) => reading(m % 2 ? "s-2" : 's-"1"', Date.UTC(2026, 0, 1, 0, 59) + (m * 5 + i - 7) * 25_000, (m * 5 + i) * 0.25 - 2)),
);
const readings = messages.flat();
const asReference = (buckets: Bucket[]) =>
  buckets.map(({ sensorId, bucket, lastAt, ...rest }) => ({ sensorId, bucket: new Date(bucket), lastAt: new Date(lastAt), ...rest }));
const bySensorAndBucket = <T extends { sensorId: string; bucket: Date }>(a: T, b: T) => a.sensorId.localeCompare(b.sensorId) || +a.bucket - +b.bucket;

describe("reading buckets", () => {
  it("fold minutes and hours as the rollup reference does", () => {
    const minutes = minuteBuckets(readings);
    expect(asReference(minutes).sort(bySensorAndBucket)).toEqual(rollUp(readings, MINUTE_MS).sort(bySensorAndBucket));
    expect(asReference(mergeBuckets(minutes, HOUR_MS)).sort(bySensorAndBucket)).toEqual(rollUp(readings, HOUR_MS).sort(bySensorAndBucket));
  });

  it("give each sensor's newest value", () => {
    const newest = newestBySensor(mergeBuckets(minuteBuckets(readings), HOUR_MS));
    expect(newest.map(({ sensorId, last, lastAt }) => ({ sensorId, value: last, at: new Date(lastAt) }))).toEqual([
      { sensorId: 's-"1"', value: 1.5, at: messages[2]![4]!.at },
      { sensorId: "s-2", value: 2.75, at: messages[3]![4]!.at },
    ]);
  });
});

describe("prepared readings", () => {
  const expected = {
    sensorIds: `{${readings.map(({ sensorId }) => `"${sensorId.replace(/"/g, '\\"')}"`).join(",")}}`,
    times: `{${readings.map(({ at }) => at.getTime()).join(",")}}`,
    values: `{${readings.map(({ value }) => value).join(",")}}`,
  };

  it("are the same whether messages were prepared in advance or not", () => {
    const fresh = preparedReadings(readings);
    expect(fresh).toMatchObject(expected);
    for (const message of messages.slice(1, 3)) prepareInAdvance(message);
    const partly = preparedReadings(readings);
    expect(partly).toMatchObject(expected);
    expect(partly.minutes.sort((a, b) => a.sensorId.localeCompare(b.sensorId) || a.bucket - b.bucket)).toEqual(
      fresh.minutes.sort((a, b) => a.sensorId.localeCompare(b.sensorId) || a.bucket - b.bucket),
    );
  });

  it("leave out a reading the sink refused from a message prepared in advance", () => {
    prepareInAdvance(messages[0]!);
    const kept = readings.filter((item) => item !== messages[0]![2]);
    expect(preparedReadings(kept)).toMatchObject({ values: `{${kept.map(({ value }) => value).join(",")}}` });
    expect(preparedReadings(kept).minutes.reduce((count, bucket) => count + bucket.count, 0)).toBe(kept.length);
  });
});
