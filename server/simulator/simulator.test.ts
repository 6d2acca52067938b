import { randomBytes } from "node:crypto";
import { isNull } from "drizzle-orm";
import mqtt from "mqtt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as capAtom } from "@/app/api/sim/cap.atom/route";
import { GET as tripUpdatesRoute } from "@/app/api/sim/gtfs-rt/trip-updates/route";
import { GET as vehiclePositionsRoute } from "@/app/api/sim/gtfs-rt/vehicle-positions/route";
import { GET as open311Requests } from "@/app/api/sim/open311/requests.json/route";
import { GET as open311Services } from "@/app/api/sim/open311/services.json/route";
import { apiTokens, readings } from "@/db/schema";
import type { TestDatabase } from "@/db/test-database";
import { parseCap } from "@/server/feeds/cap/parse-cap";
import { parseTripUpdates } from "@/server/feeds/gtfs-rt/parse-trip-updates";
import { parseVehiclePositions } from "@/server/feeds/gtfs-rt/parse-vehicle-positions";
import { parseOpen311Requests } from "@/server/feeds/open311/parse-open311-requests";
import { parseOpen311Services } from "@/server/feeds/open311/parse-open311-services";
import { parseSenml } from "@/server/feeds/senml/parse-senml";
import { parseSensorTopic } from "@/server/feeds/senml/sensor-topic";
import { ConflictError, NotFoundError } from "@/server/services/errors";
import { listFeeds } from "@/server/services/feeds/list-feeds";
import type { SimCall } from "./calls/call-generator";
import { DEFAULT_SIMULATOR_CONFIG } from "./config";
import { simulatorDuty } from "./duty";
import { Polyline } from "./geo/polyline";
import { setRunningSimulator } from "./registry";
import { sensorMessage } from "./sensors/senml-message";
import { Simulator } from "./simulator";
import { seededTestDatabase, servePushEndpoints } from "./testing";

const MQTT_URL = process.env.TEST_MQTT_URL ?? "mqtt://127.0.0.1:1883";
/** Monday 9 March 2026, 07:00 in Nairobi: the morning rush is building. */
const START = new Date("2026-03-09T04:00:00Z");
const hoursAfterStart = (hours: number) => new Date(START.getTime() + hours * 3_600_000);
/** Nairobi and the towns its matatu routes reach (Kikuyu, Ruiru, Kitengela). */
const NAIROBI_BBOX = { west: 36.6, south: -1.5, east: 37.15, north: -0.95 };
const inNairobi = ([lon, lat]: readonly number[]) => lon! >= NAIROBI_BBOX.west && lon! <= NAIROBI_BBOX.east && lat! >= NAIROBI_BBOX.south && lat! <= NAIROBI_BBOX.north;

