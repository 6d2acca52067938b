import { and, asc, gt, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { alerts, feeds, incidents, sensors, units, vehicles } from "@/db/schema";
import type { DataDomain } from "@/lib/domain/access";
import type { LiveTopic } from "@/lib/domain/live";
import { withinScope, type AgencyScope } from "@/server/auth/agency-scope";

export const liveTables = { incidents, units, vehicles, sensors, alerts, feeds } as const;

/** The data domain whose sharing grants decide who sees a topic's rows. */
export const topicDomains: Record<LiveTopic, DataDomain> = {
  incidents: "incidents",
  units: "units",
  vehicles: "transit",
  sensors: "sensors",
  alerts: "alerts",
  feeds: "feeds",
};

type LiveTables = typeof liveTables;
export type LiveRow<T extends LiveTopic> = LiveTables[T]["$inferSelect"];
export type LiveChange = { [T in LiveTopic]: { topic: T; row: LiveRow<T> } }[LiveTopic];

export interface ChangeBatch {
  changes: LiveChange[];
  /** Highest seq the batch covers; resume from here. */
  seq: number;
}

/**
 * Rows of `topics` with seq > `after`, in seq order. When a topic hits `limitPerTopic`, the
 * batch stops at that topic's last seq so no other topic's rows are skipped past it. Rows of
 * agencies outside a topic's scope are never read.
 */
export async function pullChanges(
  db: Db,
  scopes: Partial<Record<LiveTopic, AgencyScope>>,
  after: number,
  limitPerTopic = 1000,
): Promise<ChangeBatch> {
  const topics = Object.keys(scopes) as LiveTopic[];
  const perTopic = await Promise.all(
    topics.map(async (topic) => {
      const table = liveTables[topic];
      const rows = await db
        .select()
        .from(table)
        .where(and(gt(table.seq, after), withinScope(table.agencyId, scopes[topic]!)))
        .orderBy(asc(table.seq))
        .limit(limitPerTopic);
      return { topic, rows, full: rows.length === limitPerTopic };
    }),
  );
  const cutoff = Math.min(
    ...perTopic.filter((p) => p.full).map((p) => p.rows.at(-1)!.seq),
    Number.MAX_SAFE_INTEGER,
  );
  const changes = perTopic
    .flatMap(({ topic, rows }) => rows.filter((r) => r.seq <= cutoff).map((row) => ({ topic, row }) as LiveChange))
    .sort((a, b) => a.row.seq - b.row.seq);
  return { changes, seq: changes.at(-1)?.row.seq ?? after };
}

/** The newest seq now: where a client that has just loaded its lists starts listening. */
export async function currentSeq(db: Db): Promise<number> {
  const maxima = await Promise.all(
    Object.values(liveTables).map(async (table) => (await db.select({ seq: max(table.seq) }).from(table))[0]?.seq ?? 0),
  );
  return Math.max(0, ...maxima.map(Number));
}
