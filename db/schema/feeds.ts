import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { FEED_TYPES } from "@/lib/domain/feeds";
import { agencies } from "./agencies";
import { seqColumn } from "./live";
import { sqlList } from "./sql-list";

/** A registered feed and its live health. */
export const feeds = pgTable(
  "feeds",
  {
    id: text("id").primaryKey(),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
    type: text("type", { enum: FEED_TYPES }).notNull(),
    name: text("name").notNull(),
    /** HTTP endpoint polled, or MQTT topic filter subscribed. */
    endpoint: text("endpoint").notNull(),
    intervalS: integer("interval_s").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }),
    lastError: text("last_error"),
    lastErrorAt: timestamp("last_error_at", { withTimezone: true }),
    messagesTotal: bigint("messages_total", { mode: "number" }).notNull().default(0),
    rejectsTotal: bigint("rejects_total", { mode: "number" }).notNull().default(0),
    /** What the feed last delivered, where a feed has versions: for GTFS static the sha-256 of the imported source. */
    version: text("version"),
    seq: seqColumn(),
  },
  (t) => [
    index("feeds_seq_idx").on(t.seq),
    check("feeds_type_check", sql`${t.type} in ${sqlList(FEED_TYPES)}`),
    check("feeds_interval_check", sql`${t.intervalS} between 1 and 86400`),
  ],
);
export type Feed = typeof feeds.$inferSelect;

/** Dead letters: rejected input with its reason and a bounded excerpt. */
export const feedRejects = pgTable(
  "feed_rejects",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    feedId: text("feed_id")
      .notNull()
      .references(() => feeds.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    reason: text("reason").notNull(),
    excerpt: text("excerpt").notNull(),
  },
  (t) => [
    index("feed_rejects_feed_idx").on(t.feedId, t.at),
    check("feed_rejects_excerpt_check", sql`length(${t.excerpt}) <= 2048`),
  ],
);
