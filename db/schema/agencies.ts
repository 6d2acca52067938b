import { sql } from "drizzle-orm";
import { boolean, check, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { AGENCY_KINDS } from "@/lib/domain/agencies";
import { sqlList } from "./sql-list";

export const agencies = pgTable(
  "agencies",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind", { enum: AGENCY_KINDS }).notNull(),
    synthetic: boolean("synthetic").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("agencies_kind_check", sql`${t.kind} in ${sqlList(AGENCY_KINDS)}`),
    check("agencies_id_check", sql`${t.id} ~ '^[a-z0-9-]{2,40}$'`),
  ],
);
export type Agency = typeof agencies.$inferSelect;
