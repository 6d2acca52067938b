/** Test support: sensors as the city loader returns them, a seeded city to simulate, and push endpoints to post to (stand-ins, or CityDeck's own). */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { POST } from "@/app/api/ingest/[endpoint]/route";
import type { Database } from "@/db/client";
import { seedCity } from "@/db/seed/seed";
import { openTestDatabase, type TestDatabase } from "@/db/test-database";
import { SENSOR_KIND_INFO, type SensorKind } from "@/lib/domain/sensors";
import type { SimSensor } from "./city/load-city";

export function fakeSensor(kind: SensorKind, overrides: Partial<SimSensor> = {}): SimSensor {
  return {
    id: `${kind.replaceAll("_", "-")}-test`,
    agencyId: "city",
    kind,
    name: `Test ${kind}`,
    position: [36.82, -1.29],
    wardCode: "1000",
    road: null,
    unit: SENSOR_KIND_INFO[kind].unit,
    cadenceS: SENSOR_KIND_INFO[kind].cadenceS,
    config: {},
    ...overrides,
  };
}

/** A fresh in-memory PGlite with the Nairobi seed: the city the simulator reads. */
export async function seededTestDatabase(): Promise<TestDatabase> {
  const test = await openTestDatabase("pglite");
  await seedCity(test.database.db);
  return test;
}

/**
 * POST /api/ingest/<endpoint> over real HTTP: the app's own route handler behind a node:http
 * server, writing to `database` (route handlers use the process-wide database, so this makes it
 * the test's until closed). Returns the app's base URL.
 */
export async function servePushEndpoints(database: Database): Promise<{ appUrl: string; close(): Promise<void> }> {
  const globalForDb = globalThis as unknown as { citydeckDatabase?: Promise<Database> };
  globalForDb.citydeckDatabase = Promise.resolve(database);
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const endpoint = url.pathname.replace(/^\/api\/ingest\//, "");
    const headers = request.headers.authorization ? { authorization: request.headers.authorization } : undefined;
    try {
      const answer = await POST(new Request(url, { method: "POST", headers, body: Buffer.concat(chunks) }), { params: Promise.resolve({ endpoint }) });
      response.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    appUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      delete globalForDb.citydeckDatabase;
    },
  };
}

export interface StubRequest {
  at: number;
  authorization?: string;
  contentType?: string;
  body: string;
}

/**
 * A stand-in for a push endpoint at `path`: records each request, and answers with the statuses
 * queued in `answers`, then with `okStatus`.
 */
export async function stubPushEndpoint(path: string, okStatus: number) {
  const requests: StubRequest[] = [];
  const answers: number[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      requests.push({ at: Date.now(), authorization: request.headers.authorization, contentType: request.headers["content-type"], body });
      const status = answers.shift() ?? okStatus;
      response.writeHead(status, { "content-type": "application/json" }).end(status >= 400 ? `{"error":"stubbed ${status}"}` : "{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    requests,
    answers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
