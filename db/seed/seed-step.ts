import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import type { CityData } from "./city-data";

/** One step of the seed: runs inside its own transaction, so a failure leaves nothing half-written. */
export interface SeedStep {
  name: string;
  /** Tables the step writes: the report counts their rows before and after. */
  tables: PgTable[];
  run(db: Db, city: CityData, note: (message: string) => void): Promise<void>;
}
