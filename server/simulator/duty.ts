/**
 * The simulator as a background duty: it loads the city, then every second advances the world
 * and hands new emergency calls to the call intake, while the sensors publish on their cadence,
 * over MQTT or, for the kinds sensors/sensor-protocols.ts names, over HTTP; the /api/sim route
 * handlers render the HTTP feeds from the same instance (registry.ts).
 *
 * Its pushes carry integration tokens issued as it starts, by the worker that runs it: issued at
 * boot, every worker would revoke the tokens of the one already running the simulator. Each
 * token holds the least it needs: the call intake's is the command center's with ingest:calls;
 * each agency whose sensors post over HTTP gets its own with ingest:senml, which pushes readings
 * of that agency's sensors only and counts them on the command center's shared feed
 * (sensors-http; server/ingest/push/push-feed.ts).
 */
import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import type { ApiTokenScope } from "@/lib/domain/access";
import type { Duty } from "@/server/runtime/duty";
import { issueDutyToken } from "@/server/runtime/duty-token";
import { CallIntake } from "./calls/call-intake";
import type { SimSensor } from "./city/load-city";
import { simulatorConfigFromEnv } from "./config";
import { runningSimulator, setRunningSimulator } from "./registry";
import { startHttpSensorPublisher } from "./sensors/http-sensor-publisher";
import { HTTP_SENSOR_KINDS, sensorsByProtocol } from "./sensors/sensor-protocols";
import { startSensorPublisher } from "./sensors/sensor-publisher";
import { Simulator } from "./simulator";

const TICK_MS = 1_000;

const bearer = async (db: Db, agencyId: string, name: string, scopes: ApiTokenScope[]) => `Bearer ${await issueDutyToken(db, agencyId, name, scopes)}`;

export const simulatorDuty: Duty = {
  name: "simulator",
  async start(context) {
    const config = simulatorConfigFromEnv();
    if (!config.enabled) {
      context.log("off (SIMULATOR=off)");
      return async () => {};
    }
    const { db } = context.database;
    const simulator = await Simulator.create(db, { config });
    const sensors = sensorsByProtocol(simulator.city.sensors);
    // Every token before anything starts: when one cannot be issued the start fails (and is retried) with nothing left running.
    const intakeAuthorization = await bearer(db, "city", "Simulator call intake", ["ingest:calls"]);
    const loggers: { authorization: string; sensors: SimSensor[] }[] = [];
    for (const agencyId of new Set(sensors.http.map((sensor) => sensor.agencyId))) {
      const authorization = await bearer(db, agencyId, "Simulator data loggers", ["ingest:senml"]);
      loggers.push({ authorization, sensors: sensors.http.filter((sensor) => sensor.agencyId === agencyId) });
    }

    const read = (sensor: SimSensor, now: Date) => simulator.sensorReading(sensor, now);
    const intake = new CallIntake({
      url: new URL("/api/ingest/calls", context.appUrl).toString(),
      authorization: intakeAuthorization,
      clock: simulator.clock,
      log: context.log,
    });
    const publishers = [
      startSensorPublisher({
        mqttUrl: context.mqttUrl,
        clientId: `citydeck-simulator-${randomUUID().slice(0, 8)}`,
        sensors: sensors.mqtt,
        speed: config.speed,
        read,
        log: context.log,
      }),
      ...loggers.map((logger) =>
        startHttpSensorPublisher({ url: new URL("/api/ingest/senml", context.appUrl).toString(), ...logger, speed: config.speed, read, log: context.log }),
      ),
    ];
    const ticker = setInterval(() => {
      try {
        intake.enqueue(simulator.advanceTo(new Date()));
      } catch (error) {
        context.log(`step failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }, TICK_MS);
    setRunningSimulator(simulator);
    context.log(
      `running at ${config.speed}x: ${sensors.mqtt.length} sensors over MQTT, ${sensors.http.length} over HTTP SenML (${[...HTTP_SENSOR_KINDS].join(", ")}), ` +
        `${simulator.city.transit.trips.length} matatu trips, about ${config.callsPerHour} calls and ${config.open311PerHour} service requests per simulated hour`,
    );
    return async () => {
      clearInterval(ticker);
      if (runningSimulator() === simulator) setRunningSimulator(null);
      await Promise.all([...publishers.map((publisher) => publisher.stop()), intake.stop()]);
    };
  },
};
