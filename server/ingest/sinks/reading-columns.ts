/**
 * Readings as the three array literals the readings sink unnests: sensor ids, epoch milliseconds
 * and values. Writing them is most of the client's work on a batch and needs no database, so the
 * writer has each message's readings encoded as the message arrives (IngestStore.prepare): the
 * work then overlaps the batch already in the database instead of delaying the next one, and a
 * batch only joins its messages' pieces. Readings nobody encoded in advance (a direct writeBatch,
 * a message the sink refused part of) are encoded when the batch is written.
 */
import type { IngestItem, ReadingItem } from "../ingest-items";
import { arrayElement } from "../sql-arrays";

/** One message's readings, encoded: each column's elements, comma-separated, without braces. */
type EncodedRun = { readings: readonly ReadingItem[]; sensorIds: string; times: string; values: string };

/** Keyed by a message's first reading: a batch lists each message's readings together, in order. */
const encodedRuns = new WeakMap<ReadingItem, EncodedRun>();

/** Encodes a message's readings ahead of its batch. */
export function encodeInAdvance(items: readonly IngestItem[]): void {
  const readings = items.filter((item): item is ReadingItem => item.kind === "reading");
  if (readings.length > 0) encodedRuns.set(readings[0]!, encodeRun(readings));
}

export type ReadingColumns = { sensorIds: string; times: string; values: string };

/** The array literals of `readings`, from the pieces encoded in advance where they fit exactly. */
export function readingColumns(readings: readonly ReadingItem[]): ReadingColumns {
  const runs: EncodedRun[] = [];
  let unencoded = 0;
  for (let at = 0; at < readings.length; ) {
    const ahead = encodedRuns.get(readings[at]!);
    if (!ahead || !startsWith(readings, at, ahead.readings)) {
      at++;
      continue;
    }
    if (unencoded < at) runs.push(encodeRun(readings.slice(unencoded, at)));
    runs.push(ahead);
    at += ahead.readings.length;
    unencoded = at;
  }
  if (unencoded < readings.length) runs.push(encodeRun(readings.slice(unencoded)));
  const column = (key: keyof ReadingColumns) => `{${runs.map((run) => run[key]).join(",")}}`;
  return { sensorIds: column("sensorIds"), times: column("times"), values: column("values") };
}

function encodeRun(readings: readonly ReadingItem[]): EncodedRun {
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
  return { readings, sensorIds: sensorIds.join(","), times: times.join(","), values: values.join(",") };
}

/** Whether `readings` holds exactly `run` from position `at` (the sink may have refused some). */
function startsWith(readings: readonly ReadingItem[], at: number, run: readonly ReadingItem[]): boolean {
  if (at + run.length > readings.length) return false;
  for (let i = 0; i < run.length; i++) if (readings[at + i] !== run[i]) return false;
  return true;
}
