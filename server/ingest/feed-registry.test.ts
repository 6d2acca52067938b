/**
 * The feed registry running real HTTP feeds from a local server (GTFS-RT protobuf, a CAP Atom
 * feed linking to its alert, Open311 JSON), the seed's GTFS static folder, and SenML over the
 * embedded aedes broker. Changes to the feeds table apply while running.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import mqtt from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alerts, feeds, readings, transitRoutes, vehicles, workOrders } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import type { CapAlert } from "@/server/feeds/cap/cap-types";
import { writeCapAlert } from "@/server/feeds/cap/write-cap-alert";
import { encodeVehiclePositions } from "@/server/feeds/gtfs-rt/encode-feed";
import { encodeSenml } from "@/server/feeds/senml/encode-senml";
import { toOpen311Request } from "@/server/feeds/open311/to-open311";
import { startEmbeddedBroker, type EmbeddedBroker } from "@/server/transports/embedded-broker";
import { startIngestion, type Ingestion } from "./ingestion";
import { CBD, insertCityBasics, insertFeed, insertSensors } from "./testing/ingest-fixtures";
import { waitUntil } from "./testing/wait-until";

const now = () => new Date(Math.floor(Date.now() / 1000) * 1000);

/** A city's feed server: counts requests per path and honours If-None-Match. */
function feedServer() {
  const hits = new Map<string, number>();
  const notModified = new Map<string, number>();
  let base = "";
  let headerTime = now();
  const warning: CapAlert = {
    identifier: "w-linked", sender: "kmd@meteo.go.ke", sent: now(), status: "Actual", msgType: "Alert", scope: "Public", references: [],
    info: [{ language: "en", category: ["Met"], event: "Heavy Rainfall", responseType: [], urgency: "Expected", severity: "Severe", certainty: "Likely",
      onset: null, expires: null, senderName: null, headline: "Heavy rain in the CBD", description: null, instruction: null, areas: [] }],
  };
  const documents: Record<string, () => { type: string; body: string | Uint8Array; etag?: string }> = {
    "/gtfs-rt": () => ({
      type: "application/x-protobuf",
      etag: `"rt-${headerTime.getTime()}"`,
      body: encodeVehiclePositions([{ entityId: "e1", vehicleId: "KCA-1", label: null, tripId: null, routeId: "r1", ...CBD, bearing: null, speed: 5, timestamp: headerTime }], headerTime),
    }),
    "/cap.atom": () => ({
      type: "application/atom+xml",
      etag: '"atom-1"',
      body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x</id><title>KMD</title><updated>2026-01-01T00:00:00Z</updated>
        <entry><id>w-linked</id><title>Rain</title><updated>2026-01-01T00:00:00Z</updated>
        <link rel="alternate" type="application/cap+xml" href="${base}/alerts/w-linked.xml"/></entry></feed>`,
    }),
    "/alerts/w-linked.xml": () => ({ type: "application/cap+xml", body: writeCapAlert(warning) }),
    "/open311/requests.json": () => ({
      type: "application/json",
      body: JSON.stringify([toOpen311Request({ serviceRequestId: "SR-9", status: "open", statusNotes: null, serviceName: "Streetlight out", serviceCode: "streetlight",
        description: null, agencyResponsible: null, requestedAt: now(), updatedAt: null, expectedAt: null, address: null, lat: CBD.lat, lon: CBD.lon, mediaUrl: null })]),
    }),
  };
  documents["/moved/requests.json"] = documents["/open311/requests.json"]!;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? "";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const document = documents[path]?.();
    if (!document) return response.writeHead(500).end("feed is down");
    if (document.etag && request.headers["if-none-match"] === document.etag) {
      notModified.set(path, (notModified.get(path) ?? 0) + 1);
      return response.writeHead(304).end();
    }
    response.writeHead(200, { "content-type": document.type, ...(document.etag ? { etag: document.etag } : {}) }).end(document.body);
  });
  return {
    hits: (path: string) => hits.get(path) ?? 0,
    notModified: (path: string) => notModified.get(path) ?? 0,
    advance: () => (headerTime = new Date(headerTime.getTime() + 1000)),
    async listen() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return base;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(testDatabaseKinds)("feed registry on %s", (kind) => {
  let test: TestDatabase;
  let broker: EmbeddedBroker;
  let server: ReturnType<typeof feedServer>;
  let ingestion: Ingestion;

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertCityBasics(test.database);
    await insertFeed(test.database, "rt", "transit", "gtfs_rt", "/gtfs-rt", 1);
    await insertFeed(test.database, "kmd", "environment", "cap", "/cap.atom", 1);
    await insertFeed(test.database, "311", "city", "open311", "/open311", 1);
    await insertFeed(test.database, "down", "city", "open311", "/down", 1);
    await insertFeed(test.database, "mqtt", "environment", "mqtt_senml", "citydeck/environment/+", 60);
    // As the seed registers it: a path relative to the working directory.
    await insertFeed(test.database, "gtfs", "transit", "gtfs_static", "file:db/seed/nairobi/gtfs", 86_400);
    await insertSensors(test.database, "environment", ["aq-7"]);
    server = feedServer();
    const appUrl = await server.listen();
    broker = await startEmbeddedBroker(0);
    ingestion = await startIngestion({ database: test.database, mqttUrl: broker.url, appUrl, log: () => {} }, { clientId: `registry-${kind}`, registryRefreshMs: 60_000 });
  });
  afterAll(async () => {
    await ingestion?.stop();
    await broker?.close();
    await server?.close();
    await test?.cleanup();
  });

  const feed = async (id: string) => (await test.database.db.select().from(feeds).where(eq(feeds.id, id)))[0]!;

  it("polls GTFS-RT, CAP (fetching the linked alert) and Open311 into vehicles, alerts and work orders", async () => {
    await waitUntil("the vehicle is stored", async () => (await test.database.db.select().from(vehicles).where(eq(vehicles.id, "KCA-1"))).length === 1);
    await waitUntil("the linked alert is stored", async () => (await test.database.db.select().from(alerts).where(eq(alerts.subjectId, "w-linked"))).length === 1);
    await waitUntil("the work order is stored", async () => (await test.database.db.select().from(workOrders).where(eq(workOrders.sourceRef, "SR-9"))).length === 1);
    expect((await test.database.db.select().from(vehicles))[0]).toMatchObject({ agencyId: "transit" });
    expect((await test.database.db.select().from(alerts))[0]).toMatchObject({ agencyId: "environment", title: "Heavy rain in the CBD" });
    expect(await feed("rt")).toMatchObject({ lastError: null, messagesTotal: 1 });
    expect((await feed("rt")).lastSuccessAt).not.toBeNull();
  });

  it("imports a GTFS static feed from a file: path relative to the working directory", async () => {
    await waitUntil("the network is imported", async () => (await feed("gtfs")).version !== null);
    expect(await feed("gtfs")).toMatchObject({ lastError: null, messagesTotal: 1 });
    const routes = await test.database.db.select().from(transitRoutes);
    expect(routes).toHaveLength(118);
    expect(routes.find((route) => route.id === "20100010011")).toMatchObject({ agencyId: "transit", shortName: "100", longName: "Kiambu" });
  });

  it("asks with If-None-Match and skips an unchanged feed; a newer GTFS-RT header is read again", async () => {
    await waitUntil("an unchanged GTFS-RT feed answered 304", async () => server.notModified("/gtfs-rt") > 0);
    expect((await feed("rt")).messagesTotal).toBe(1);
    server.advance();
    await waitUntil("the newer feed is read", async () => (await feed("rt")).messagesTotal === 2);
  });

  it("records a failing feed's error and keeps retrying it", async () => {
    await waitUntil("the failure is recorded", async () => (await feed("down")).lastError !== null);
    expect((await feed("down")).lastError).toMatch(/answered HTTP 500/);
  });

  it("applies a disabled feed and a changed endpoint without a restart", async () => {
    await test.database.db.update(feeds).set({ enabled: false }).where(eq(feeds.id, "311"));
    await test.database.db.update(feeds).set({ endpoint: "/moved" }).where(eq(feeds.id, "down"));
    await waitUntil("the moved feed succeeds", async () => (await feed("down")).lastSuccessAt !== null);
    const hitsWhenApplied = server.hits("/open311/requests.json");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(server.hits("/open311/requests.json") - hitsWhenApplied).toBeLessThanOrEqual(1);
    expect(server.hits("/moved/requests.json")).toBeGreaterThanOrEqual(2);
  });

  it("ingests SenML published to the embedded broker (MQTT 3.1.1)", async () => {
    const publisher = await mqtt.connectAsync(broker.url, { protocolVersion: 4 });
    await waitUntil("the reading is stored", async () => {
      await publisher.publishAsync("citydeck/environment/aq-7", encodeSenml([{ name: "urn:dev:environment:aq-7", value: 17, time: now() }]), { qos: 1 });
      return (await test.database.db.select().from(readings).where(eq(readings.sensorId, "aq-7"))).length > 0;
    });
    await publisher.endAsync();
  });
});
