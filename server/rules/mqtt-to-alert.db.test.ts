/**
 * The whole path over a real broker (Mosquitto at TEST_MQTT_URL): SenML readings published over
 * MQTT, stored by the ingest duty's writer, judged by the rules duty woken by the live NOTIFY,
 * and the alert opened, re-triggered and resolved. Topics are unique per run.
 */
import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import mqtt, { type MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alerts, type Alert } from "@/db/schema";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "@/db/test-database";
import { encodeSenml } from "@/server/feeds/senml/encode-senml";
import { startIngestion, type Ingestion } from "@/server/ingest/ingestion";
import { insertFeed, insertSensors } from "@/server/ingest/testing/ingest-fixtures";
import { waitUntil } from "@/server/ingest/testing/wait-until";
import { insertAgency } from "@/server/test/fixtures";
import { createRulesDuty } from "./duty";
import { insertRule } from "./testing/rule-fixtures";

const mqttUrl = process.env.TEST_MQTT_URL;
const MINUTE = 60_000;

describe.runIf(mqttUrl).each(testDatabaseKinds)("MQTT reading to alert on %s", (kind) => {
  const run = randomBytes(4).toString("hex");
  const agency = `air-${run}`;
  const sensorId = `pm-${run}`;
  let test: TestDatabase;
  let publisher: MqttClient;
  let ingestion: Ingestion;
  let stopRules: () => Promise<void>;

  const publish = (value: number, at: number) =>
    publisher.publishAsync(`citydeck/${agency}/${sensorId}`, encodeSenml([{ name: `urn:dev:${agency}:${sensorId}:pm25`, value, time: new Date(at) }]), { qos: 1 });
  const alertsOfRule = () => test.database.db.select().from(alerts).where(eq(alerts.ruleId, `rule-${run}`)).orderBy(asc(alerts.openedAt));
  const waitForAlerts = async (what: string, check: (rows: Alert[]) => boolean) => {
    let rows: Alert[] = [];
    await waitUntil(what, async () => check((rows = await alertsOfRule())));
    return rows;
  };

  beforeAll(async () => {
    test = await openTestDatabase(kind);
    await insertAgency(test.database, agency, "environment");
    await insertFeed(test.database, `mqtt-${run}`, agency, "mqtt_senml", `citydeck/${agency}/+`);
    await insertSensors(test.database, agency, [sensorId]);
    await insertRule(
      test.database,
      `rule-${run}`,
      { kind: "threshold", params: { sensorKind: "air_quality", sensorIds: [sensorId], direction: "above", limit: { value: 55.4 }, forMinutes: 0, clearMargin: 5, clearForMinutes: 0, escalations: [] } },
      { agencyId: agency, severity: "severe" },
    );
    const context = { database: test.database, mqttUrl: mqttUrl!, appUrl: "http://127.0.0.1:9", log: () => {} };
    publisher = await mqtt.connectAsync(mqttUrl!, { clientId: `citydeck-rules-test-${run}-${kind}-publisher` });
    ingestion = await startIngestion(context, { clientId: `citydeck-rules-test-${run}-${kind}`, registryRefreshMs: 60_000 });
    stopRules = await createRulesDuty({ clockMs: 3_600_000 }).start(context);
  });
  afterAll(async () => {
    await stopRules?.();
    await ingestion?.stop();
    await publisher?.endAsync();
    await test?.cleanup();
  });

  it("opens one alert, counts a re-crossing as a re-trigger, and resolves when the readings clear", async () => {
    // Readings in the last few minutes: the engine judges nothing older than two missed reports.
    const thisMinute = Math.floor(Date.now() / MINUTE) * MINUTE;
    const at = (minutesAgo: number, second = 5) => thisMinute - minutesAgo * MINUTE + second * 1000;
    // The subscription is in place once a reading lands (a new session only gets what follows it).
    await waitUntil("the first reading is stored", async () => {
      await publish(40, at(3));
      return (await test.database.db.query.sensors.findFirst({ where: (s, { eq: is }) => is(s.id, sensorId) }))?.latestValue === 40;
    });

    await publish(60, at(2));
    const [opened] = await waitForAlerts("the alert opens", (rows) => rows.length > 0);
    expect(opened).toMatchObject({ status: "open", severity: "severe", retriggerCount: 0, subjectId: sensorId, agencyId: agency });

    await publish(53, at(1)); // inside the hysteresis band: neither a new crossing nor clear
    await publish(61, at(0));
    const [retriggered, ...none] = await waitForAlerts("the re-crossing counts", (rows) => rows[0]?.retriggerCount === 1);
    expect(none).toEqual([]);
    expect(retriggered).toMatchObject({ id: opened!.id, status: "open", triggeredAt: new Date(thisMinute) });

    await publish(45, at(0, 10));
    const [resolved, ...still] = await waitForAlerts("the alert resolves", (rows) => rows[0]?.status === "resolved");
    expect(still).toEqual([]);
    expect(resolved).toMatchObject({ id: opened!.id, retriggerCount: 1, resolvedBy: "rules" });
  });
});
