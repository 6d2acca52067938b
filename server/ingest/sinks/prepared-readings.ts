/**
 * Readings made ready for the readings sink: the three array literals it unnests (sensor ids,
 * epoch milliseconds, values) and their minute buckets. Preparing them is most of the client's
 * work on a batch and needs no database, so the writer has each message's readings prepared as
 * the message arrives (IngestStore.prepare): the work then overlaps the batch already in the
 * database instead of delaying the next one, and a batch only joins its messages' pieces.
 * Readings nobody prepared in advance (a direct writeBatch, a message the sink refused part of)
 * are prepared when the batch is written.
 */
import type { IngestItem, ReadingItem } from "../ingest-items";
import { arrayElement } from "../sql-arrays";
import { mergeBuckets, minuteBuckets, MINUTE_MS, type Bucket } from "./reading-buckets";

/** Each column's elements, comma-separated; as one batch's literals, between braces. */
export type ReadingColumns = { sensorIds: string; times: string; values: string };
export type PreparedReadings = ReadingColumns & { minutes: Bucket[] };

/** One message's readings, prepared. */
type PreparedRun = PreparedReadings & { readings: readonly ReadingItem[] };

/** Keyed by a message's first reading: a batch lists each message's readings together, in order. */
const preparedRuns = new WeakMap<ReadingItem, PreparedRun>();

/** Prepares a message's readings ahead of its batch. */
export function prepareInAdvance(items: readonly IngestItem[]): void {
  const readings = items.filter((item): item is ReadingItem => item.kind === "reading");
  if (readings.length > 0) preparedRuns.set(readings[0]!, prepareRun(readings));
}

/** `readings` prepared, from the pieces prepared in advance where they fit exactly. */
export function preparedReadings(readings: readonly ReadingItem[]): PreparedReadings {
  const runs: PreparedRun[] = [];
  let unprepared = 0;
  for (let at = 0; at < readings.length; ) {
    const ahead = preparedRuns.get(readings[at]!);
    if (!ahead || !startsWith(readings, at, ahead.readings)) {
      at++;
      continue;
    }
    if (unprepared < at) runs.push(prepareRun(readings.slice(unprepared, at)));
    runs.push(ahead);
    at += ahead.readings.length;
    unprepared = at;
  }
  if (unprepared < readings.length) runs.push(prepareRun(readings.slice(unprepared)));
  const column = (key: keyof ReadingColumns) => `{${runs.map((run) => run[key]).join(",")}}`;
  return {
    sensorIds: column("sensorIds"),
    times: column("times"),
    values: column("values"),
    minutes: runs.length === 1 ? runs[0]!.minutes : mergeBuckets(runs.flatMap((run) => run.minutes), MINUTE_MS),
  };
}

function prepareRun(readings: readonly ReadingItem[]): PreparedRun {
  const sensorIds: string[] = [];
  const times: string[] = [];
  const values: string[] = [];
  let previousId = "";
  let quotedId = "";
  for (const { sensorId, at, value } of readings) {
    // A message's readings are usually all of one sensor: quote its id once.
    if (sensorId !== previousId || sensorIds.length === 0) [previousId, quotedId] = [sensorId, arrayElement(sensorId)];
    sensorIds.push(quotedId);
    times.push(String(at.getTime()));
    values.push(String(value));
  }
  return { readings, sensorIds: sensorIds.join(","), times: times.join(","), values: values.join(","), minutes: minuteBuckets(readings) };
}

/** Whether `readings` holds exactly `run` from position `at` (the sink may have refused some). */
function startsWith(readings: readonly ReadingItem[], at: number, run: readonly ReadingItem[]): boolean {
  if (at + run.length > readings.length) return false;
  for (let i = 0; i < run.length; i++) if (readings[at + i] !== run[i]) return false;
  return true;
}
