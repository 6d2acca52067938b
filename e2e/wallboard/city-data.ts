/**
 * Puts a living city behind the wall through the product's own doors: sensor readings as SenML
 * over MQTT to the embedded broker the e2e server runs (ingestion writes readings, rollups and
 * latest values), and emergency calls through the dispatch API. No rows are written directly.
 */
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import mqtt from "mqtt";
import type { SensorKind } from "@/lib/domain/sensors";
import { encodeSenml } from "@/server/feeds/senml/encode-senml";
import { formatSensorTopic } from "@/server/feeds/senml/sensor-topic";

/** The e2e server's embedded broker (server/transports/embedded-broker.ts); set MQTT_EMBEDDED_PORT when runs share a machine. */
const BROKER_URL = `mqtt://127.0.0.1:${process.env.MQTT_EMBEDDED_PORT ?? 1884}`;
const HOUR_MS = 3_600_000;

type SensorRow = { id: string; agencyId: string; kind: SensorKind; name: string; config: { floodStagesM?: { action: number } } };

/** A stable number in [0, 1) per sensor and salt, so every run shows the same city. */
function unit(id: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

/**
 * A mostly calm afternoon: clean air with two wards in the orange, one gauge at action stage, a
 * jam on Mombasa Road, one dark street-light circuit, a few loud junctions and busy substations.
 */
function valueOf(sensor: SensorRow, hourOfDay: number): number {
  const r = unit(sensor.id, hourOfDay);
  const wave = Math.sin((2 * Math.PI * hourOfDay) / 24);
  switch (sensor.kind) {
    case "air_quality":
      return /kibera|mukuru|viwandani/i.test(sensor.name) ? 38 + 8 * r : 8 + 14 * r + 4 * wave;
    case "noise":
      return 47 + 8 * r;
    case "water_level":
      return sensor.id === "water-level-03" ? (sensor.config.floodStagesM?.action ?? 1.5) + 0.12 : 0.6 + 0.4 * r;
    case "substation_load":
      return 45 + 35 * r + 5 * wave;
    case "streetlight_circuit":
      return sensor.id === "streetlight-circuit-07" ? 0.2 : 0.96 + 0.04 * r;
    case "waste_bin_fill":
      return 30 + 65 * r;
    case "traffic_speed":
      return sensor.name.includes("Mombasa Road") ? 16 + 4 * r : 38 + 18 * r;
    case "traffic_count":
      return 25 + 20 * r;
  }
}

/** The hours a wall's trends and baselines read: each of the last 24, and the same hour a week back. */
function historyTimes(now: Date): Date[] {
  const hours = [...Array.from({ length: 24 }, (_, i) => i), ...Array.from({ length: 7 }, (_, d) => 24 * (d + 1))];
  return hours.map((h) => new Date(now.getTime() - h * HOUR_MS - 60_000));
}

/**
 * One SenML pack per sensor with its history and a reading now. Bins report last 50 minutes ago:
 * their tile is meant to show as stale (a collection round's sensors gone quiet).
 */
export async function publishSensorHistory(request: APIRequestContext) {
  const sensors = await trpcGet<SensorRow[]>(request, "sensors.list", {});
  const now = new Date();
  const client = await mqtt.connectAsync(BROKER_URL, { clientId: `e2e-wallboard-${Date.now()}` });
  try {
    for (const sensor of sensors) {
      const quietFor = sensor.kind === "waste_bin_fill" ? 50 * 60_000 : 0;
      const times = [now, ...historyTimes(now)].map((t) => new Date(t.getTime() - quietFor));
      const baseName = `urn:dev:${sensor.agencyId}:${sensor.id}:`;
      const records = times.map((time) => ({ name: `${baseName}v`, value: Math.round(valueOf(sensor, time.getUTCHours()) * 1000) / 1000, time }));
      await client.publishAsync(formatSensorTopic({ agency: sensor.agencyId, sensorId: sensor.id }), encodeSenml(records, { baseName, baseTime: now }), { qos: 1 });
    }
  } finally {
    await client.endAsync();
  }
  return sensors.length;
}

/**
 * A request that an idle keep-alive connection may lose: Node closes idle sockets after five
 * seconds, and a request racing that close fails with ECONNRESET before reaching the server.
 */
async function send(attempt: () => Promise<APIResponse>): Promise<APIResponse> {
  try {
    return await attempt();
  } catch (error) {
    if (!String(error).includes("ECONNRESET")) throw error;
    return attempt();
  }
}

async function resultOf<T>(response: APIResponse): Promise<T> {
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()).result.data.json as T;
}

const trpcPost = async <T>(request: APIRequestContext, path: string, input: unknown) =>
  resultOf<T>(await send(() => request.post(`/api/trpc/${path}`, { data: { json: input } })));

export async function trpcGet<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return resultOf<T>(await send(() => request.get(`/api/trpc/${path}${query}`)));
}

/** A call logged at a dispatcher console, answered `answeredSecondsAgo` ago. */
export function createCall(request: APIRequestContext, call: { type: string; priority: number; lon: number; lat: number; address: string; answeredSecondsAgo: number }) {
  const { answeredSecondsAgo, ...details } = call;
  return trpcPost<{ id: string; title: string }>(request, "incidents.create", { ...details, answeredAt: new Date(Date.now() - answeredSecondsAgo * 1000).toISOString() });
}

/** Sends the first available unit of `type` to the incident: its dispatch time is now. */
export async function dispatchUnit(request: APIRequestContext, incidentId: string, type: string) {
  const units = await trpcGet<{ id: string; type: string; status: string }[]>(request, "units.list", { type: [type], status: ["available"] });
  await trpcPost(request, "incidents.assignUnit", { incidentId, unitId: units[0]!.id, recommendedUnitId: null });
}

export const acknowledgeInterrupt = (request: APIRequestContext, id: string, kind = "incident") => trpcPost(request, "wallboard.acknowledgeInterrupt", { kind, id });

/** Acknowledges what would take over the wall now (other specs' P1 calls), so the wall runs its playlist. */
export async function acknowledgeAllInterrupts(request: APIRequestContext) {
  for (const { kind, id } of await trpcGet<{ kind: string; id: string }[]>(request, "wallboard.interrupts")) await acknowledgeInterrupt(request, id, kind);
}

export const savePlaylist = (request: APIRequestContext, entries: { panel: string; dwellS: number }[]) => trpcPost(request, "wallboard.savePlaylist", { entries });
