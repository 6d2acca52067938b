/**
 * Ingestion as one running thing: the writer, the feed registry's pollers and the MQTT
 * subscription, wired together. The ingest duty runs it; tests start and kill it directly.
 */
import type { DutyContext } from "@/server/runtime/duty";
import { startMqttSubscriber, type MqttSubscriber } from "@/server/transports/mqtt-subscriber";
import { startFeedRegistry } from "./feed-registry";
import { IngestWriter, type IngestWriterOptions } from "./ingest-writer";
import { SenmlTopicRouter, senmlEnvelope } from "./mqtt-senml-intake";
import { databaseStore } from "./write-batch";

export type IngestionOptions = {
  /** The MQTT session's id: stable across restarts, so the broker keeps what we have not acknowledged. */
  clientId?: string;
  writer?: Omit<IngestWriterOptions, "log">;
  registryRefreshMs?: number;
};

export interface Ingestion {
  writer: IngestWriter;
  /** Stops polling, commits everything received, acknowledges it, then disconnects. */
  stop(): Promise<void>;
  /** Ends at once without committing or acknowledging what is pending, as a crash would (tests). */
  kill(): void;
}

const DEFAULT_MQTT_CLIENT_ID = "citydeck-ingest";

export async function startIngestion(context: DutyContext, options: IngestionOptions = {}): Promise<Ingestion> {
  const { database, log } = context;
  const writer = new IngestWriter(databaseStore(database.db), { ...options.writer, log });
  const router = new SenmlTopicRouter();
  let subscriber: MqttSubscriber | null = null;
  // Routes first: a resumed MQTT session delivers its backlog the moment it connects.
  const registry = await startFeedRegistry({
    database,
    writer,
    appUrl: context.appUrl,
    onMqttRoutes: (routes) => {
      router.setRoutes(routes);
      subscriber?.setFilters(router.filters);
    },
    log,
    refreshMs: options.registryRefreshMs,
  });
  const mqtt = startMqttSubscriber({
    url: context.mqttUrl,
    clientId: options.clientId ?? process.env.MQTT_CLIENT_ID ?? DEFAULT_MQTT_CLIENT_ID,
    log,
    onMessage(topic, payload) {
      const feed = router.feedFor(topic);
      // No enabled feed subscribes to this topic any more: acknowledge and let it go.
      if (!feed) return { queued: Promise.resolve(), committed: Promise.resolve() };
      const committed = writer.submit(senmlEnvelope(feed, topic, payload, new Date()));
      return { queued: writer.whenRoom(), committed };
    },
  });
  mqtt.setFilters(router.filters);
  subscriber = mqtt;

  return {
    writer,
    async stop() {
      await registry.stop();
      await writer.stop();
      await mqtt.close();
    },
    kill() {
      mqtt.destroy();
      writer.abort();
      // Not awaited: a crash does not wait for the database (which a test may be holding).
      void registry.stop();
    },
  };
}