describe("Simulator on the seeded Nairobi", () => {
  let test: TestDatabase;
  let simulator: Simulator;
  const create = () => Simulator.create(test.database.db, { config: DEFAULT_SIMULATOR_CONFIG, startReal: START });

  beforeAll(async () => {
    test = await seededTestDatabase();
    simulator = await create();
  });
  afterAll(() => test?.cleanup());

  describe("matatus", () => {
    it("run the GTFS trips as GTFS-RT our parser reads without a rejection, fresh, on their shapes, in Nairobi", () => {
      const now = hoursAfterStart(1.25);
      const positions = parseVehiclePositions(simulator.vehiclePositionsFeed(now), { now });
      expect(positions.rejections).toEqual([]);
      expect(positions.header?.timestamp).toEqual(new Date(Math.floor(now.getTime() / 1000) * 1000));
      expect(positions.records.length).toBeGreaterThan(250);
      const shapeOf = new Map(simulator.city.transit.trips.map((trip) => [trip.id, new Polyline(simulator.city.transit.shapes.get(trip.shapeId!)!)]));
      for (const vehicle of positions.records) {
        expect(vehicle.stale).toBe(false);
        expect(inNairobi([vehicle.lon, vehicle.lat])).toBe(true);
        const offsets = shapeOf.get(vehicle.tripId!)!.nearPlaces([vehicle.lon, vehicle.lat], 5).map((place) => place.offsetM);
        expect(Math.min(...offsets)).toBeLessThan(5);
      }
      const updates = parseTripUpdates(simulator.tripUpdatesFeed(now), { now });
      expect(updates.rejections).toEqual([]);
      expect(updates.records.map((update) => update.entityId).sort()).toEqual(positions.records.map((vehicle) => vehicle.entityId).sort());
      for (const update of updates.records) {
        expect(update.trip).toMatchObject({ startDate: "20260309", scheduleRelationship: "SCHEDULED" });
        const arrivals = update.stopTimeUpdates.map((stopTime) => stopTime.arrival!.time!.getTime());
        expect(arrivals).toEqual(arrivals.toSorted((a, b) => a - b));
        expect(update.delay).toBeGreaterThanOrEqual(0);
        expect(update.delay).toBeLessThan(3600);
      }
    });

    it("repeat over the service day: a few hundred at the peaks, fewer at midday, a thin night service at 03:00", () => {
      const count = (localHour: number) => parseVehiclePositions(simulator.vehiclePositionsFeed(hoursAfterStart(localHour - 7)), { now: hoursAfterStart(localHour - 7) }).records.length;
      const [night, morningPeak, midday, eveningPeak] = [count(3), count(8), count(13), count(18)];
      expect(night).toBeGreaterThan(20);
      expect(night).toBeLessThan(midday / 3);
      expect(morningPeak).toBeGreaterThan(300);
      expect(morningPeak).toBeLessThan(700);
      expect(eveningPeak).toBeGreaterThan(midday);
    });
  });

  describe("sensors", () => {
    it("read every kind in a plausible range, as SenML and topics our parsers accept", () => {
      const now = hoursAfterStart(12);
      const ranges = {
        air_quality: [0.5, 1000],
        noise: [35, 95],
        water_level: [0, 6],
        substation_load: [0, 140],
        streetlight_circuit: [0, 1],
        waste_bin_fill: [0, 100],
        traffic_speed: [1, 130],
        traffic_count: [0, 400],
      } as const;
      for (const sensor of simulator.city.sensors) {
        const value = simulator.sensorReading(sensor, now);
        const [low, high] = ranges[sensor.kind];
        expect([sensor.id, value >= low && value <= high]).toEqual([sensor.id, true]);
        const message = sensorMessage(sensor, value, now, 120);
        expect(parseSensorTopic(message.topic)).toEqual({ ok: true, value: { agency: sensor.agencyId, sensorId: sensor.id } });
        expect(parseSenml(message.payload, { now }).rejections).toEqual([]);
      }
    });

    it("follow the rush hours on the corridors", () => {
      const speeds = (localHour: number) => {
        const corridors = simulator.city.sensors.filter((sensor) => sensor.kind === "traffic_speed");
        return corridors.reduce((sum, sensor) => sum + simulator.sensorReading(sensor, hoursAfterStart(localHour - 7)), 0) / corridors.length;
      };
      expect(speeds(8)).toBeLessThan(0.7 * speeds(3));
      expect(speeds(18)).toBeLessThan(0.7 * speeds(11));
    });
  });

  describe("calls, CAP and Open311 over a simulated day", () => {
    let calls: SimCall[];
    const dayEnd = hoursAfterStart(24);

    beforeAll(() => {
      calls = [];
      for (let minute = 1; minute <= 24 * 60; minute++) calls.push(...simulator.advanceTo(new Date(START.getTime() + minute * 60_000)));
    });

    it("makes about a call every two minutes, of every type and priority, inside the county", () => {
      expect(calls.length).toBeGreaterThan(550);
      expect(calls.length).toBeLessThan(900);
      expect(new Set(calls.map((call) => call.callId)).size).toBe(calls.length);
      expect(new Set(calls.map((call) => call.priority))).toEqual(new Set([1, 2, 3, 4]));
      expect(new Set(calls.map((call) => call.type))).toEqual(new Set(["road_collision", "medical", "crime", "fire", "power", "water", "flooding"]));
      for (const call of calls) expect(inNairobi(call.position)).toBe(true);
      const collisions = calls.filter((call) => call.type === "road_collision");
      expect(collisions.length / calls.length).toBeGreaterThan(0.2);
      // Collisions come from the crash history: each lies within ~300 m of a past crash.
      const crashes = simulator.city.crashes.map((crash) => crash.position);
      for (const call of collisions.slice(0, 20)) {
        const nearest = Math.min(...crashes.map(([lon, lat]) => Math.hypot(lon - call.position[0], lat - call.position[1])));
        expect(nearest * 111_320).toBeLessThan(300);
      }
    });

    it("serves CAP and Open311 that our parsers read without a rejection", () => {
      const cap = parseCap(simulator.capAtomFeed(dayEnd), { now: dayEnd });
      expect(cap.rejections).toEqual([]);
      expect(cap.records.every((alert) => alert.sender === "sim.kmd.go.ke")).toBe(true);
      const services = parseOpen311Services(JSON.stringify(simulator.open311Services()));
      expect(services.rejections).toEqual([]);
      expect(services.records.map((service) => service.serviceCode)).toEqual(["pothole", "streetlight-out", "garbage-uncollected", "water-leak"]);
      const listed = simulator.open311Requests(new URLSearchParams(), dayEnd);
      if (!listed.ok) throw new Error(listed.error);
      const requests = parseOpen311Requests(JSON.stringify(listed.requests), { now: dayEnd });
      expect(requests.rejections).toEqual([]);
      expect(requests.records.length).toBeGreaterThan(30);
      expect(new Set(requests.records.map((request) => request.status))).toEqual(new Set(["open", "closed"]));
      const closed = simulator.open311Requests(new URLSearchParams("status=closed"), dayEnd);
      expect(closed.ok && closed.requests.every((request) => request.status === "closed" && request.updated_datetime)).toBe(true);
    });
  });

  it("is deterministic: the same seed and clock give the same calls and feeds", async () => {
    const [first, second] = [await create(), await create()];
    const run = (sim: Simulator) => Array.from({ length: 6 * 60 }, (_, minute) => sim.advanceTo(new Date(START.getTime() + (minute + 1) * 60_000))).flat();
    expect(run(first)).toEqual(run(second));
    const at = hoursAfterStart(6);
    expect(first.vehiclePositionsFeed(at)).toEqual(second.vehiclePositionsFeed(at));
    expect(first.capAtomFeed(at)).toEqual(second.capAtomFeed(at));
    expect(first.open311Requests(new URLSearchParams(), at)).toEqual(second.open311Requests(new URLSearchParams(), at));
  });

  describe("drills", () => {
    let drilled: Simulator;
    let madeCalls: SimCall[] = [];
    /** Where the drilled simulator's clock stands: each test goes on from where the last left it. */
    let at = START;
    const advance = (minutes: number) => {
      const from = at.getTime();
      for (let minute = 1; minute <= minutes; minute++) madeCalls.push(...drilled.advanceTo(new Date(from + minute * 60_000)));
      at = new Date(from + minutes * 60_000);
      return at;
    };
    const sensorsOf = (kind: string, where: (sensor: Simulator["city"]["sensors"][number]) => boolean = () => true) =>
      drilled.city.sensors.filter((sensor) => sensor.kind === kind && where(sensor));

    beforeAll(async () => {
      drilled = await create();
    });

    it("are listed, start once at a time, and refuse unknown names", () => {
      expect(drilled.listDrills(START).map(({ name, running }) => [name, running])).toEqual([
        ["flash-flood-mathare", false],
        ["mombasa-road-pileup", false],
        ["embakasi-outage", false],
      ]);
      expect(() => drilled.startDrill("volcano", START)).toThrow(NotFoundError);
    });

    it("flash-flood-mathare: the gauges nearest Mathare pass major stage, flooding calls come from Mathare, a CAP flood warning is issued and later cancelled", () => {
      const start = at;
      const run = drilled.startDrill("flash-flood-mathare", start);
      expect(() => drilled.startDrill("flash-flood-mathare", start)).toThrow(ConflictError);
      expect(run.endsAt).toEqual(new Date(start.getTime() + 210 * 60_000));
      const mathare = new Set([...drilled.city.wards.inConstituencies("MATHARE"), ...drilled.city.wards.named(["MATHARE NORTH"])].map((ward) => ward.code));
      const before = new Map(sensorsOf("water_level").map((gauge) => [gauge.id, drilled.sensorReading(gauge, start)]));
      const now = advance(45);
      const gauges = sensorsOf("water_level").filter((gauge) => drilled.sensorReading(gauge, now) > gauge.config.floodStagesM!.major);
      expect(gauges).toHaveLength(3);
      for (const gauge of gauges) expect(drilled.sensorReading(gauge, now)).toBeGreaterThan(before.get(gauge.id)! + 1);
      const flooding = madeCalls.filter((call) => call.type === "flooding" && mathare.has(drilled.city.wards.codeAt(call.position) ?? ""));
      expect(flooding.length).toBeGreaterThanOrEqual(6);
      expect(flooding.some((call) => call.priority === 1)).toBe(true);
      const warning = parseCap(drilled.capAtomFeed(now), { now }).records.find((alert) => alert.info[0]?.areas[0]?.areaDesc.startsWith("Mathare"));
      expect(warning).toMatchObject({ msgType: "Alert", info: [{ event: "Flood warning", severity: "Extreme", urgency: "Immediate" }] });

      const later = advance(4 * 60);
      const feed = parseCap(drilled.capAtomFeed(later), { now: later });
      expect(feed.rejections).toEqual([]);
      const chain = feed.records.filter((alert) => alert.info[0]?.areas[0]?.areaDesc.startsWith("Mathare"));
      expect(chain[0]).toMatchObject({ msgType: "Cancel", references: [{ identifier: chain[1]!.identifier }] });
      for (const gauge of gauges) expect(drilled.sensorReading(gauge, later)).toBeLessThan(gauge.config.floodStagesM!.major);
      expect(drilled.listDrills(later).find((drill) => drill.name === "flash-flood-mathare")?.running).toBe(false);
    });

    it("mombasa-road-pileup: a burst of P1 collision calls from one spot, and Mombasa Road's traffic crawls while other corridors flow", () => {
      const start = at;
      madeCalls = [];
      drilled.startDrill("mombasa-road-pileup", start);
      const now = advance(10);
      const station = sensorsOf("traffic_speed", (sensor) => sensor.road?.name === "Mombasa Road")[0]!;
      const pileup = madeCalls.filter((call) => call.type === "road_collision" && call.priority === 1 && Math.hypot(call.position[0] - station.position[0], call.position[1] - station.position[1]) * 111_320 < 500);
      expect(pileup.length).toBeGreaterThanOrEqual(6);
      expect(drilled.sensorReading(station, now)).toBeLessThan(10);
      const count = sensorsOf("traffic_count", (sensor) => sensor.road?.name === "Mombasa Road")[0]!;
      expect(drilled.sensorReading(count, now)).toBeLessThan(0.3 * drilled.sensorReading(count, start));
      for (const other of sensorsOf("traffic_speed", (sensor) => sensor.road?.name !== "Mombasa Road")) expect(drilled.sensorReading(other, now)).toBeGreaterThan(15);
      expect(drilled.sensorReading(station, advance(2 * 60))).toBeGreaterThan(15);
    });

    it("embakasi-outage: Embakasi's substations read 0 % and its street lights go dark, power calls come in, the rest of the city is unaffected", () => {
      madeCalls = [];
      drilled.startDrill("embakasi-outage", at);
      const now = advance(20);
      const embakasi = new Set(drilled.city.wards.inConstituencies("EMBAKASI").map((ward) => ward.code));
      const inEmbakasi = (sensor: { wardCode: string | null }) => embakasi.has(sensor.wardCode ?? "");
      const substations = sensorsOf("substation_load", inEmbakasi);
      expect(substations.length).toBeGreaterThan(0);
      for (const sensor of [...substations, ...sensorsOf("streetlight_circuit", inEmbakasi)]) expect(drilled.sensorReading(sensor, now)).toBe(0);
      for (const sensor of sensorsOf("substation_load", (sensor) => !inEmbakasi(sensor))) expect(drilled.sensorReading(sensor, now)).toBeGreaterThan(10);
      const powerCalls = madeCalls.filter((call) => call.type === "power" && embakasi.has(drilled.city.wards.codeAt(call.position) ?? ""));
      expect(powerCalls.length).toBeGreaterThanOrEqual(3);
      const after = advance(90);
      for (const sensor of substations) expect(drilled.sensorReading(sensor, after)).toBeGreaterThan(10);
    });
  });

  describe("HTTP feeds", () => {
    afterAll(() => setRunningSimulator(null));

    it("answer 503 with a reason while no simulator runs", async () => {
      setRunningSimulator(null);
      const response = vehiclePositionsRoute();
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/simulator is not running/);
    });

    it("serve the running simulator's feeds with their media types, uncached", async () => {
      setRunningSimulator(simulator);
      const now = new Date();
      const responses = {
        positions: vehiclePositionsRoute(),
        updates: tripUpdatesRoute(),
        cap: capAtom(),
        services: open311Services(),
        requests: open311Requests(new Request("http://127.0.0.1/api/sim/open311/requests.json?status=open")),
      };
      for (const response of Object.values(responses)) {
        expect(response.status).toBe(200);
        expect(response.headers.get("cache-control")).toBe("no-store");
      }
      expect(responses.positions.headers.get("content-type")).toBe("application/x-protobuf");
      expect(responses.cap.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
      expect(parseVehiclePositions(new Uint8Array(await responses.positions.arrayBuffer()), { now }).rejections).toEqual([]);
      expect(parseTripUpdates(new Uint8Array(await responses.updates.arrayBuffer()), { now }).rejections).toEqual([]);
      expect(parseCap(await responses.cap.text(), { now }).rejections).toEqual([]);
      expect(parseOpen311Services(await responses.services.text()).rejections).toEqual([]);
      expect(parseOpen311Requests(await responses.requests.text(), { now }).rejections).toEqual([]);
    });

    it("answer a bad Open311 filter with GeoReport's error list", async () => {
      setRunningSimulator(simulator);
      const response = open311Requests(new Request("http://127.0.0.1/api/sim/open311/requests.json?start_date=soon"));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual([{ code: 400, description: 'start_date "soon" is not a W3C date-time' }]);
    });
  });

  describe("as the background duty", () => {
    it("posts the river gauges' readings over HTTP with the water utility's token, counted on sensors-http, and every other sensor over MQTT", async () => {
      const app = await servePushEndpoints(test.database);
      const subscriber = await mqtt.connectAsync(MQTT_URL, { clientId: `simulator-duty-test-${randomBytes(4).toString("hex")}` });
      const topics = new Set<string>();
      subscriber.on("message", (topic) => topics.add(topic));
      await subscriber.subscribeAsync("citydeck/+/+");
      const logs: string[] = [];
      vi.stubEnv("SIMULATOR", "on");
      // Every 60 s sensor speaks each second.
      vi.stubEnv("SIMULATOR_SPEED", "60");
      const stop = await simulatorDuty.start({ database: test.database, mqttUrl: MQTT_URL, appUrl: app.appUrl, log: (message) => logs.push(message) });
      const topicOf = (sensor: { agencyId: string; id: string }) => `citydeck/${sensor.agencyId}/${sensor.id}`;
      const gauges = simulator.city.sensors.filter((sensor) => sensor.kind === "water_level");
      const everyMinute = simulator.city.sensors.filter((sensor) => sensor.kind !== "water_level" && sensor.cadenceS === 60);
      const reported = async () => new Set((await test.database.db.selectDistinct({ sensorId: readings.sensorId }).from(readings)).map((row) => row.sensorId));
      try {
        await expect.poll(reported, { timeout: 10_000 }).toEqual(new Set(gauges.map((gauge) => gauge.id)));
        await expect.poll(() => everyMinute.filter((sensor) => !topics.has(topicOf(sensor))), { timeout: 5_000 }).toEqual([]);
      } finally {
        await stop();
        vi.unstubAllEnvs();
        await subscriber.endAsync();
        await app.close();
      }
      expect(gauges.filter((gauge) => topics.has(topicOf(gauge)))).toEqual([]);
      const total = simulator.city.sensors.length;
      expect(logs).toContainEqual(expect.stringMatching(new RegExp(`^running at 60x: ${total - gauges.length} sensors over MQTT, ${gauges.length} over HTTP SenML \\(water_level\\), `)));
      const tokens = await test.database.db.select({ agencyId: apiTokens.agencyId, name: apiTokens.name, scopes: apiTokens.scopes }).from(apiTokens).where(isNull(apiTokens.revokedAt));
      expect(tokens).toEqual(
        expect.arrayContaining([
          { agencyId: "city", name: "Simulator call intake", scopes: ["ingest:calls"] },
          { agencyId: "water", name: "Simulator data loggers", scopes: ["ingest:senml"] },
        ]),
      );
      const feed = (await listFeeds(test.database.db, "all")).find((candidate) => candidate.id === "sensors-http");
      expect(feed).toMatchObject({ rejectsTotal: 0, health: { state: "healthy" } });
      expect(feed!.messagesTotal).toBeGreaterThanOrEqual(gauges.length);
    });
  });
});
