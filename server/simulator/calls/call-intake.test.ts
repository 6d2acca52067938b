import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INCIDENT_TYPES } from "@/lib/domain/incidents";
import { SimClock } from "../clock";
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
  const requests: { authorization: string | undefined; body: unknown[] }[] = [];
  const answers: number[] = [];
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = "";
      request.on("data", (chunk) => (text += chunk));
      request.on("end", () => {
        requests.push({ authorization: request.headers.authorization, body: JSON.parse(text) });
        response.writeHead(answers.shift() ?? 200).end("{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/ingest/calls`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("keeps calls while it has no token", async () => {
    const intake = new CallIntake({ url, authorization: async () => null, clock, log: () => {} });
    intake.enqueue([call(0)]);
    await intake.flush();
    await intake.stop();
    expect(requests).toEqual([]);
    expect(intake.counts).toEqual({ sent: 0, refused: 0, droppedWhileQueued: 0 });
  });

  it("posts the calls as the intake takes them, keeps them through an outage, and sends each once", async () => {
    const intake = new CallIntake({ url, authorization: async () => "Bearer sim-token", clock, log: () => {} });
    try {
      intake.enqueue([call(1), call(2)]);
      answers.push(503);
      await expect.poll(() => intake.counts.sent, { timeout: 8_000 }).toBe(2);
      intake.enqueue([call(3)]);
      await expect.poll(() => intake.counts.sent, { timeout: 8_000 }).toBe(3);
    } finally {
      await intake.stop();
    }
    expect(requests.map((request) => request.body.length)).toEqual([2, 2, 1]);
    expect(requests.every((request) => request.authorization === "Bearer sim-token")).toBe(true);
    const sent = requests.slice(1).flatMap((request) => request.body) as Record<string, unknown>[];
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
    requests.length = 0;
    answers.push(400);
    const intake = new CallIntake({ url, authorization: async () => "Bearer sim-token", clock, log: () => {} });
    intake.enqueue([call(4)]);
    await intake.flush();
    await intake.stop();
    expect(intake.counts).toEqual({ sent: 0, refused: 1, droppedWhileQueued: 0 });
  });
});
