import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INCIDENT_TYPES } from "@/lib/domain/incidents";
import { SimClock } from "../clock";
import { stubPushEndpoint } from "../testing";
import type { SimCall } from "./call-generator";
import { CallIntake } from "./call-intake";

/** Simulated time runs 60x from 08:00 Nairobi; the wall clock started at 10:00 UTC. */
const clock = new SimClock(new Date("2026-03-10T10:00:00Z"), new Date("2026-03-10T05:00:00Z"), 60);
const call = (n: number): SimCall => ({
  callId: `sim-test-${n}`,
  receivedAt: new Date(clock.startSim.getTime() + n * 60_000),
  type: "fire",
  priority: 2,
  position: [36.82, -1.29],
  address: "near Odeon, Nairobi Central",
  callerName: "Wanjiku Kariuki",
  callerPhone: "+254712345678",
  description: "Kiosk on fire at the market",
});

describe("CallIntake", () => {
  let endpoint: Awaited<ReturnType<typeof stubPushEndpoint>>;
  const bodies = () => endpoint.requests.map((request) => JSON.parse(request.body) as Record<string, unknown>[]);

  beforeAll(async () => {
    endpoint = await stubPushEndpoint("/api/ingest/calls", 202);
  });
  afterAll(() => endpoint?.close());

  it("posts the calls as the intake takes them, keeps them through an outage, and sends each once", async () => {
    const intake = new CallIntake({ url: endpoint.url, authorization: "Bearer sim-token", clock, log: () => {} });
    try {
      intake.enqueue([call(1), call(2)]);
      endpoint.answers.push(503);
      await expect.poll(() => intake.counts.sent, { timeout: 8_000 }).toBe(2);
      intake.enqueue([call(3)]);
      await expect.poll(() => intake.counts.sent, { timeout: 8_000 }).toBe(3);
    } finally {
      await intake.stop();
    }
    expect(bodies().map((body) => body.length)).toEqual([2, 2, 1]);
    expect(endpoint.requests.every((request) => request.authorization === "Bearer sim-token" && request.contentType === "application/json")).toBe(true);
    const sent = bodies().slice(1).flat();
    expect(sent.map((payload) => payload.callId)).toEqual(["sim-test-1", "sim-test-2", "sim-test-3"]);
    expect(sent[0]).toEqual({
      callId: "sim-test-1",
      // One simulated minute after the start is one wall-clock second after it.
      receivedAt: "2026-03-10T10:00:01.000Z",
      type: "fire",
      priority: 2,
      lon: 36.82,
      lat: -1.29,
      address: "near Odeon, Nairobi Central",
      callerName: "Wanjiku Kariuki",
      callerPhone: "+254712345678",
      description: "Kiosk on fire at the market",
      source: "simulator",
    });
    expect(INCIDENT_TYPES).toContain(sent[0]!.type);
  });

  it("drops calls the intake refuses as invalid instead of retrying them forever", async () => {
    endpoint.requests.length = 0;
    endpoint.answers.push(400);
    const intake = new CallIntake({ url: endpoint.url, authorization: "Bearer sim-token", clock, log: () => {} });
    intake.enqueue([call(4)]);
    await intake.flush();
    await intake.stop();
    expect(intake.counts).toEqual({ sent: 0, refused: 1, droppedWhileQueued: 0 });
  });
});
