/** An agency's own alerts (not the warnings it received) as a CAP 1.2 Atom feed: what is current, and what cleared today. */
import { and, desc, eq, gte, ne, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, alerts, rules } from "@/db/schema";
import { writeCapAtomFeed } from "@/server/feeds/cap/write-cap-atom-feed";
import { alertToCap } from "./alert-to-cap";

/** Resolved alerts stay in the feed this long, as Cancel messages, so readers see them end. */
const CANCELLED_KEPT_MS = 24 * 3_600_000;
const MAX_ENTRIES = 500;

export async function capAtomFeed(db: Db, agencyId: string, options: { feedUrl: string; senderDomain: string; now?: Date }): Promise<string> {
  const now = options.now ?? new Date();
  const [agency] = await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
  const rows = await db
    .select({
      id: alerts.id,
      version: alerts.version,
      status: alerts.status,
      severity: alerts.severity,
      title: alerts.title,
      description: alerts.description,
      area: alerts.area,
      areaDesc: alerts.areaDesc,
      source: alerts.source,
      sensorKind: alerts.sensorKind,
      openedAt: alerts.openedAt,
      updatedAt: alerts.updatedAt,
      resolveReason: alerts.resolveReason,
      ruleName: rules.name,
    })
    .from(alerts)
    .leftJoin(rules, eq(rules.id, alerts.ruleId))
    .where(
      and(
        eq(alerts.agencyId, agencyId),
        ne(alerts.source, "cap"),
        or(ne(alerts.status, "resolved"), gte(alerts.resolvedAt, new Date(now.getTime() - CANCELLED_KEPT_MS))),
      ),
    )
    .orderBy(desc(alerts.updatedAt))
    .limit(MAX_ENTRIES);
  const sender = { sender: `${agencyId}@${options.senderDomain}`, senderName: agency?.name ?? agencyId };
  return writeCapAtomFeed({
    id: options.feedUrl,
    title: `CityDeck alerts: ${sender.senderName}`,
    updated: rows[0]?.updatedAt ?? now,
    alerts: rows.map((row) => alertToCap(row, sender)),
  });
}
