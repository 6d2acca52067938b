import { randomBytes } from "node:crypto";
import mqtt from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSenml } from "@/server/feeds/senml/parse-senml";
import { parseSensorTopic } from "@/server/feeds/senml/sensor-topic";
import { fakeSensor } from "../testing";
import { sensorMessage } from "./senml-message";
import { startSensorPublisher } from "./sensor-publisher";

const MQTT_URL = process.env.TEST_MQTT_URL ?? "mqtt://127.0.0.1:1883";
const NOW = new Date("2026-03-10T09:00:00.250Z");

describe("sensorMessage", () => {
  it("names the sensor by topic and by device URN, as ingest matches them", () => {
    const sensor = fakeSensor("air_quality", { id: "air-quality-1437", agencyId: "environment" });
    const message = sensorMessage(sensor, 38.44, NOW, 120);
    expect(message.topic).toBe("citydeck/environment/air-quality-1437");
    const parsed = parseSenml(message.payload, { now: NOW });
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records).toEqual([
      { name: "urn:dev:environment:air-quality-1437:pm25", unit: "ug/m3", value: 38.4, valueField: "v", sum: null, time: NOW, updateTime: 120 },
    ]);
  });
});

describe("startSensorPublisher against a real MQTT broker", () => {
  const agency = `sim-test-${randomBytes(4).toString("hex")}`;
  const sensors = [
    fakeSensor("noise", { id: "noise-01", agencyId: agency }),
    fakeSensor("water_level", { id: "water-level-01", agencyId: agency }),
    fakeSensor("streetlight_circuit", { id: "streetlight-circuit-01", agencyId: agency }),
  ];
  const received: { topic: string; payload: Buffer; qos: number }[] = [];
  let subscriber: mqtt.MqttClient;

  beforeAll(async () => {
    subscriber = await mqtt.connectAsync(MQTT_URL, { clientId: `${agency}-subscriber` });
    await subscriber.subscribeAsync(`citydeck/${agency}/+`, { qos: 1 });
    subscriber.on("message", (topic, payload, packet) => received.push({ topic, payload, qos: packet.qos }));
  });
  afterAll(async () => {
    await subscriber?.endAsync();
  });

  it("publishes SenML with QoS 1 that parses, on topics that parse, at the cadence shortened by the speed", async () => {
    const values = { noise: 61.27, water_level: 1.234, streetlight_circuit: 0.9512 };
    const published = { noise: 61.3, water_level: 1.23, streetlight_circuit: 0.951 };
    const messagesOn = (topic: string) => received.filter((message) => message.topic === topic).length;
    const publisher = startSensorPublisher({
      mqttUrl: MQTT_URL,
      clientId: `${agency}-publisher`,
      sensors,
      // 300 s cadence at 300x: every sensor speaks every second.
      speed: 300,
      read: (sensor) => values[sensor.kind as keyof typeof values],
      log: () => {},
    });
    try {
      // Two messages a topic within a few seconds: the 300 s cadence really is one second now.
      await expect.poll(() => Math.min(...sensors.map((sensor) => messagesOn(`citydeck/${agency}/${sensor.id}`))), { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    } finally {
      await publisher.stop();
    }
    expect(publisher.counts()).toMatchObject({ published: expect.any(Number), dropped: 0 });
    expect(publisher.counts().published).toBeGreaterThanOrEqual(6);
    for (const message of received) {
      expect(message.qos).toBe(1);
      const topic = parseSensorTopic(message.topic);
      if (!topic.ok) throw new Error(topic.rejection.reason);
      const sensor = sensors.find((candidate) => candidate.id === topic.value.sensorId)!;
      const pack = parseSenml(message.payload, { now: new Date() });
      expect(pack.rejections).toEqual([]);
      expect(pack.records).toHaveLength(1);
      expect(pack.records[0]).toMatchObject({ unit: sensor.unit, value: published[sensor.kind as keyof typeof published] });
      expect(pack.records[0]!.name.startsWith(`urn:dev:${agency}:${sensor.id}:`)).toBe(true);
      expect(Math.abs(pack.records[0]!.time.getTime() - Date.now())).toBeLessThan(15_000);
    }
  });
});
