import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { feeds } from "./feeds";

/**
 * Per-feed, per-minute counts kept by the ingest writer: feed health reads rates ("messages per
 * minute over the last five") from a handful of small rows instead of scanning the data.
 */
export const feedMinutes = pgTable(
  "feed_minutes",
  {
    feedId: text("feed_id")
      .notNull()
      .references(() => feeds.id, { onDelete: "cascade" }),
    minute: timestamp("minute", { withTimezone: true }).notNull(),
    messages: integer("messages").notNull().default(0),
    rejects: integer("rejects").notNull().default(0),
  },
  (t) => [
    primaryKey({ name: "feed_minutes_pk", columns: [t.feedId, t.minute] }),
    index("feed_minutes_minute_idx").on(t.minute),
    check("feed_minutes_counts_check", sql`${t.messages} >= 0 and ${t.rejects} >= 0 and ${t.rejects} <= ${t.messages}`),
  ],
);
