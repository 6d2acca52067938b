/** Whether an endpoint fits its feed type: a topic filter for MQTT, an http(s) URL or app path for HTTP, a file for GTFS static. */
import { isAbsolute, relative, resolve } from "node:path";
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
    if (endpoint.startsWith("file:")) return checkFeedFile(feedFilePath(endpoint));
    if (!isHttpUrl(endpoint)) throw new InvalidInputError("A GTFS static feed is a file: path or an http(s) URL.");
    return;
  }
  if (!endpoint.startsWith("/") && !isHttpUrl(endpoint)) throw new InvalidInputError(`"${endpoint}" is neither an http(s) URL nor a path of this app (/api/...).`);
}

/** A file: endpoint's path, relative to the working directory as the seed writes it ("file:db/seed/nairobi/gtfs"). */
export const feedFilePath = (endpoint: string) => resolve(/*turbopackIgnore: true*/ process.cwd(), endpoint.slice("file:".length));

/**
 * A feed file must lie under FEED_FILES_DIR (default db/seed, where the city's own feeds are):
 * whoever manages feeds must not be able to make the server read any file it can reach.
 */
function checkFeedFile(path: string): void {
  const root = resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.FEED_FILES_DIR ?? "db/seed");
  const inside = relative(root, path);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    throw new InvalidInputError(`A GTFS file must lie under ${relative(process.cwd(), root) || root} (FEED_FILES_DIR).`);
  }
}

function isHttpUrl(text: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
