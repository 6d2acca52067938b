/**
 * SenML over MQTT: which feed a topic belongs to (the enabled mqtt_senml feeds' topic filters)
 * and the envelope its message becomes.
 */
import { parseSenml } from "@/server/feeds/senml/parse-senml";
import { parseSensorTopic } from "@/server/feeds/senml/sensor-topic";
import { topicMatches } from "@/server/transports/topic-filter";
import { readingsFromTopic } from "./decode/senml-readings";
import type { Envelope, FeedRef } from "./ingest-items";

export type TopicRoute = { filter: string; feed: FeedRef };

export class SenmlTopicRouter {
  private routes: TopicRoute[] = [];

  setRoutes(routes: TopicRoute[]): void {
    this.routes = routes;
  }

  get filters(): string[] {
    return [...new Set(this.routes.map((route) => route.filter))];
  }

  /** The first feed whose filter matches; null once no enabled feed subscribes to the topic. */
  feedFor(topic: string): FeedRef | null {
    return this.routes.find((route) => topicMatches(route.filter, topic))?.feed ?? null;
  }
}

/** A message on citydeck/<agency>/<sensorId>: its readings, or why it was refused. */
export function senmlEnvelope(feed: FeedRef, topic: string, payload: Uint8Array, now: Date): Envelope {
  const sensor = parseSensorTopic(topic);
  if (!sensor.ok) return { feed, items: [], rejections: [sensor.rejection] };
  const pack = parseSenml(payload, { now });
  const readings = readingsFromTopic(pack.records, sensor.value);
  return { feed, items: readings.records, rejections: [...pack.rejections, ...readings.rejections] };
}
