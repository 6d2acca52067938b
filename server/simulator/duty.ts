/**
 * The simulator as a background duty: it loads the city, then every second advances the world,
 * hands new emergency calls to the call intake, and publishes sensor readings over MQTT; the
 * /api/sim route handlers render the HTTP feeds from the same instance (registry.ts).
 *
 * The intake needs an integration token with the ingest:calls scope. Until the ingest side
 * provides one to duties, `intakeAuthorization` reads SIMULATOR_INTAKE_TOKEN; without one, calls
 * are generated and wait in the intake's queue.
 */
import { randomUUID } from "node:crypto";
import type { Duty, DutyContext } from "@/server/runtime/duty";
import { CallIntake } from "./calls/call-intake";
import { simulatorConfigFromEnv } from "./config";
import { runningSimulator, setRunningSimulator } from "./registry";
import { startSensorPublisher } from "./sensors/sensor-publisher";
import { Simulator } from "./simulator";

const TICK_MS = 1_000;

/** The `Authorization` header for POST /api/ingest/calls, or null when there is no token (yet). */
export type IntakeAuthorization = (context: DutyContext) => Promise<string | null>;

const tokenFromEnv: IntakeAuthorization = async () => {
  const token = process.env.SIMULATOR_INTAKE_TOKEN?.trim();
  return token ? `Bearer ${token}` : null;
};

export function createSimulatorDuty(intakeAuthorization: IntakeAuthorization = tokenFromEnv): Duty {
  return {
    name: "simulator",
    async start(context) {
      const config = simulatorConfigFromEnv();
      if (!config.enabled) {
        context.log("off (SIMULATOR=off)");
        return async () => {};
      }
      const simulator = await Simulator.create(context.database.db, { config });
      const intake = new CallIntake({
        url: new URL("/api/ingest/calls", context.appUrl).toString(),
        authorization: () => intakeAuthorization(context),
        clock: simulator.clock,
        log: context.log,
      });
      const publisher = startSensorPublisher({
        mqttUrl: context.mqttUrl,
        clientId: `citydeck-simulator-${randomUUID().slice(0, 8)}`,
        sensors: simulator.city.sensors,
        speed: config.speed,
        read: (sensor, now) => simulator.sensorReading(sensor, now),
        log: context.log,
      });
      const ticker = setInterval(() => {
        try {
          intake.enqueue(simulator.advanceTo(new Date()));
        } catch (error) {
          context.log(`step failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        }
      }, TICK_MS);
      setRunningSimulator(simulator);
      context.log(
        `running at ${config.speed}x: ${simulator.city.sensors.length} sensors over MQTT, ${simulator.city.transit.trips.length} matatu trips, ` +
          `about ${config.callsPerHour} calls and ${config.open311PerHour} service requests per simulated hour`,
      );
      return async () => {
        clearInterval(ticker);
        if (runningSimulator() === simulator) setRunningSimulator(null);
        await Promise.all([publisher.stop(), intake.stop()]);
      };
    },
  };
}

export const simulatorDuty: Duty = createSimulatorDuty();
