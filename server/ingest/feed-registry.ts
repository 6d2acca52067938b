/**
 * Runs the feeds the registry (the feeds table) lists: a poller per enabled HTTP feed, and the
 * MQTT topic routes of the enabled MQTT feeds. Changes apply without a restart: the registry is
 * re-read when the feeds live topic wakes (throttled) and every `refreshMs` anyway.
 */
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { selectRows, type Database, type Db } from "@/db/client";
import { LIVE_CHANNEL } from "@/lib/domain/live";
import type { FeedType } from "@/lib/domain/feeds";
import { feedFilePath } from "@/server/services/feeds/feed-endpoint";
import { startPollLoop, type PollLoop } from "@/server/transports/poll-loop";
import type { FeedRef } from "./ingest-items";
import { deleteExpiredIngestRows } from "./ingest-retention";
import type { IngestWriter } from "./ingest-writer";
import type { TopicRoute } from "./mqtt-senml-intake";
import { capPoll } from "./pollers/cap-poll";
import { pollOnce, type PollStep } from "./pollers/feed-poll";
import { gtfsRtPoll } from "./pollers/gtfs-rt-poll";
import { gtfsStaticPoll } from "./pollers/gtfs-static-poll";
import { open311Poll } from "./pollers/open311-poll";
import { vacuumHotTables } from "./table-upkeep";

type FeedRow = { id: string; agency_id: string; type: FeedType; endpoint: string; interval_s: number; enabled: boolean };

const POLL_STEPS: Partial<Record<FeedType, (feed: FeedRef, url: string, db: Db) => PollStep>> = {
  gtfs_static: gtfsStaticPoll,
  gtfs_rt: gtfsRtPoll,
  cap: capPoll,
  open311: open311Poll,
};

export type FeedRegistryOptions = {
  database: Database;
  writer: IngestWriter;
  /** Relative endpoints ("/api/sim/cap.atom") resolve against it; file: paths against the working directory. */
  appUrl: string;
  onMqttRoutes(routes: TopicRoute[]): void;
  log(message: string): void;
  refreshMs?: number;
};

export type FeedRegistry = { reload(): Promise<void>; stop(): Promise<void> };

const WAKE_THROTTLE_MS = 1_000;

const endpointUrl = (endpoint: string, appUrl: string) =>
  endpoint.startsWith("file:") ? pathToFileURL(feedFilePath(endpoint)).toString() : new URL(endpoint, appUrl).toString();

export async function startFeedRegistry(options: FeedRegistryOptions): Promise<FeedRegistry> {
  const { database, writer, appUrl, log } = options;
  const pollers = new Map<string, { key: string; loop: PollLoop }>();
  let stopped = false;
  let reloading: Promise<void> = Promise.resolve();
  let wakeTimer: NodeJS.Timeout | null = null;

  const startPoller = (row: FeedRow, url: string, step: PollStep) =>
    startPollLoop({
      intervalMs: row.interval_s * 1000,
      poll: () => pollOnce({ id: row.id, agencyId: row.agency_id }, step, writer),
      onError: (error, retryInMs) => log(`feed ${row.id}: ${error instanceof Error ? error.message : String(error)}; retrying in ${Math.round(retryInMs / 1000)} s`),
    });

  const apply = async () => {
    const rows = await selectRows<FeedRow>(database.db, sql`select id, agency_id, type, endpoint, interval_s, enabled from feeds order by id`);
    if (stopped) return;
    const wanted = new Set<string>();
    for (const row of rows.filter((r) => r.enabled)) {
      const makeStep = POLL_STEPS[row.type];
      if (!makeStep) continue;
      const key = JSON.stringify([row.type, row.endpoint, row.interval_s, row.agency_id]);
      wanted.add(row.id);
      if (pollers.get(row.id)?.key === key) continue;
      await pollers.get(row.id)?.loop.stop();
      const url = endpointUrl(row.endpoint, appUrl);
      pollers.set(row.id, { key, loop: startPoller(row, url, makeStep({ id: row.id, agencyId: row.agency_id }, url, database.db)) });
      log(`polling feed ${row.id} (${row.type}) at ${url} every ${row.interval_s} s`);
    }
    for (const [id, poller] of pollers) {
      if (wanted.has(id)) continue;
      pollers.delete(id);
      await poller.loop.stop();
      log(`stopped polling feed ${id}`);
    }
    options.onMqttRoutes(
      rows.filter((r) => r.enabled && r.type === "mqtt_senml").map((r) => ({ filter: r.endpoint, feed: { id: r.id, agencyId: r.agency_id } })),
    );
  };
  const reload = () => (reloading = reloading.then(apply).catch((error: unknown) => log(`reading the feed registry failed: ${String(error)}`)));

  await reload();
  const unlisten = await database.listen(LIVE_CHANNEL, (topic) => {
    if (topic !== "feeds" || wakeTimer || stopped) return;
    wakeTimer = setTimeout(() => {
      wakeTimer = null;
      void reload();
    }, WAKE_THROTTLE_MS);
  });
  const refresh = setInterval(() => {
    void reload();
    void deleteExpiredIngestRows(database.db).catch((error: unknown) => log(`deleting expired ingest rows failed: ${String(error)}`));
    void vacuumHotTables(database.db).catch((error: unknown) => log(`vacuuming hot tables failed: ${String(error)}`));
  }, options.refreshMs ?? 30_000);

  return {
    reload,
    async stop() {
      stopped = true;
      clearInterval(refresh);
      if (wakeTimer) clearTimeout(wakeTimer);
      await unlisten();
      await reloading;
      await Promise.all([...pollers.values()].map((poller) => poller.loop.stop()));
      pollers.clear();
    },
  };
}
