/**
 * Posts sensors' readings to CityDeck's SenML push endpoint the way a cellular data logger does:
 * what it has read goes out as one SenML pack with an integration token (scope ingest:senml),
 * one request at a time; readings taken while a request is out wait for the next one, at most one
 * a sensor (a newer one replaces it), so a slow endpoint makes the packs bigger, never the
 * backlog. While the endpoint is down or refusing, readings are dropped, as over MQTT, and the
 * publisher backs off (up to a minute), saying what went wrong once.
 */
import { describeFailure, postWithToken, PushBackoff } from "../http/push-client";
import { SENML_MEDIA_TYPE, sensorPack } from "./senml-message";
import { everyCadence, type SensorPublisher, type SensorReading, type SensorSource } from "./sensor-schedule";

export interface HttpSensorPublisherOptions extends SensorSource {
  /** The app's POST /api/ingest/senml. */
  url: string;
  /** The `Authorization` header value ("Bearer …"). */
  authorization: string;
}

export function startHttpSensorPublisher(options: HttpSensorPublisherOptions): SensorPublisher {
  const { url, authorization } = options;
  const backoff = new PushBackoff(`SenML push endpoint ${url}`, "readings are dropped until it is back", options.log);
  const counts = { published: 0, dropped: 0 };
  const waiting = new Map<string, SensorReading>();
  let sending: Promise<void> | null = null;

  const post = async (readings: SensorReading[]) => {
    const outcome = await postWithToken(url, authorization, sensorPack(readings), SENML_MEDIA_TYPE);
    if (outcome.reached && outcome.ok) {
      counts.published += readings.length;
      backoff.succeeded();
    } else {
      counts.dropped += readings.length;
      backoff.failed(describeFailure(outcome));
    }
  };
  const drain = async () => {
    while (waiting.size > 0) {
      if (!backoff.ready) {
        counts.dropped += waiting.size;
        waiting.clear();
        return;
      }
      const readings = [...waiting.values()];
      waiting.clear();
      await post(readings);
    }
  };
  const stopSchedule = everyCadence(options, (due) => {
    for (const reading of due) {
      if (waiting.has(reading.sensor.id)) counts.dropped++;
      waiting.set(reading.sensor.id, reading);
    }
    sending ??= drain().finally(() => (sending = null));
  });

  return {
    counts: () => ({ ...counts }),
    async stop() {
      stopSchedule();
      await sending;
    },
  };
}
