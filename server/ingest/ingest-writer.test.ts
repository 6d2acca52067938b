import { describe, expect, it } from "vitest";
import type { Envelope, EnvelopeOutcome } from "./ingest-items";
import { IngestStoppedError, IngestWriter, type IngestStore } from "./ingest-writer";

const feed = { id: "f", agencyId: "a" };
const reading = (value: number) => ({ kind: "reading" as const, sensorId: "s", at: new Date(value), value, ownerAgencyId: null });
const envelopeOf = (...values: number[]): Envelope => ({ feed, items: values.map(reading), rejections: [] });
const valuesOf = (envelope: Envelope) => envelope.items.map((item) => (item.kind === "reading" ? item.value : NaN));
const accepted = (envelope: Envelope): EnvelopeOutcome => ({ accepted: envelope.items.length, rejected: 0, reasons: [] });

/** An in-memory store that records committed batches and can be told to fail. */
function fakeStore(fail: (values: number[]) => Error | null = () => null) {
  const batches: number[][] = [];
  const deadLetters: number[][] = [];
  const store: IngestStore & { batches: number[][]; deadLetters: number[][]; hold(): { started: Promise<void>; open(): void } } = {
    batches,
    deadLetters,
    /** The next batch waits for `open()`; `started` resolves once the writer has begun it. */
    hold() {
      let open!: () => void;
      let begin!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      const started = new Promise<void>((resolve) => (begin = resolve));
      const previous = store.writeBatch;
      store.writeBatch = async (envelopes) => {
        begin();
        await gate;
        store.writeBatch = previous;
        return previous(envelopes);
      };
      return { started, open };
    },
    async writeBatch(envelopes) {
      const values = envelopes.flatMap(valuesOf);
      const error = fail(values);
      if (error) throw error;
      batches.push(values);
      return envelopes.map(accepted);
    },
    async deadLetter(envelope, reason) {
      deadLetters.push(valuesOf(envelope));
      return { accepted: 0, rejected: envelope.items.length, reasons: [reason] };
    },
  };
  return store;
}

const poison = () => Object.assign(new Error("new row violates check constraint"), { code: "23514", constraint: "readings_value_check" });

describe("IngestWriter", () => {
  it("commits everything that queued during a commit as the next batch (group commit)", async () => {
    const store = fakeStore();
    const writer = new IngestWriter(store);
    const { started, open } = store.hold();
    const first = writer.submit(envelopeOf(1));
    await started;
    const rest = [writer.submit(envelopeOf(2)), writer.submit(envelopeOf(3, 4))];
    open();
    await Promise.all([first, ...rest]);
    expect(store.batches).toEqual([[1], [2, 3, 4]]);
    await writer.stop();
  });

  it("reports no room once the queued records reach the bound, and room again after a commit", async () => {
    const store = fakeStore();
    const writer = new IngestWriter(store, { maxQueuedItems: 3 });
    const { started, open } = store.hold();
    const committing = writer.submit(envelopeOf(1));
    await started;
    const queued = writer.submit(envelopeOf(2, 3, 4));
    expect(writer.hasRoom).toBe(false);
    const room = writer.whenRoom();
    open();
    await room;
    expect(writer.hasRoom).toBe(true);
    await Promise.all([committing, queued]);
    await writer.stop();
  });

  it("retries a batch that failed for a passing reason until it commits", async () => {
    let failures = 2;
    const store = fakeStore(() => (failures-- > 0 ? new Error("connection reset") : null));
    const writer = new IngestWriter(store, { retry: { baseMs: 1, maxMs: 2 } });
    expect(await writer.submit(envelopeOf(5))).toEqual({ accepted: 1, rejected: 0, reasons: [] });
    expect(store.batches).toEqual([[5]]);
    await writer.stop();
  });

  it("splits a refused batch to dead-letter only the poisonous envelope; the others commit", async () => {
    const store = fakeStore((values) => (values.includes(13) ? poison() : null));
    const writer = new IngestWriter(store);
    const { started, open } = store.hold();
    const warmup = writer.submit(envelopeOf(0));
    await started;
    const outcomes = Promise.all([1, 2, 13, 4, 5].map((value) => writer.submit(envelopeOf(value))));
    open();
    await warmup;
    const [one, two, bad, four, five] = await outcomes;
    expect(bad).toEqual({ accepted: 0, rejected: 1, reasons: ["the database refused it: violates readings_value_check"] });
    expect([one, two, four, five].every((outcome) => outcome!.accepted === 1)).toBe(true);
    expect(store.deadLetters).toEqual([[13]]);
    expect(store.batches.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 4, 5]);
    await writer.stop();
  });

  it("stop() commits what is queued; abort() acknowledges nothing more", async () => {
    const store = fakeStore();
    const writer = new IngestWriter(store);
    const flushed = writer.submit(envelopeOf(1));
    await writer.stop();
    expect(await flushed).toMatchObject({ accepted: 1 });
    await expect(writer.submit(envelopeOf(2))).rejects.toBeInstanceOf(IngestStoppedError);

    const crashing = new IngestWriter(fakeStore(() => new Error("database is down")), { retry: { baseMs: 1, maxMs: 1 } });
    const lost = crashing.submit(envelopeOf(3));
    crashing.abort();
    await expect(lost).rejects.toBeInstanceOf(IngestStoppedError);
  });
});
