import { sql } from "drizzle-orm";
import { check, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { INTERRUPT_KINDS, type PlaylistEntry } from "@/lib/domain/wallboard";
import { users } from "./access";
import { agencies } from "./agencies";
import { sqlList } from "./sql-list";

/** The panels an agency's walls rotate through, in order, each with its dwell. No row: the default playlist. */
export const wallboardPlaylists = pgTable(
  "wallboard_playlists",
  {
    agencyId: text("agency_id")
      .primaryKey()
      .references(() => agencies.id),
    entries: jsonb("entries").$type<PlaylistEntry[]>().notNull(),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("wallboard_playlists_entries_check", sql`jsonb_typeof(${t.entries}) = 'array' and jsonb_array_length(${t.entries}) > 0`)],
);
export type WallboardPlaylist = typeof wallboardPlaylists.$inferSelect;

/**
 * A priority interrupt someone has seen to: every wall that shows it goes back to its playlist.
 * One row per interrupt; the first acknowledgement wins.
 */
export const wallboardInterruptAcks = pgTable(
  "wallboard_interrupt_acks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subjectKind: text("subject_kind", { enum: INTERRUPT_KINDS }).notNull(),
    /** The incident's or alert's id. */
    subjectId: uuid("subject_id").notNull(),
    acknowledgedBy: uuid("acknowledged_by").references(() => users.id),
    acknowledgedByLabel: text("acknowledged_by_label").notNull(),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("wallboard_interrupt_acks_subject_uniq").on(t.subjectKind, t.subjectId),
    check("wallboard_interrupt_acks_kind_check", sql`${t.subjectKind} in ${sqlList(INTERRUPT_KINDS)}`),
  ],
);
export type WallboardInterruptAck = typeof wallboardInterruptAcks.$inferSelect;
