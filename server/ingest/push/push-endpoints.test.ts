import { readFileSync } from "node:fs";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/ingest/[endpoint]/route";
import type { Database } from "@/db/client";
import { alerts, feeds, incidents, readings } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { issueDutyToken } from "@/server/runtime/duty-token";
import { IngestWriter } from "../ingest-writer";
import { CBD, insertCityBasics, insertFeed, insertSensors } from "../testing/ingest-fixtures";
import { senmlPush } from "./push-endpoints";
import { receivePush } from "./receive-push";

const globalForDb = globalThis as unknown as { citydeckDatabase?: Promise<Database> };
const kmdAlert = readFileSync(new URL("../../feeds/cap/fixtures/kmd-heavy-rainfall.xml", import.meta.url), "utf8");

describe.each(testDatabaseKinds)("push endpoints on %s", (kind) => {
  let test: TestDatabase;
  const tokens: Record<string, string> = {};

  /** Calls the real route handler, as Next.js would. */
  const post = (endpoint: string, body: string, token: string | null = tokens.senml!, query = "") =>
    POST(
      new Request(`http://127.0.0.1/api/ingest/${endpoint}${query}`, {
        method: "POST",
        body,
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
      { params: Promise.resolve({ endpoint }) },
    );

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    // Route handlers use the process-wide database (getDatabase): make it this test's.
    globalForDb.citydeckDatabase = Promise.resolve(test.database);
    await insertCityBasics(test.database);
    await insertFeed(test.database, "sensors-http", "city", "http_senml", "/api/ingest/senml");
    await insertFeed(test.database, "city-cap", "city", "cap", "/api/ingest/cap");
    await insertSensors(test.database, "environment", ["aq-1", "aq-2"]);
    tokens.senml = await issueDutyToken(test.database.db, "environment", "air-bridge", ["ingest:senml"]);
    tokens.cap = await issueDutyToken(test.database.db, "environment", "kmd-bridge", ["ingest:cap"]);
    tokens.calls = await issueDutyToken(test.database.db, "city", "simulator", ["ingest:calls"]);
  });
  afterAll(async () => {
    delete globalForDb.citydeckDatabase;
    await test?.cleanup();
  });

  it("accepts SenML from a token of the sensor's agency and reports what it refused", async () => {
    const pack = [{ bn: "urn:dev:environment:", n: "aq-1", v: 12.5 }, { n: "aq-2", v: 3 }, { n: "aq-404", v: 1 }];
    const response = await post("senml", JSON.stringify(pack));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ accepted: 2, rejected: 1, reasons: ["unknown sensor aq-404"] });
    expect((await test.database.db.select({ n: count() }).from(readings))[0]!.n).toBe(2);
    const [feed] = await test.database.db.select().from(feeds).where(eq(feeds.id, "sensors-http"));
    expect(feed).toMatchObject({ messagesTotal: 3, rejectsTotal: 1 });
  });

  it("answers 400 when everything was refused, 401 without a token, 403 for another scope, 413 for an oversize body", async () => {
    expect((await post("senml", "not json")).status).toBe(400);
    expect((await post("senml", "[]", null)).status).toBe(401);
    expect((await post("senml", "[]", tokens.cap)).status).toBe(403);
    expect((await post("senml", "[]", "cdt_not-a-real-token")).status).toBe(401);
    const oversize = await post("senml", JSON.stringify([{ n: "aq-1", v: 1, vs_: "x".repeat(1024 * 1024) }]));
    expect(oversize.status).toBe(413);
    expect((await post("nowhere", "[]")).status).toBe(404);
  });

  it("answers 503 with Retry-After while the writer is full", async () => {
    const stuck = new IngestWriter({ writeBatch: () => new Promise(() => {}), deadLetter: () => new Promise(() => {}) }, { maxQueuedItems: 1 });
    const envelope = { feed: null, items: [], rejections: [{ reason: "x", excerpt: "x" }] };
    void stuck.submit(envelope).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    void stuck.submit(envelope).catch(() => {});
    const request = new Request("http://127.0.0.1/api/ingest/senml", { method: "POST", body: "[]", headers: { authorization: `Bearer ${tokens.senml}` } });
    const response = await receivePush(request, senmlPush, { database: test.database, writer: stuck });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    stuck.abort();
  });

  it("opens one incident per emergency call, however often it is sent", async () => {
    const call = { callId: "C-77", receivedAt: new Date().toISOString(), type: "road_collision", priority: 2, ...CBD, address: "Haile Selassie Ave", source: "simulator" };
    const first = await post("calls", JSON.stringify(call), tokens.calls);
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ accepted: 1, rejected: 0, reasons: [] });
    expect((await post("calls", JSON.stringify([call, { ...call, callId: "C-78", priority: 9 }]), tokens.calls)).status).toBe(202);
    const rows = await test.database.db.select().from(incidents);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ agencyId: "police", source: "simulator", sourceRef: "C-77", status: "new", title: "Road collision · Haile Selassie Ave" });
  });

  it("takes CAP alerts into the command center's shared CAP feed", async () => {
    const response = await post("cap", kmdAlert, tokens.cap);
    expect(response.status).toBe(202);
    const [alert] = await test.database.db.select().from(alerts);
    expect(alert).toMatchObject({ agencyId: "city", severity: "severe", sourceRef: "kmd@meteo.go.ke,urn:oid:2.49.0.0.404.0.2024.04.23.090000" });
  });

  it("takes a duty's fresh token and refuses the one it replaced", async () => {
    const again = await issueDutyToken(test.database.db, "environment", "air-bridge", ["ingest:senml"]);
    expect((await post("senml", "[]", tokens.senml)).status).toBe(401);
    expect((await post("senml", "[]", again)).status).toBe(202);
  });
});
