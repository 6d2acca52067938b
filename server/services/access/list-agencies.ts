import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies } from "@/db/schema";

/** Every agency's name and kind: needed to pick a grantee or read who owns what. Not city data itself. */
export function listAgencies(db: Db) {
  return db.select({ id: agencies.id, name: agencies.name, kind: agencies.kind }).from(agencies).orderBy(asc(agencies.name));
}
