/**
 * Publishes every sensor's readings over MQTT (QoS 1) at its kind's cadence, shortened by the
 * simulation speed (never below a second). Sensors are phased across their interval so they do
 * not all speak at once. While the broker is unreachable readings are dropped, as a real
 * sensor's would be, rather than queued without bound; the client reconnects by itself.
 */
import mqtt, { type MqttClient } from "mqtt";
import type { SimSensor } from "../city/load-city";
import { sensorMessage } from "./senml-message";

const TICK_MS = 500;
const RECONNECT_MS = 2_000;
const MIN_INTERVAL_S = 1;

export interface SensorPublisherOptions {
  mqttUrl: string;
  clientId: string;
  sensors: readonly SimSensor[];
  /** Simulation speed: a 60 s cadence becomes 60 / speed wall-clock seconds. */
  speed: number;
  /** The sensor's value at a wall-clock instant. */
  read: (sensor: SimSensor, realNow: Date) => number;
  log: (message: string) => void;
}

export interface SensorPublisher {
  /** Messages the broker acknowledged, and readings dropped (broker unreachable or refusing). */
  counts(): { published: number; dropped: number };
  stop(): Promise<void>;
}

export function startSensorPublisher(options: SensorPublisherOptions): SensorPublisher {
  const { sensors, speed, read, log } = options;
  const client: MqttClient = mqtt.connect(options.mqttUrl, { clientId: options.clientId, reconnectPeriod: RECONNECT_MS, clean: true });
  let connectedOnce = false;
  // The client retries every couple of seconds: say what went wrong once per outage, not at every retry.
  let inOutage = false;
  client.on("connect", () => {
    log(`${connectedOnce ? "reconnected" : "connected"} to ${options.mqttUrl}: publishing ${sensors.length} sensors`);
    connectedOnce = true;
    inOutage = false;
  });
  const problem = (message: string) => {
    if (!inOutage) log(`MQTT broker ${options.mqttUrl}: ${message}; readings are dropped until it is back`);
    inOutage = true;
  };
  client.on("error", (error) => problem(error.message));
  client.on("offline", () => problem("connection lost"));

  const counts = { published: 0, dropped: 0 };
  const start = Date.now();
  const schedule = sensors.map((sensor, index) => {
    const intervalMs = Math.max(MIN_INTERVAL_S, sensor.cadenceS / speed) * 1000;
    return { sensor, intervalMs, dueMs: start + ((index * 0.618_034) % 1) * intervalMs };
  });

  const timer = setInterval(() => {
    const now = Date.now();
    for (const entry of schedule) {
      if (now < entry.dueMs) continue;
      // A late tick (a busy event loop) publishes once and re-phases instead of bursting.
      entry.dueMs = Math.max(entry.dueMs + entry.intervalMs, now + entry.intervalMs / 2);
      if (!client.connected) {
        counts.dropped++;
        continue;
      }
      const realNow = new Date(now);
      const message = sensorMessage(entry.sensor, read(entry.sensor, realNow), realNow, (2 * entry.intervalMs) / 1000);
      client.publish(message.topic, message.payload, { qos: 1 }, (error) => {
        if (error) counts.dropped++;
        else counts.published++;
      });
    }
  }, TICK_MS);

  return {
    counts: () => ({ ...counts }),
    async stop() {
      clearInterval(timer);
      await client.endAsync();
    },
  };
}
