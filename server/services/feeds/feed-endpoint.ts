/** Whether an endpoint fits its feed type: a topic filter for MQTT, an http(s) URL or app path for HTTP, a file for GTFS static. */
import type { FeedType } from "@/lib/domain/feeds";
import { InvalidInputError } from "@/server/services/errors";

/** "+" and "#" only as whole levels, "#" only last (MQTT 3.1.1 §4.7.1). */
const TOPIC_FILTER = /^(?:[^+#/\s]+|\+)?(?:\/(?:[^+#/\s]+|\+)?)*(?:\/#)?$|^#$/;

export function checkFeedEndpoint(type: FeedType, endpoint: string): void {
  if (type === "mqtt_senml") {
    if (!TOPIC_FILTER.test(endpoint)) throw new InvalidInputError(`"${endpoint}" is not an MQTT topic filter (e.g. citydeck/+/+).`);
    return;
  }
  if (type === "gtfs_static") {
    if (!endpoint.startsWith("file:") && !isHttpUrl(endpoint)) throw new InvalidInputError("A GTFS static feed is a file: path or an http(s) URL.");
    return;
  }
  if (!endpoint.startsWith("/") && !isHttpUrl(endpoint)) throw new InvalidInputError(`"${endpoint}" is neither an http(s) URL nor a path of this app (/api/...).`);
}

function isHttpUrl(text: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
