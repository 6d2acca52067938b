/**
 * The database side of the ingest writer: a batch of envelopes in one transaction. Items go to
 * the sink of their kind; what a sink refuses joins the parser's rejections as dead letters;
 * feed counters are updated last. Nothing here commits half a batch.
 */
import type { Db } from "@/db/client";
import { excerptOf } from "@/server/feeds/parse-result";
import { emptyTally, recordFeedActivity, type DeadLetter, type FeedTally } from "./feed-accounting";
import type { Envelope, EnvelopeOutcome, IngestItem, ItemKind } from "./ingest-items";
import type { IngestStore } from "./ingest-writer";
import { createWardLocator } from "./places/ward-locator";
import { writeCalls } from "./sinks/calls-sink";
import { writeCapAlerts } from "./sinks/cap-alerts-sink";
import { writeGtfsNetworks } from "./sinks/gtfs-network-sink";
import { prepareInAdvance } from "./sinks/prepared-readings";
import { writeReadings } from "./sinks/readings-sink";
import type { Sink, SinkContext, SinkEntry } from "./sinks/sink";
import { writeTripDelays } from "./sinks/trip-delays-sink";
import { writeVehicles } from "./sinks/vehicles-sink";
import { writeWorkOrders } from "./sinks/work-orders-sink";

const SINKS: { [K in ItemKind]: Sink<K> } = {
  // First: its bulk writes touch no live table, so they run before any sink takes the live lock.
  gtfsNetwork: writeGtfsNetworks,
  reading: writeReadings,
  vehicle: writeVehicles,
  tripDelay: writeTripDelays,
  capAlert: writeCapAlerts,
  workOrder: writeWorkOrders,
  call: writeCalls,
};

export function databaseStore(db: Db): IngestStore {
  const wards = createWardLocator();
  return {
    prepare: (envelope) => prepareInAdvance(envelope.items),
    writeBatch: (envelopes) => db.transaction((tx) => writeEnvelopes({ tx, now: new Date(), wards }, envelopes)),
    deadLetter: (envelope, reason) => db.transaction((tx) => writeRefusedEnvelope(tx, envelope, reason, new Date())),
  };
}

async function writeEnvelopes(context: SinkContext, envelopes: Envelope[]): Promise<EnvelopeOutcome[]> {
  const refused: DeadLetter[][] = envelopes.map(() => []);
  const byKind = entriesByKind(envelopes);
  for (const kind of Object.keys(SINKS) as ItemKind[]) {
    const { entries, origins } = byKind.get(kind) ?? { entries: [], origins: [] };
    if (entries.length === 0) continue;
    const sink = SINKS[kind] as Sink<ItemKind>;
    for (const { index, reason } of await sink(context, entries as never)) {
      refused[origins[index]!]!.push({ reason, excerpt: excerptOf(entries[index]!.item) });
    }
  }
  const letters = envelopes.map((envelope, at) => [...envelope.rejections.map(({ reason, excerpt }) => ({ reason, excerpt })), ...refused[at]!]);
  await recordFeedActivity(context.tx, talliesOf(envelopes, (_, at) => letters[at]!), context.now);
  return envelopes.map((envelope, at) => outcomeOf(envelope.items.length - refused[at]!.length, letters[at]!));
}

/**
 * Each kind's entries in arrival order, with the position of each one's envelope: one pass over
 * the batch, however many kinds there are (a batch is tens of thousands of readings).
 */
function entriesByKind(envelopes: Envelope[]): Map<ItemKind, { entries: SinkEntry<IngestItem>[]; origins: number[] }> {
  const byKind = new Map<ItemKind, { entries: SinkEntry<IngestItem>[]; origins: number[] }>();
  envelopes.forEach(({ items, feed }, at) => {
    for (const item of items) {
      let group = byKind.get(item.kind);
      if (!group) byKind.set(item.kind, (group = { entries: [], origins: [] }));
      group.entries.push({ item, feed });
      group.origins.push(at);
    }
  });
  return byKind;
}

/** An envelope the database refused as a whole (see ingest-writer.ts): every item is dead-lettered. */
async function writeRefusedEnvelope(tx: Db, envelope: Envelope, reason: string, now: Date): Promise<EnvelopeOutcome> {
  const letters = [...envelope.rejections, ...envelope.items.map((item) => ({ reason, excerpt: excerptOf(item) }))];
  await recordFeedActivity(tx, talliesOf([envelope], () => letters), now);
  return outcomeOf(0, letters);
}

function talliesOf(envelopes: Envelope[], lettersOf: (envelope: Envelope, at: number) => DeadLetter[]): Map<string, FeedTally> {
  const tallies = new Map<string, FeedTally>();
  envelopes.forEach((envelope, at) => {
    if (!envelope.feed) return;
    const tally = tallies.get(envelope.feed.id) ?? emptyTally();
    const letters = lettersOf(envelope, at);
    tally.messages += envelope.items.length + envelope.rejections.length;
    tally.accepted += envelope.items.length + envelope.rejections.length - letters.length;
    tally.deadLetters.push(...letters);
    if (envelope.poll && (!tally.poll || tally.poll.ok)) tally.poll = envelope.poll;
    tallies.set(envelope.feed.id, tally);
  });
  return tallies;
}

const outcomeOf = (accepted: number, letters: DeadLetter[]): EnvelopeOutcome => ({
  accepted,
  rejected: letters.length,
  reasons: letters.map((letter) => letter.reason),
});
