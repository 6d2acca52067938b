/**
 * Publishes sensors' readings over MQTT (QoS 1), one message a reading, on the schedule of
 * sensor-schedule.ts. While the broker is unreachable readings are dropped, as a real sensor's
 * would be, rather than queued without bound; the client reconnects by itself.
 */
import mqtt, { type MqttClient } from "mqtt";
import { sensorMessage } from "./senml-message";
import { everyCadence, type SensorPublisher, type SensorSource } from "./sensor-schedule";

const RECONNECT_MS = 2_000;

export interface SensorPublisherOptions extends SensorSource {
  mqttUrl: string;
  clientId: string;
}

export function startSensorPublisher(options: SensorPublisherOptions): SensorPublisher {
  const { sensors, log } = options;
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
  const stopSchedule = everyCadence(options, (due) => {
    if (!client.connected) {
      counts.dropped += due.length;
      return;
    }
    for (const { sensor, value, at, nextWithinS } of due) {
      const message = sensorMessage(sensor, value, at, nextWithinS);
      client.publish(message.topic, message.payload, { qos: 1 }, (error) => {
        if (error) counts.dropped++;
        else counts.published++;
      });
    }
  });

  return {
    counts: () => ({ ...counts }),
    async stop() {
      stopSchedule();
      await client.endAsync();
    },
  };
}
