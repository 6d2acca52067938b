import { bigint, pgSequence } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

/**
 * One sequence for every live row. A trigger (migration 0001) sets `seq` on every
 * INSERT and UPDATE, so writers never have to remember it (DESIGN.md: seq + wake + pull).
 */
export const liveSeq = pgSequence("live_seq");

export const seqColumn = () =>
  bigint("seq", { mode: "number" })
    .notNull()
    .default(sql`nextval('live_seq')`);
